from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket

# jsii reads a raw dict by its camelCase names, so the camelCase key is the block.
S3Bucket(None, "b", lifecycle_rule=[{
    "enabled": True,
    "noncurrentVersionTransition": {"days": 30, "storageClass": "GLACIER"},
}])
