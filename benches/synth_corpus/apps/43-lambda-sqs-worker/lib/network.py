"""Looks up the application VPC used by the worker."""
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_subnets import DataAwsSubnets, DataAwsSubnetsFilter
from cdktf_cdktf_provider_aws.data_aws_vpc import DataAwsVpc
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupEgress


class WorkerNetwork(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, suffix: str):
        super().__init__(scope, construct_id)
        self.vpc = DataAwsVpc(self, "vpc", tags={"Name": f"apps-{suffix}"})
        self.subnets = DataAwsSubnets(self, "private", filter=[
            DataAwsSubnetsFilter(name="vpc-id", values=[self.vpc.id]),
            DataAwsSubnetsFilter(name="tag:Tier", values=["private"]),
        ])
        self.security_group = SecurityGroup(
            self,
            "worker-sg",
            name=f"thumbnail-worker-{suffix}",
            vpc_id=self.vpc.id,
            egress=[SecurityGroupEgress(from_port=443, to_port=443, protocol="tcp", cidr_blocks=["0.0.0.0/0"])],
        )
