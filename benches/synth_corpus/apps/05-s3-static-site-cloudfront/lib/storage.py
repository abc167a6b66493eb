"""Content and log buckets for the static site."""
from constructs import Construct
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_ownership_controls import S3BucketOwnershipControls, S3BucketOwnershipControlsRule
from cdktf_cdktf_provider_aws.s3_bucket_public_access_block import S3BucketPublicAccessBlock
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import (
    S3BucketServerSideEncryptionConfigurationA,
    S3BucketServerSideEncryptionConfigurationRuleA,
    S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA,
)
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA, S3BucketVersioningVersioningConfiguration


class SiteStorage(Construct):
    """A private, versioned, encrypted content bucket and a log bucket."""

    def __init__(self, scope: Construct, id: str, *, prefix: str, account_id: str):
        super().__init__(scope, id)

        self.content = self._bucket("content", f"{prefix}-content-{account_id}")
        S3BucketVersioningA(
            self,
            "content-versioning",
            bucket=self.content.id,
            versioning_configuration=S3BucketVersioningVersioningConfiguration(status="Enabled"),
        )

        self.logs = self._bucket("logs", f"{prefix}-cf-logs-{account_id}")
        # CloudFront standard logging still needs ACLs on the log bucket.
        S3BucketOwnershipControls(
            self,
            "logs-ownership",
            bucket=self.logs.id,
            rule=S3BucketOwnershipControlsRule(object_ownership="BucketOwnerPreferred"),
        )

    def _bucket(self, name: str, bucket_name: str) -> S3Bucket:
        bucket = S3Bucket(self, name, bucket=bucket_name, force_destroy=True)
        S3BucketPublicAccessBlock(
            self,
            f"{name}-public-access",
            bucket=bucket.id,
            block_public_acls=True,
            block_public_policy=True,
            ignore_public_acls=True,
            restrict_public_buckets=True,
        )
        S3BucketServerSideEncryptionConfigurationA(
            self,
            f"{name}-sse",
            bucket=bucket.id,
            rule=[
                S3BucketServerSideEncryptionConfigurationRuleA(
                    apply_server_side_encryption_by_default=S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA(
                        sse_algorithm="AES256"
                    ),
                    bucket_key_enabled=True,
                )
            ],
        )
        return bucket
