from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.data_aws_partition import DataAwsPartition
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        partition = DataAwsPartition(self, "partition")
        IamRolePolicyAttachment(
            self,
            "readonly",
            role="app",
            policy_arn=f"arn:{partition.partition}:iam::aws:policy/ReadOnlyAccess",
        )
