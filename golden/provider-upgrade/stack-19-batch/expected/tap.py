#!/usr/bin/env python
"""A batch stack written for cdktf-cdktf-provider-aws 19.x (hashicorp/aws 5.x)."""
from constructs import Construct
from cdktf import App, TerraformOutput, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.batch_compute_environment import BatchComputeEnvironment
from cdktf_cdktf_provider_aws.data_aws_batch_compute_environment import DataAwsBatchComputeEnvironment
from cdktf_cdktf_provider_aws.eip import Eip


class BatchStack(TerraformStack):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="eu-west-1")
        ce = BatchComputeEnvironment(
            self,
            "ce",
            name="nightly-jobs",
            type="UNMANAGED",
        )
        # The environment another team manages, looked up by name.
        shared = DataAwsBatchComputeEnvironment(self, "shared", name="shared-jobs")
        TerraformOutput(self, "shared_arn", value=shared.arn)
        TerraformOutput(self, "ce_arn", value=ce.arn)
        Eip(self, "nat", domain="vpc")


app = App()
BatchStack(app, "batch")
app.synth()
