from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.provider import AwsProvider

from lib.network import WorkerNetwork
from lib.worker import ThumbnailWorker


class TapStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, *, environment_suffix: str):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="us-east-1")
        caller = DataAwsCallerIdentity(self, "caller")

        network = WorkerNetwork(self, "network", suffix=environment_suffix)
        worker = ThumbnailWorker(self, "worker", suffix=environment_suffix, account_id=caller.account_id,
                                 network=network)

        TerraformOutput(self, "uploads_bucket", value=worker.uploads.bucket)
        TerraformOutput(self, "queue_url", value=worker.queue.url)
