from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket, S3BucketVersioning

S3Bucket(stack, "legacy", versioning=S3BucketVersioning(enabled=True))
