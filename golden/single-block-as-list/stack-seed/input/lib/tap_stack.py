"""TAP stack: log bucket with an expiry rule."""
from constructs import Construct
from cdktf import S3Backend, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


class TapStack(TerraformStack):
    """log bucket with an expiry rule."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        environment_suffix: str,
        state_bucket: str,
        state_bucket_region: str,
        aws_region: str,
    ):
        super().__init__(scope, construct_id)

        AwsProvider(self, "aws", region=aws_region)

        S3Backend(
            self,
            bucket=state_bucket,
            key=f"{environment_suffix}/{construct_id}.tfstate",
            region=state_bucket_region,
            encrypt=True,
        )

        S3Bucket(
            self,
            "log_bucket",
            bucket=f"tap-logs-{environment_suffix}",
            lifecycle_rule=[{
                "enabled": True,
                "expiration": [{"days": 90}]
            }],
        )
