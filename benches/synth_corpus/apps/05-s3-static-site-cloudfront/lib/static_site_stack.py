import json

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket_policy import S3BucketPolicy

from lib.cdn import SiteCdn
from lib.storage import SiteStorage


class StaticSiteStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, site_name: str, environment: str):
        super().__init__(scope, id)

        # CloudFront-related resources are global; keep everything in us-east-1.
        AwsProvider(self, "aws", region="us-east-1")
        caller = DataAwsCallerIdentity(self, "caller")

        prefix = f"{site_name}-{environment}"
        storage = SiteStorage(self, "storage", prefix=prefix, account_id=caller.account_id)
        cdn = SiteCdn(self, "cdn", name=prefix, content=storage.content, logs=storage.logs)

        S3BucketPolicy(
            self,
            "content-policy",
            bucket=storage.content.id,
            policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{
                    "Sid": "AllowCloudFrontServicePrincipalReadOnly",
                    "Effect": "Allow",
                    "Principal": {"Service": "cloudfront.amazonaws.com"},
                    "Action": "s3:GetObject",
                    "Resource": f"{storage.content.arn}/*",
                    "Condition": {"StringEquals": {"AWS:SourceArn": cdn.distribution.arn}},
                }],
            }),
        )

        TerraformOutput(self, "bucket_name", value=storage.content.bucket)
        TerraformOutput(self, "distribution_domain", value=cdn.distribution.domain_name)
