from constructs import Construct
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


class DataProcessingModule(Construct):
    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str):
        super().__init__(scope, construct_id)

        # Access logs
        self.access_logs_bucket = S3Bucket(
            self,
            "access-logs",
            bucket=f"s3-access-logs-{environment_suffix}",
        )
        self.data_bucket = S3Bucket(self, "data", bucket=f"secure-data-{environment_suffix}")
