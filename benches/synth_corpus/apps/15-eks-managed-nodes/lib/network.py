"""VPC with tagged public/private subnets for EKS load balancers."""
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


class EksNetwork(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, cluster_name: str, suffix: str):
        super().__init__(scope, construct_id)
        azs = DataAwsAvailabilityZones(self, "azs", state="available")

        self.vpc = Vpc(self, "vpc", cidr_block="10.0.0.0/16", enable_dns_hostnames=True, enable_dns_support=True,
                       tags={"Name": f"eks-vpc-{suffix}"})
        igw = InternetGateway(self, "igw", vpc_id=self.vpc.id)
        public_rt = RouteTable(self, "public-rt", vpc_id=self.vpc.id,
                               route=[RouteTableRoute(cidr_block="0.0.0.0/0", gateway_id=igw.id)])

        self.public_subnets = []
        self.private_subnets = []
        for i in range(3):
            az = Fn.element(azs.names, i)
            public = Subnet(self, f"public-{i}", vpc_id=self.vpc.id, cidr_block=f"10.0.{i}.0/24",
                            availability_zone=az, map_public_ip_on_launch=True,
                            tags={"Name": f"eks-public-{i}-{suffix}", "kubernetes.io/role/elb": "1",
                                  f"kubernetes.io/cluster/{cluster_name}": "shared"})
            RouteTableAssociation(self, f"public-rta-{i}", subnet_id=public.id, route_table_id=public_rt.id)
            self.public_subnets.append(public)

        eip = Eip(self, "nat-eip", domain="vpc")
        nat = NatGateway(self, "nat", allocation_id=eip.id, subnet_id=self.public_subnets[0].id)
        private_rt = RouteTable(self, "private-rt", vpc_id=self.vpc.id,
                                route=[RouteTableRoute(cidr_block="0.0.0.0/0", nat_gateway_id=nat.id)])
        for i in range(3):
            private = Subnet(self, f"private-{i}", vpc_id=self.vpc.id, cidr_block=f"10.0.{10 + i}.0/24",
                             availability_zone=Fn.element(azs.names, i),
                             tags={"Name": f"eks-private-{i}-{suffix}", "kubernetes.io/role/internal-elb": "1",
                                   f"kubernetes.io/cluster/{cluster_name}": "shared"})
            RouteTableAssociation(self, f"private-rta-{i}", subnet_id=private.id, route_table_id=private_rt.id)
            self.private_subnets.append(private)
