#!/usr/bin/env python
from constructs import Construct
from cdktf import App, TerraformStack, Fn
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.data_aws_availability_zones import DataAwsAvailabilityZones
from cdktf_cdktf_provider_aws.vpc import Vpc
from cdktf_cdktf_provider_aws.subnet import Subnet


class NetworkStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="eu-central-1")
        azs = DataAwsAvailabilityZones(self, "azs", state="available")
        vpc = Vpc(self, "main", cidr_block="10.0.0.0/16")
        for i in range(2):
            Subnet(
                self,
                f"private-{i}",
                vpc_id=vpc.id,
                cidr_block=f"10.0.{i}.0/24",
                availability_zone=Fn.element(azs.names, i),
            )


app = App()
NetworkStack(app, "network")
app.synth()
