from cdktf_cdktf_provider_aws import s3_bucket

s3_bucket.S3Bucket(
    stack,
    "logs",
    lifecycle_rule=[
        {
            "enabled": True,
            "abort_incomplete_multipart_upload_days": 7,
            "noncurrent_version_expiration": {"days": 30},
            "transition": [{"days": 30, "storage_class": "GLACIER"}],
        }
    ],
)
