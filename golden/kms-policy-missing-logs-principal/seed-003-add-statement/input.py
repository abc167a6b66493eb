import json

from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.kms_key import KmsKey
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup


def build(self, current):
    AwsProvider(self, "aws", region="us-east-1")
    self.logs_key = KmsKey(
        self,
        "logs-key",
        enable_key_rotation=True,
        policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{
                "Sid": "Enable IAM User Permissions",
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:aws:iam::{current.account_id}:root"},
                "Action": "kms:*",
                "Resource": "*"
            }]
        }),
    )
    CloudwatchLogGroup(self, "audit", name="/audit", kms_key_id=self.logs_key.arn)
