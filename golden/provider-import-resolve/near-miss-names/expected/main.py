from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA
from cdktf_cdktf_provider_aws.lb_target_group import LbTargetGroup, LbTargetGroupStickiness
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import (
    S3BucketServerSideEncryptionConfigurationA,
    S3BucketServerSideEncryptionConfigurationRuleA,
    S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA,
)

LbTargetGroup(stack, "tg", port=80, protocol="HTTP", stickiness=LbTargetGroupStickiness(type="lb_cookie"))
S3BucketVersioningA(stack, "versioning", bucket=bucket.id, versioning_configuration={"status": "Enabled"})
S3BucketServerSideEncryptionConfigurationA(
    stack,
    "sse",
    bucket=bucket.id,
    rule=[
        S3BucketServerSideEncryptionConfigurationRuleA(
            apply_server_side_encryption_by_default=S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA(
                sse_algorithm="aws:kms"
            )
        )
    ],
)
