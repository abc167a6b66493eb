#!/usr/bin/env python
"""A CDKTF app that uses every import form."""
import os

import cdktf
from cdktf import App, TerraformStack, TerraformOutput
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
import cdktf_cdktf_provider_aws.s3_bucket_versioning as versioning
from cdktf_cdktf_provider_aws import iam_role
import cdktf_cdktf_provider_random.id
from constructs import Construct


class Storage(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region=os.environ.get("AWS_REGION", "us-east-1"))
        suffix = cdktf_cdktf_provider_random.id.Id(self, "suffix", byte_length=4)
        bucket = S3Bucket(self, "cdktf-bucket", bucket_prefix="cdktf-")
        versioning.S3BucketVersioningA(
            self,
            "versioning",
            bucket=bucket.id,
            versioning_configuration={"status": "Enabled"},
        )
        iam_role.IamRole(self, "role", assume_role_policy="{}")
        TerraformOutput(self, "bucket", value=bucket.bucket)
        cdktf.TerraformOutput(self, "suffix", value=suffix.hex)


app = App(outdir="cdktf.out")
Storage(app, "storage")
cdktf.Aspects.of(app)
app.synth()
