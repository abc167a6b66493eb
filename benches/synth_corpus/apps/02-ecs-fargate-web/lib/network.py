"""Minimal two-AZ VPC for the Fargate service."""
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


class Network(Construct):
    def __init__(self, scope: Construct, id: str, suffix: str):
        super().__init__(scope, id)

        azs = DataAwsAvailabilityZones(self, "available", state="available")
        self.vpc = Vpc(self, "vpc", cidr_block="10.50.0.0/16", enable_dns_hostnames=True,
                       tags={"Name": f"ecs-web-{suffix}"})
        igw = InternetGateway(self, "igw", vpc_id=self.vpc.id)

        self.public_subnet_ids = []
        self.private_subnet_ids = []
        public_rt = RouteTable(self, "public", vpc_id=self.vpc.id,
                               route=[RouteTableRoute(cidr_block="0.0.0.0/0", gateway_id=igw.id)])
        for i in range(2):
            pub = Subnet(self, f"public-{i}", vpc_id=self.vpc.id, cidr_block=f"10.50.{i}.0/24",
                         availability_zone=Fn.element(azs.names, i), map_public_ip_on_launch=True,
                         tags={"Name": f"ecs-web-public-{i}-{suffix}"})
            RouteTableAssociation(self, f"public-assoc-{i}", subnet_id=pub.id, route_table_id=public_rt.id)
            self.public_subnet_ids.append(pub.id)

        # A single NAT gateway keeps the dev environment cheap.
        nat_eip = Eip(self, "nat-eip", domain="vpc")
        nat = NatGateway(self, "nat", allocation_id=nat_eip.id, subnet_id=self.public_subnet_ids[0])
        private_rt = RouteTable(self, "private", vpc_id=self.vpc.id,
                                route=[RouteTableRoute(cidr_block="0.0.0.0/0", nat_gateway_id=nat.id)])
        for i in range(2):
            priv = Subnet(self, f"private-{i}", vpc_id=self.vpc.id, cidr_block=f"10.50.{10 + i}.0/24",
                          availability_zone=Fn.element(azs.names, i),
                          tags={"Name": f"ecs-web-private-{i}-{suffix}"})
            RouteTableAssociation(self, f"private-assoc-{i}", subnet_id=priv.id, route_table_id=private_rt.id)
            self.private_subnet_ids.append(priv.id)
