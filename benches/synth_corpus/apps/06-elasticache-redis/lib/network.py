"""Dedicated cache VPC with private subnets in two AZs."""
from typing import List

from cdktf import Fn
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_availability_zones import DataAwsAvailabilityZones
from cdktf_cdktf_provider_aws.subnet import Subnet
from cdktf_cdktf_provider_aws.vpc import Vpc


class CacheNetwork(Construct):
    def __init__(self, scope: Construct, id: str, *, suffix: str, cidr: str = "10.60.0.0/16"):
        super().__init__(scope, id)
        azs = DataAwsAvailabilityZones(self, "azs", state="available")
        self.vpc = Vpc(self, "vpc", cidr_block=cidr, enable_dns_support=True, enable_dns_hostnames=True,
                       tags={"Name": f"cache-vpc-{suffix}"})
        self.subnets: List[Subnet] = [
            Subnet(
                self,
                f"cache-subnet-{i}",
                vpc_id=self.vpc.id,
                cidr_block=Fn.cidrsubnet(cidr, 4, i),
                availability_zone=Fn.element(azs.names, i),
                tags={"Name": f"cache-subnet-{i}-{suffix}"},
            )
            for i in range(2)
        ]
