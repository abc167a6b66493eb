from constructs import Construct
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket, S3BucketVersioning
from cdktf_cdktf_provider_aws.s3_bucket_versioning import (
    S3BucketVersioningA,
    S3BucketVersioningVersioningConfiguration,
)


class Buckets(Construct):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        legacy = S3Bucket(self, "legacy", versioning=S3BucketVersioning(enabled=True, mfa_delete=True))
        S3BucketVersioningA(
            self,
            "v",
            bucket=legacy.id,
            versioning_configuration=S3BucketVersioningVersioningConfiguration(
                status="Enabled",
                mfa_delete="Enabled",
            ),
        )
        S3Bucket(self, "dict-style", versioning={"enabled": True, 'mfa_delete': True})
