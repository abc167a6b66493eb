"""VPC with private subnets and a NAT gateway for the Batch compute fleet."""
from typing import List

from cdktf import Fn, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_availability_zones import DataAwsAvailabilityZones
from cdktf_cdktf_provider_aws.eip import Eip
from cdktf_cdktf_provider_aws.internet_gateway import InternetGateway
from cdktf_cdktf_provider_aws.nat_gateway import NatGateway
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.route_table import RouteTable, RouteTableRoute
from cdktf_cdktf_provider_aws.route_table_association import RouteTableAssociation
from cdktf_cdktf_provider_aws.subnet import Subnet
from cdktf_cdktf_provider_aws.vpc import Vpc


class NetworkStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, *, env: str):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="us-east-1")
        azs = DataAwsAvailabilityZones(self, "azs", state="available")

        self.vpc = Vpc(self, "vpc", cidr_block="10.90.0.0/16", enable_dns_hostnames=True,
                       tags={"Name": f"genomics-{env}"})
        igw = InternetGateway(self, "igw", vpc_id=self.vpc.id)
        public = Subnet(self, "public", vpc_id=self.vpc.id, cidr_block="10.90.0.0/24",
                        availability_zone=Fn.element(azs.names, 0), map_public_ip_on_launch=True)
        public_rt = RouteTable(self, "public-rt", vpc_id=self.vpc.id,
                               route=[RouteTableRoute(cidr_block="0.0.0.0/0", gateway_id=igw.id)])
        RouteTableAssociation(self, "public-rta", subnet_id=public.id, route_table_id=public_rt.id)

        nat = NatGateway(self, "nat", allocation_id=Eip(self, "nat-eip", domain="vpc").id, subnet_id=public.id)
        private_rt = RouteTable(self, "private-rt", vpc_id=self.vpc.id,
                                route=[RouteTableRoute(cidr_block="0.0.0.0/0", nat_gateway_id=nat.id)])

        self.private_subnet_ids: List[str] = []
        for i in range(3):
            subnet = Subnet(self, f"private-{i}", vpc_id=self.vpc.id, cidr_block=f"10.90.{64 + i * 32}.0/19",
                            availability_zone=Fn.element(azs.names, i))
            RouteTableAssociation(self, f"private-rta-{i}", subnet_id=subnet.id, route_table_id=private_rt.id)
            self.private_subnet_ids.append(subnet.id)
