from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket

bucket = S3Bucket(stack, "b", bucket_prefix="logs-")
refs = [bucket.arn, bucket.id, bucket.bucket_domain_name, bucket.bucket_prefix_input, bucket.fqn, bucket.node.id]
bucket.put_versioning({"enabled": True})
bucket.reset_acl()
bucket.add_override("x", 1)
bucket.lifecycle = {"prevent_destroy": True}
other.whatever
