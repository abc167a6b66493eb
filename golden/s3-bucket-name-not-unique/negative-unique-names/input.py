from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


class Buckets(Construct):
    def __init__(self, scope, construct_id, env, random_id, name):
        super().__init__(scope, construct_id)
        current = DataAwsCallerIdentity(self, "current")
        S3Bucket(self, "a", bucket=f"logs-{env}-{current.account_id}")
        S3Bucket(self, "b", bucket=f"logs-{env}-{random_id.hex}")
        S3Bucket(self, "c", bucket_prefix=f"logs-{env}-")
        S3Bucket(self, "d")
        S3Bucket(self, "e", bucket=name)
        S3Bucket(self, "f", bucket="logs-123456789012")
        S3Bucket(self, "g", bucket=f"logs-{env}", bucket_prefix="x")
        self.tags = {"bucket": "plain"}
