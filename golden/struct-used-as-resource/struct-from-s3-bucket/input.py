from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket, S3BucketVersioning

bucket = S3Bucket(stack, "data")
S3BucketVersioning(stack, "data_versioning", bucket=bucket.id, versioning_configuration={"status": "Enabled"})
