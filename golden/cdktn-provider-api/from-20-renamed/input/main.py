from constructs import Construct
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.batch_compute_environment import BatchComputeEnvironment
from cdktf_cdktf_provider_aws.data_aws_batch_compute_environment import DataAwsBatchComputeEnvironment


class BatchStack(TerraformStack):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")
        # The name prefix keeps replacements unique.
        BatchComputeEnvironment(
            self,
            "ce",
            compute_environment_name_prefix="jobs-",
            type="UNMANAGED",
        )
        DataAwsBatchComputeEnvironment(self, "existing", compute_environment_name="shared")


app = App()
BatchStack(app, "batch")
app.synth()
