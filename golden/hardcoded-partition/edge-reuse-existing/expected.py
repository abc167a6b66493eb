from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.data_aws_partition import DataAwsPartition


class Stack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        self.part = DataAwsPartition(self, "part")
        self.policies = [
            f"arn:{self.part.partition}:iam::aws:policy/ReadOnlyAccess",
            fr'arn:{self.part.partition}:s3:::logs/{{prefix}}/*,arn:{self.part.partition}:s3:::logs',
        ]
