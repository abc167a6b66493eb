from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket

S3Bucket(
    None,
    "b",
    lifecycle_rule=[{
        "enabled": True,
        # one transition, given as a dict
        "transition": [{"days": 30, "storageClass": "GLACIER"}],
    }],
)
