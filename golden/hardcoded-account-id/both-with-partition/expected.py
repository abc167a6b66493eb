from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.data_aws_partition import DataAwsPartition


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        current = DataAwsCallerIdentity(self, "current")
        partition = DataAwsPartition(self, "partition")
        IamRole(
            self,
            "role",
            assume_role_policy=f"arn:{partition.partition}:iam::{current.account_id}:root",
            permissions_boundary=f"arn:{partition.partition}:iam::aws:policy/PowerUserAccess",
        )
