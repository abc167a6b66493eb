from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA

# The jsii spelling, which is the one that takes effect (struct-dict-snake-case-key writes it).
S3BucketVersioningA(
    stack,
    "v",
    bucket=bucket.id,
    versioning_configuration={"status": "Enabled"},
)
