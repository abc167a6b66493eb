#!/usr/bin/env python
"""A CDKTF app that uses every import form."""
import os

import cdktn
from cdktn import App, TerraformStack, TerraformOutput
from cdktn_provider_aws.provider import AwsProvider
from cdktn_provider_aws.s3_bucket import S3Bucket
import cdktn_provider_aws.s3_bucket_versioning as versioning
from cdktn_provider_aws import iam_role
import cdktn_provider_random.id
from constructs import Construct


class Storage(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region=os.environ.get("AWS_REGION", "us-east-1"))
        suffix = cdktn_provider_random.id.Id(self, "suffix", byte_length=4)
        bucket = S3Bucket(self, "cdktf-bucket", bucket_prefix="cdktf-")
        versioning.S3BucketVersioningA(
            self,
            "versioning",
            bucket=bucket.id,
            versioning_configuration={"status": "Enabled"},
        )
        iam_role.IamRole(self, "role", assume_role_policy="{}")
        TerraformOutput(self, "bucket", value=bucket.bucket)
        cdktn.TerraformOutput(self, "suffix", value=suffix.hex)


app = App(outdir="cdktf.out")
Storage(app, "storage")
cdktn.Aspects.of(app)
app.synth()
