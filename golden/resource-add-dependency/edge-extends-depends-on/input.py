from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket

a = S3Bucket(stack, "a")
b = S3Bucket(stack, "b")
c = S3Bucket(stack, "c", depends_on=[a])
c.add_dependency(b)
c.node.add_dependency(a)
