import json

from constructs import Construct
from cdktf_cdktf_provider_aws.kms_key import KmsKey
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity


class SecurityModule(Construct):
    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str):
        super().__init__(scope, construct_id)

        current = DataAwsCallerIdentity(self, "current")
        # KMS key for log encryption
        self.kms_key = KmsKey(
            self,
            "kms-key",
            description=f"logs key {environment_suffix}",
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
        self.admin_arn = f'arn:aws:iam::{current.account_id}:role/admin'
