from cdktf_cdktf_provider_aws.s3_bucket import S3BucketVersioning
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioning

# Which uses mean the struct and which the resource? Reported, not guessed.
S3BucketVersioning(stack, "v", bucket="b", versioning_configuration={"status": "Enabled"})
