from cdktf_cdktf_provider_aws.iam_role import IamRole

ARNS = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]


def build(scope):
    IamRole(scope, "unnamed", assume_role_policy="{}", managed_policy_arns=["arn:aws:iam::aws:policy/ReadOnlyAccess"])
    named = IamRole(scope, "named", assume_role_policy="{}", managed_policy_arns=ARNS)
    empty = IamRole(scope, "empty", assume_role_policy="{}", managed_policy_arns=[])
    return named, empty
