"""KMS key for the data lake."""
import json

from constructs import Construct
from cdktf_cdktf_provider_aws.kms_alias import KmsAlias
from cdktf_cdktf_provider_aws.kms_key import KmsKey


class SecurityModule(Construct):
    def __init__(self, scope: Construct, id: str, environment_suffix: str):
        super().__init__(scope, id)

        self.data_key = KmsKey(
            self,
            "data-key",
            description=f"Data lake encryption key ({environment_suffix})",
            enable_key_rotation=True,
            deletion_window_in_days=10,
            policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{
                    "Sid": "Enable IAM User Permissions",
                    "Effect": "Allow",
                    "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                    "Action": "kms:*",
                    "Resource": "*",
                }],
            }),
        )
        KmsAlias(self, "data-key-alias", name=f"alias/data-lake-{environment_suffix}",
                 target_key_id=self.data_key.key_id)
