from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.provider import AwsProvider

from lib.pipeline import TelemetryPipeline
from lib.storage import TelemetryBucket


class TapStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, *, environment_suffix: str):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="us-east-1",
                    default_tags=[{"tags": {"Pipeline": "telemetry", "Env": environment_suffix}}])
        account = DataAwsCallerIdentity(self, "account")

        storage = TelemetryBucket(self, "storage",
                                  name=f"telemetry-archive-{environment_suffix}-{account.account_id}")
        pipeline = TelemetryPipeline(self, "pipeline", suffix=environment_suffix, bucket=storage.bucket)

        TerraformOutput(self, "stream_name", value=pipeline.stream.name)
        TerraformOutput(self, "delivery_stream_arn", value=pipeline.delivery.arn)
