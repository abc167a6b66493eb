"""TAP stack: versioned data bucket."""
from constructs import Construct
from cdktf import S3Backend, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_versioning import (
    S3BucketVersioningA,
    S3BucketVersioningVersioningConfiguration,
)


class TapStack(TerraformStack):
    """versioned data bucket."""

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

        data_bucket = S3Bucket(
            self,
            "data_bucket",
            bucket=f"tap-data-{environment_suffix}",
            tags={"Environment": environment_suffix},
        )

        S3BucketVersioningA(
            self,
            "data_bucket_versioning",
            bucket=data_bucket.id,
            versioning_configuration=S3BucketVersioningVersioningConfiguration(
                status="Enabled"
            ),
        )
