from cdktf_cdktf_provider_aws.s3_bucket_logging import S3BucketLoggingA as BucketLogging

BucketLogging(stack, "logging", bucket="data", target_bucket="logs", target_prefix="data/")
