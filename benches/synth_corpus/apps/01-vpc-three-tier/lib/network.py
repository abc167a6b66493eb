"""Networking construct: VPC, public/private/database subnets, NAT gateways and routing."""
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


class NetworkConstruct(Construct):
    """A VPC spread over three availability zones with one NAT gateway per AZ."""

    def __init__(self, scope: Construct, construct_id: str, *, environment_suffix: str,
                 cidr_block: str = "10.20.0.0/16", az_count: int = 3):
        super().__init__(scope, construct_id)

        self.environment_suffix = environment_suffix
        azs = DataAwsAvailabilityZones(self, "azs", state="available")

        self.vpc = Vpc(
            self,
            "vpc",
            cidr_block=cidr_block,
            enable_dns_hostnames=True,
            enable_dns_support=True,
            tags={"Name": f"three-tier-vpc-{environment_suffix}"},
        )

        self.igw = InternetGateway(
            self,
            "igw",
            vpc_id=self.vpc.id,
            tags={"Name": f"three-tier-igw-{environment_suffix}"},
        )

        self.public_subnets: List[Subnet] = []
        self.private_subnets: List[Subnet] = []
        self.database_subnets: List[Subnet] = []

        for i in range(az_count):
            az = Fn.element(azs.names, i)
            self.public_subnets.append(self._subnet("public", i, az, Fn.cidrsubnet(cidr_block, 8, i), True))
            self.private_subnets.append(self._subnet("private", i, az, Fn.cidrsubnet(cidr_block, 8, 10 + i), False))
            self.database_subnets.append(self._subnet("database", i, az, Fn.cidrsubnet(cidr_block, 8, 20 + i), False))

        public_rt = RouteTable(
            self,
            "public-rt",
            vpc_id=self.vpc.id,
            route=[RouteTableRoute(cidr_block="0.0.0.0/0", gateway_id=self.igw.id)],
            tags={"Name": f"public-rt-{environment_suffix}"},
        )
        for i, subnet in enumerate(self.public_subnets):
            RouteTableAssociation(self, f"public-rta-{i}", subnet_id=subnet.id, route_table_id=public_rt.id)

        # One NAT gateway per AZ so that an AZ outage does not take down egress for the others.
        self.nat_gateways: List[NatGateway] = []
        for i, public_subnet in enumerate(self.public_subnets):
            eip = Eip(self, f"nat-eip-{i}", domain="vpc", tags={"Name": f"nat-eip-{i}-{environment_suffix}"})
            nat = NatGateway(
                self,
                f"nat-{i}",
                allocation_id=eip.id,
                subnet_id=public_subnet.id,
                tags={"Name": f"nat-{i}-{environment_suffix}"},
                depends_on=[self.igw],
            )
            self.nat_gateways.append(nat)

            private_rt = RouteTable(
                self,
                f"private-rt-{i}",
                vpc_id=self.vpc.id,
                route=[RouteTableRoute(cidr_block="0.0.0.0/0", nat_gateway_id=nat.id)],
                tags={"Name": f"private-rt-{i}-{environment_suffix}"},
            )
            RouteTableAssociation(self, f"private-rta-{i}", subnet_id=self.private_subnets[i].id,
                                  route_table_id=private_rt.id)

        # Database subnets get no route to the internet at all.
        db_rt = RouteTable(self, "database-rt", vpc_id=self.vpc.id, tags={"Name": f"database-rt-{environment_suffix}"})
        for i, subnet in enumerate(self.database_subnets):
            RouteTableAssociation(self, f"database-rta-{i}", subnet_id=subnet.id, route_table_id=db_rt.id)

    def _subnet(self, tier: str, index: int, az: str, cidr: str, public: bool) -> Subnet:
        return Subnet(
            self,
            f"{tier}-subnet-{index}",
            vpc_id=self.vpc.id,
            cidr_block=cidr,
            availability_zone=az,
            map_public_ip_on_launch=public,
            tags={
                "Name": f"{tier}-subnet-{index}-{self.environment_suffix}",
                "Tier": tier,
            },
        )
