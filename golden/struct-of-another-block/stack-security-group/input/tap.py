#!/usr/bin/env python
from constructs import Construct
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress


class ApiStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="us-east-1")
        SecurityGroup(
            self,
            "api",
            name="api",
            vpc_id="vpc-0123456789abcdef0",
            ingress=[SecurityGroupIngress(from_port=443, to_port=443, protocol="tcp", cidr_blocks=["10.0.0.0/16"])],
            egress=[SecurityGroupIngress(from_port=443, to_port=443, protocol="tcp", cidr_blocks=["0.0.0.0/0"])],
        )


app = App()
ApiStack(app, "api")
app.synth()
