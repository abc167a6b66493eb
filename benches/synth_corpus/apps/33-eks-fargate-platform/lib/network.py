"""Two-tier VPC for the Fargate cluster."""
from typing import List

from cdktf import Fn
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_availability_zones import DataAwsAvailabilityZones
from cdktf_cdktf_provider_aws.eip import Eip
from cdktf_cdktf_provider_aws.internet_gateway import InternetGateway
from cdktf_cdktf_provider_aws.nat_gateway import NatGateway
from cdktf_cdktf_provider_aws.route_table import RouteTable, RouteTableRoute
from cdktf_cdktf_provider_aws.route_table_association import RouteTableAssociation
from cdktf_cdktf_provider_aws.subnet import Subnet
from cdktf_cdktf_provider_aws.vpc import Vpc


class FargateNetwork(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, cluster_name: str, suffix: str):
        super().__init__(scope, construct_id)
        azs = DataAwsAvailabilityZones(self, "azs", state="available")
        self.vpc = Vpc(self, "vpc", cidr_block="10.80.0.0/16", enable_dns_hostnames=True, enable_dns_support=True,
                       tags={"Name": f"eks-fargate-{suffix}"})
        igw = InternetGateway(self, "igw", vpc_id=self.vpc.id)

        public_rt = RouteTable(self, "public-rt", vpc_id=self.vpc.id,
                               route=[RouteTableRoute(cidr_block="0.0.0.0/0", gateway_id=igw.id)])
        self.public_subnets: List[Subnet] = []
        self.private_subnets: List[Subnet] = []
        for i in range(2):
            subnet = Subnet(self, f"public-{i}", vpc_id=self.vpc.id, cidr_block=f"10.80.{i}.0/24",
                            availability_zone=Fn.element(azs.names, i), map_public_ip_on_launch=True,
                            tags={"kubernetes.io/role/elb": "1"})
            RouteTableAssociation(self, f"public-rta-{i}", subnet_id=subnet.id, route_table_id=public_rt.id)
            self.public_subnets.append(subnet)

        for i in range(2):
            eip = Eip(self, f"nat-eip-{i}", domain="vpc")
            nat = NatGateway(self, f"nat-{i}", allocation_id=eip.id, subnet_id=self.public_subnets[i].id)
            rt = RouteTable(self, f"private-rt-{i}", vpc_id=self.vpc.id,
                            route=[RouteTableRoute(cidr_block="0.0.0.0/0", nat_gateway_id=nat.id)])
            subnet = Subnet(self, f"private-{i}", vpc_id=self.vpc.id, cidr_block=f"10.80.{16 + i * 16}.0/20",
                            availability_zone=Fn.element(azs.names, i),
                            tags={"kubernetes.io/role/internal-elb": "1",
                                  f"kubernetes.io/cluster/{cluster_name}": "owned"})
            RouteTableAssociation(self, f"private-rta-{i}", subnet_id=subnet.id, route_table_id=rt.id)
            self.private_subnets.append(subnet)
