import json

from constructs import Construct
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_policy import S3BucketPolicy
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity


class Logs(Construct):
    def __init__(self, scope, construct_id, environment_suffix):
        super().__init__(scope, construct_id)
        current = DataAwsCallerIdentity(self, "current")
        bucket = S3Bucket(self, "flow-logs", bucket=f"vpc-flow-logs-{environment_suffix}-{current.account_id}")
        S3BucketPolicy(
            self,
            "policy",
            bucket=bucket.id,
            policy=json.dumps({"Principal": {"AWS": f"arn:aws:iam::{current.account_id}:root"}}),
        )
