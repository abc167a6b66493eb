"""Top-level stack of the secure data platform."""
from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider

from lib.data_processing import DataProcessingModule
from lib.security import SecurityModule


class TapStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, environment_suffix: str, aws_region: str):
        super().__init__(scope, id)

        AwsProvider(self, "aws", region=aws_region)

        security = SecurityModule(self, "security", environment_suffix)
        data = DataProcessingModule(self, "data", environment_suffix, security.data_key.arn)

        TerraformOutput(self, "raw_bucket", value=data.buckets["raw"].bucket)
        TerraformOutput(self, "curated_bucket", value=data.buckets["curated"].bucket)
        TerraformOutput(self, "kms_key_arn", value=security.data_key.arn)
