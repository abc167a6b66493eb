from cdktf_cdktf_provider_aws import S3BucketVersioning
from cdktf_cdktf_provider_aws.lb_target_group import LbTargetGroup, LbTargetGroupStickinessConfig
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import (
    S3BucketServerSideEncryptionConfigurationA,
    S3BucketServerSideEncryptionConfigurationRuleA,
    S3BucketServerSideEncryptionConfigurationRuleAApplyServerSideEncryptionByDefault,
)

LbTargetGroup(stack, "tg", port=80, protocol="HTTP", stickiness=LbTargetGroupStickinessConfig(type="lb_cookie"))
S3BucketVersioning(stack, "versioning", bucket=bucket.id, versioning_configuration={"status": "Enabled"})
S3BucketServerSideEncryptionConfigurationA(
    stack,
    "sse",
    bucket=bucket.id,
    rule=[
        S3BucketServerSideEncryptionConfigurationRuleA(
            apply_server_side_encryption_by_default=S3BucketServerSideEncryptionConfigurationRuleAApplyServerSideEncryptionByDefault(
                sse_algorithm="aws:kms"
            )
        )
    ],
)
