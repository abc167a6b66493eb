"""Versioned buckets (replication requires versioning on both sides)."""
from cdktf import TerraformProvider
from constructs import Construct
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket, S3BucketVersioning
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA


class VersionedBucket(Construct):
    def __init__(self, scope: Construct, id: str, *, name: str, provider: TerraformProvider = None):
        super().__init__(scope, id)
        self.bucket = S3Bucket(self, "bucket", bucket=name, provider=provider, force_destroy=True)
        self.versioning = S3BucketVersioningA(
            self,
            "versioning",
            bucket=self.bucket.id,
            provider=provider,
            versioning_configuration=S3BucketVersioning(enabled=True),
        )
