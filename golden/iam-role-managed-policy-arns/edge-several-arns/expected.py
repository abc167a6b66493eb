from cdktf_cdktf_provider_aws.iam_policy import IamPolicy
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment


def build(scope, partition):
    custom = IamPolicy(scope, "custom", policy="{}")
    role = IamRole(scope, "r", assume_role_policy="{}")  # lambda role
    IamRolePolicyAttachment(
        scope,
        "role-ReadOnlyAccess",
        role=role.name,
        policy_arn="arn:aws:iam::aws:policy/ReadOnlyAccess",
    )
    IamRolePolicyAttachment(scope, "role-custom", role=role.name, policy_arn=custom.arn)
    IamRolePolicyAttachment(
        scope,
        "role-AWSLambdaBasicExecutionRole",
        role=role.name,
        policy_arn=f"arn:{partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
    )
    return role
