from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


class Stack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        self.current = "not a data source"
        S3Bucket(self, "long", bucket="an-extremely-long-bucket-name-for-the-analytics-archive")
        S3Bucket(self, "plain", bucket='my-app-logs')
        S3Bucket(self, "dotted", bucket="my.app.")
