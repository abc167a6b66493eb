from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity


class Stack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        self.current = "not a data source"
        current = DataAwsCallerIdentity(self, "current")
        S3Bucket(self, "long", bucket="an-extremely-long-bucket-name-for-the-analytics-archive")
        S3Bucket(self, "plain", bucket=f'my-app-logs-{current.account_id}')
        S3Bucket(self, "dotted", bucket=f"my.app.{current.account_id}")
