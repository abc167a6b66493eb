from cdktf_cdktf_provider_aws.s3_bucket import S3BucketVersioning
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA

S3BucketVersioningA(stack, "v", bucket=bucket.id, versioning_configuration=S3BucketVersioning(enabled=True))
