from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_lifecycle_configuration import (
    S3BucketLifecycleConfiguration,
)
from mylib import Thing

S3Bucket(None, "b", versioning={"enabled": True}, lifecycle_rule=[{"expiration": {"days": 9}}])
# The standalone resource's expiration IS a list block (framework resource).
S3BucketLifecycleConfiguration(
    None, "lc", bucket="b", rule=[{"id": "x", "status": "Enabled", "expiration": [{"days": 1}]}]
)
# Not a provider class: its shapes are unknown.
Thing(versioning=[{"enabled": True}])
# Names and comprehensions are left alone.
S3Bucket(None, "c", versioning=cfg, lifecycle_rule=[r for r in rules])
