"""Isolated VPC (no internet gateway) with two private subnets."""
from cdktf import Fn
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_availability_zones import DataAwsAvailabilityZones
from cdktf_cdktf_provider_aws.route_table import RouteTable
from cdktf_cdktf_provider_aws.route_table_association import RouteTableAssociation
from cdktf_cdktf_provider_aws.subnet import Subnet
from cdktf_cdktf_provider_aws.vpc import Vpc


class IsolatedVpc(Construct):
    def __init__(self, scope: Construct, id: str, env: str):
        super().__init__(scope, id)
        azs = DataAwsAvailabilityZones(self, "azs", state="available")
        self.vpc = Vpc(self, "vpc", cidr_block="10.110.0.0/16", enable_dns_hostnames=True, enable_dns_support=True,
                       tags={"Name": f"isolated-{env}"})
        self.route_table = RouteTable(self, "rt", vpc_id=self.vpc.id)
        self.subnets = []
        for i in range(2):
            s = Subnet(self, f"private-{i}", vpc_id=self.vpc.id, cidr_block=f"10.110.{i}.0/24",
                       availability_zone=Fn.element(azs.names, i))
            RouteTableAssociation(self, f"rta-{i}", subnet_id=s.id, route_table_id=self.route_table.id)
            self.subnets.append(s)
