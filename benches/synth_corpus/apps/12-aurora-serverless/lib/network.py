"""Isolated database subnets in three AZs."""
from cdktf import Fn
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_availability_zones import DataAwsAvailabilityZones
from cdktf_cdktf_provider_aws.db_subnet_group import DbSubnetGroup
from cdktf_cdktf_provider_aws.subnet import Subnet
from cdktf_cdktf_provider_aws.vpc import Vpc


class DatabaseNetwork(Construct):
    def __init__(self, scope: Construct, id: str, env: str):
        super().__init__(scope, id)
        zones = DataAwsAvailabilityZones(self, "zones", state="available")
        self.vpc = Vpc(self, "vpc", cidr_block="172.16.0.0/16", enable_dns_hostnames=True,
                       tags={"Name": f"reporting-{env}"})
        subnets = [
            Subnet(self, f"db-{i}", vpc_id=self.vpc.id, cidr_block=f"172.16.{i * 16}.0/20",
                   availability_zone=Fn.element(zones.names, i), tags={"Name": f"reporting-db-{i}-{env}"})
            for i in range(3)
        ]
        self.subnet_group = DbSubnetGroup(self, "subnet-group", name=f"reporting-{env}",
                                          subnet_ids=[s.id for s in subnets])
