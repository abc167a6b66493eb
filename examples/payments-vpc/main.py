#!/usr/bin/env python
"""A second CDKTF app (seed 004): its author wrote the stack but no cdktf.json, so the cdktf CLI
refuses to synthesize it. `cdktf-fix --fix` creates one next to this file."""
from constructs import Construct
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.vpc import Vpc


class PaymentsVpcStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="us-east-1")
        Vpc(self, "vpc", cidr_block="10.20.0.0/16", enable_dns_hostnames=True)


app = App()
PaymentsVpcStack(app, "payments-vpc")
app.synth()
