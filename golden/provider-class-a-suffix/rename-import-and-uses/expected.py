from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import (
    S3BucketServerSideEncryptionConfigurationA,
    S3BucketServerSideEncryptionConfigurationRuleA,
)


def data_bucket(stack):
    bucket = S3Bucket(stack, "data")
    S3BucketVersioningA(stack, "versioning", bucket=bucket.id, versioning_configuration={"status": "Enabled"})
    S3BucketServerSideEncryptionConfigurationA(
        stack,
        "sse",
        bucket=bucket.id,
        rule=[S3BucketServerSideEncryptionConfigurationRuleA(bucket_key_enabled=True)],
    )
    return bucket
