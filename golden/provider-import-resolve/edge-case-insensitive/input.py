from cdktf_cdktf_provider_aws.s3_bucket import S3bucket

S3bucket(stack, "logs")
