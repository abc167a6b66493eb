from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket as Bucket

Bucket(
    None,
    "b",
    versioning=[  # the brackets go, this comment stays
        {"enabled": True}
    ],
)
