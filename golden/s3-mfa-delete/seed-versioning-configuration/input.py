from constructs import Construct
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA


class DataProcessing(Construct):
    def __init__(self, scope, construct_id, bucket):
        super().__init__(scope, construct_id)
        S3BucketVersioningA(self, "data-bucket-versioning",
            bucket=bucket.id,
            versioning_configuration={
                "status": "Enabled",
                "mfa_delete": "Enabled"  # Problematic for testing
            }
        )
