from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


def buckets(stack):
    logs = S3Bucket(stack, "logs")
    data = S3Bucket(stack, "data", bucket_prefix="data-", depends_on=[logs])
    return data
