from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket

# Two versioning blocks where one is allowed: which one is meant cannot be told, so report only.
S3Bucket(None, "b", versioning=[{"enabled": True}, {"enabled": False}])
