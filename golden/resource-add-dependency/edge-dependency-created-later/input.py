from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


def buckets(stack):
    data = S3Bucket(stack, "data")
    logs = S3Bucket(stack, "logs")
    # `logs` does not exist yet where `data` is built: report, do not move.
    data.add_dependency(logs)
