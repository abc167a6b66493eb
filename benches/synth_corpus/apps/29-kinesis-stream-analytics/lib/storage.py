"""Destination bucket with lifecycle tiers."""
from constructs import Construct
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_lifecycle_configuration import (
    S3BucketLifecycleConfiguration,
    S3BucketLifecycleConfigurationRule,
    S3BucketLifecycleConfigurationRuleFilter,
    S3BucketLifecycleConfigurationRuleTransition,
)
from cdktf_cdktf_provider_aws.s3_bucket_public_access_block import S3BucketPublicAccessBlock


class TelemetryBucket(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, name: str):
        super().__init__(scope, construct_id)
        self.bucket = S3Bucket(self, "bucket", bucket=name, force_destroy=True)
        S3BucketPublicAccessBlock(self, "pab", bucket=self.bucket.id, block_public_acls=True,
                                  block_public_policy=True, ignore_public_acls=True, restrict_public_buckets=True)
        S3BucketLifecycleConfiguration(
            self,
            "tiers",
            bucket=self.bucket.id,
            rule=[S3BucketLifecycleConfigurationRule(
                id="tiering",
                status="Enabled",
                filter=[S3BucketLifecycleConfigurationRuleFilter(prefix="telemetry/")],
                transition=[
                    S3BucketLifecycleConfigurationRuleTransition(days=30, storage_class="STANDARD_IA"),
                    S3BucketLifecycleConfigurationRuleTransition(days=180, storage_class="GLACIER_IR"),
                ],
            )],
        )
