from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket, S3BucketLogging

# The struct use stays; the resource-like call becomes S3BucketLoggingA, and a call that passes a
# keyword the resource does not take is reported only.
S3Bucket(stack, "legacy", logging=S3BucketLogging(target_bucket="logs"))
S3BucketLogging(stack, "logging", bucket="data", target_bucket="logs", target_prefix="data/")
S3BucketLogging(stack, "logging2", bucket="data", target_bucket="logs", enabled=True)
