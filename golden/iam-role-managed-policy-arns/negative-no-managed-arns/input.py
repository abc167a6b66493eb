from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment


def build(scope):
    role = IamRole(scope, "r", assume_role_policy="{}")
    IamRolePolicyAttachment(scope, "r-ro", role=role.name, policy_arn="arn:aws:iam::aws:policy/ReadOnlyAccess")
    other = SomethingElse(scope, "x", managed_policy_arns=["a"])
    return role, other
