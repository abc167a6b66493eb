"""Policies live at arn:aws:iam::aws:policy/..."""
from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.data_aws_partition import DataAwsPartition


class Stack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        partition = DataAwsPartition(self, "partition")
        self.admin = f"arn:{partition.partition}:iam::aws:policy/AdministratorAccess"
        self.gov = "arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess"
        self.condition = {"aws:SourceArn": "*"}
        self.url = "https://example.com/yarn:aws:thing"
