from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.data_aws_partition import DataAwsPartition


class Stack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        self.part = DataAwsPartition(self, "part")
        self.policies = [
            "arn:aws:iam::aws:policy/ReadOnlyAccess",
            r'arn:aws:s3:::logs/{prefix}/*,arn:aws:s3:::logs',
        ]
