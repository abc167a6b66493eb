"""TAP stack: KMS key for the data platform."""
import json

from constructs import Construct
from cdktf import S3Backend, TerraformStack
from cdktf_cdktf_provider_aws.kms_key import KmsKey
from cdktf_cdktf_provider_aws.provider import AwsProvider


class TapStack(TerraformStack):
    """KMS key for the data platform."""

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

        KmsKey(
            self,
            "data_key",
            description=f"Data platform key {environment_suffix}",
            enable_key_rotation=True,
            policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{
                    "Sid": "Enable IAM User Permissions",
                    "Effect": "Allow",
                    "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                    "Action": "kms:*",
                    "Resource": "*"
                }]
            }),
        )
