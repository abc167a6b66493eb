from cdktf_cdktf_provider_aws.iam_policy import IamPolicy
from cdktf_cdktf_provider_aws.iam_role import IamRole


def build(scope, partition):
    custom = IamPolicy(scope, "custom", policy="{}")
    role = IamRole(scope, "r", assume_role_policy="{}", managed_policy_arns=["arn:aws:iam::aws:policy/ReadOnlyAccess", custom.arn, f"arn:{partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"])  # lambda role
    return role
