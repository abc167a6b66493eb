"""Trail bucket with the bucket policy CloudTrail requires."""
import json

from constructs import Construct
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_lifecycle_configuration import (
    S3BucketLifecycleConfiguration,
    S3BucketLifecycleConfigurationRule,
    S3BucketLifecycleConfigurationRuleExpiration,
    S3BucketLifecycleConfigurationRuleFilter,
    S3BucketLifecycleConfigurationRuleTransition,
)
from cdktf_cdktf_provider_aws.s3_bucket_policy import S3BucketPolicy
from cdktf_cdktf_provider_aws.s3_bucket_public_access_block import S3BucketPublicAccessBlock

ACCOUNT_ID = "123456789012"


class TrailBucket(Construct):
    def __init__(self, scope: Construct, id: str, *, name: str, trail_name: str, region: str):
        super().__init__(scope, id)
        self.bucket = S3Bucket(self, "bucket", bucket=name, force_destroy=True)
        S3BucketPublicAccessBlock(self, "public-access", bucket=self.bucket.id, block_public_acls=True,
                                  block_public_policy=True, ignore_public_acls=True, restrict_public_buckets=True)

        S3BucketLifecycleConfiguration(
            self,
            "lifecycle",
            bucket=self.bucket.id,
            rule=[
                S3BucketLifecycleConfigurationRule(
                    id="archive-then-expire",
                    status="Enabled",
                    filter=[S3BucketLifecycleConfigurationRuleFilter(prefix="AWSLogs/")],
                    transition=[S3BucketLifecycleConfigurationRuleTransition(days=90, storage_class="GLACIER")],
                    expiration=[S3BucketLifecycleConfigurationRuleExpiration(days=2555)],
                )
            ],
        )

        trail_arn = f"arn:aws:cloudtrail:{region}:{ACCOUNT_ID}:trail/{trail_name}"
        self.policy = S3BucketPolicy(
            self,
            "policy",
            bucket=self.bucket.id,
            policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Sid": "AWSCloudTrailAclCheck",
                        "Effect": "Allow",
                        "Principal": {"Service": "cloudtrail.amazonaws.com"},
                        "Action": "s3:GetBucketAcl",
                        "Resource": self.bucket.arn,
                        "Condition": {"StringEquals": {"aws:SourceArn": trail_arn}},
                    },
                    {
                        "Sid": "AWSCloudTrailWrite",
                        "Effect": "Allow",
                        "Principal": {"Service": "cloudtrail.amazonaws.com"},
                        "Action": "s3:PutObject",
                        "Resource": f"{self.bucket.arn}/AWSLogs/{ACCOUNT_ID}/*",
                        "Condition": {"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control",
                                                       "aws:SourceArn": trail_arn}},
                    },
                ],
            }),
        )
