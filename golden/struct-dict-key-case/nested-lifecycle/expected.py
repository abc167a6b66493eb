from cdktf_cdktf_provider_aws import s3_bucket

s3_bucket.S3Bucket(
    stack,
    "logs",
    lifecycle_rule=[
        {
            "enabled": True,
            "abortIncompleteMultipartUploadDays": 7,
            "noncurrentVersionExpiration": {"days": 30},
            "transition": [{"days": 30, "storageClass": "GLACIER"}],
        }
    ],
)
