from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


def build(scope, suffix):
    return S3Bucket(
        scope,
        "log_bucket",
        bucket=f"tap-logs-{suffix}",
        versioning=[{"enabled": True},],  # kept: comment after the block
        lifecycle_rule=[{
            "enabled": True,
            "expiration": [{"days": 90}],
            "noncurrentVersionExpiration": [
                {"days": 30}
            ],
        }],
    )
