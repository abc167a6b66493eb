"""Looks up the shared VPC and its private subnets."""
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_subnets import DataAwsSubnets, DataAwsSubnetsFilter
from cdktf_cdktf_provider_aws.data_aws_vpc import DataAwsVpc


class SharedVpc(Construct):
    def __init__(self, scope: Construct, id: str, vpc_name: str):
        super().__init__(scope, id)
        self.vpc = DataAwsVpc(self, "vpc", tags={"Name": vpc_name})
        self.private_subnets = DataAwsSubnets(
            self,
            "private",
            filter=[DataAwsSubnetsFilter(name="vpc-id", values=[self.vpc.id])],
            tags={"Tier": "private"},
        )
