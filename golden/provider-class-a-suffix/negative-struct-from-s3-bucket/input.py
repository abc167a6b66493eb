from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket, S3BucketVersioning
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA

# The inline struct from s3_bucket is a real class; the A-suffixed resource is right too.
S3Bucket(stack, "legacy", versioning=S3BucketVersioning(enabled=True))
S3BucketVersioningA(stack, "v", bucket="b", versioning_configuration={"status": "Enabled"})
