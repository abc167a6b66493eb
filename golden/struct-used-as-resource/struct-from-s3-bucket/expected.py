from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA

bucket = S3Bucket(stack, "data")
S3BucketVersioningA(stack, "data_versioning", bucket=bucket.id, versioning_configuration={"status": "Enabled"})
