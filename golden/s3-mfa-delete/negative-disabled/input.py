from constructs import Construct
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA


class Buckets(Construct):
    def __init__(self, scope, construct_id, bucket, settings):
        super().__init__(scope, construct_id)
        S3BucketVersioningA(
            self,
            "v",
            bucket=bucket.id,
            versioning_configuration={"status": "Enabled", "mfa_delete": "Disabled"},
        )
        settings.update({"mfa_delete": "Enabled"})
