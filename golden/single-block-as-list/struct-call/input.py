from cdktf_cdktf_provider_aws import s3_bucket
import cdktf_cdktf_provider_aws.s3_bucket as s3

rule = s3_bucket.S3BucketLifecycleRule(
    enabled=True,
    expiration=[s3_bucket.S3BucketLifecycleRuleExpiration(days=7)],
)
other = s3.S3BucketLifecycleRule(enabled=True, expiration=[{"days": 1}])
