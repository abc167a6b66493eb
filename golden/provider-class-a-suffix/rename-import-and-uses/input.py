from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioning
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import (
    S3BucketServerSideEncryptionConfiguration,
    S3BucketServerSideEncryptionConfigurationRule,
)


def data_bucket(stack):
    bucket = S3Bucket(stack, "data")
    S3BucketVersioning(stack, "versioning", bucket=bucket.id, versioning_configuration={"status": "Enabled"})
    S3BucketServerSideEncryptionConfiguration(
        stack,
        "sse",
        bucket=bucket.id,
        rule=[S3BucketServerSideEncryptionConfigurationRule(bucket_key_enabled=True)],
    )
    return bucket
