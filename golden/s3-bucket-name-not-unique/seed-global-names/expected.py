from constructs import Construct
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity


class DataProcessingModule(Construct):
    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str):
        super().__init__(scope, construct_id)

        current = DataAwsCallerIdentity(self, "current")
        # Access logs
        self.access_logs_bucket = S3Bucket(
            self,
            "access-logs",
            bucket=f"s3-access-logs-{environment_suffix}-{current.account_id}",
        )
        self.data_bucket = S3Bucket(self, "data", bucket=f"secure-data-{environment_suffix}-{current.account_id}")
