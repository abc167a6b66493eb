from cdktf_cdktf_provider_aws.iam_instance_profile import IamInstanceProfile
from cdktf_cdktf_provider_aws.iam_role import IamRole

ARNS = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]


def build(scope):
    # A role that is its own statement is bound to a name from its construct id.
    IamRole(scope, "unnamed", assume_role_policy="{}", managed_policy_arns=["arn:aws:iam::aws:policy/ReadOnlyAccess"])
    # `ops_role` is taken, so the new name gets a number.
    ops_role = "ops"
    IamRole(
        scope,
        "ops",
        assume_role_policy="{}",
        managed_policy_arns=["arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"],
    )
    # A role inside another call has no statement to bind: reported only.
    IamInstanceProfile(
        scope,
        "profile",
        role=IamRole(scope, "inner", assume_role_policy="{}", managed_policy_arns=["arn:aws:iam::aws:policy/ReadOnlyAccess"]).name,
    )
    named = IamRole(scope, "named", assume_role_policy="{}", managed_policy_arns=ARNS)
    empty = IamRole(scope, "empty", assume_role_policy="{}", managed_policy_arns=[])
    return named, empty, ops_role
