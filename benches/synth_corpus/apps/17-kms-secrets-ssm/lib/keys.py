"""Customer managed KMS keys, one per data classification."""
from typing import Dict

from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.data_aws_iam_policy_document import (
    DataAwsIamPolicyDocument,
    DataAwsIamPolicyDocumentStatement,
    DataAwsIamPolicyDocumentStatementCondition,
    DataAwsIamPolicyDocumentStatementPrincipals,
)
from cdktf_cdktf_provider_aws.data_aws_partition import DataAwsPartition
from cdktf_cdktf_provider_aws.data_aws_region import DataAwsRegion
from cdktf_cdktf_provider_aws.kms_alias import KmsAlias
from cdktf_cdktf_provider_aws.kms_key import KmsKey

CLASSIFICATIONS = ("secrets", "parameters", "logs")


class KeyRing(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, prefix: str):
        super().__init__(scope, construct_id)
        caller = DataAwsCallerIdentity(self, "caller")
        partition = DataAwsPartition(self, "partition")
        region = DataAwsRegion(self, "region")

        account_root = f"arn:{partition.partition}:iam::{caller.account_id}:root"
        policy = DataAwsIamPolicyDocument(
            self,
            "key-policy",
            statement=[
                DataAwsIamPolicyDocumentStatement(
                    sid="AccountAdministration",
                    actions=["kms:*"],
                    resources=["*"],
                    principals=[DataAwsIamPolicyDocumentStatementPrincipals(type="AWS", identifiers=[account_root])],
                ),
                DataAwsIamPolicyDocumentStatement(
                    sid="AllowCloudWatchLogs",
                    actions=["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*",
                             "kms:Describe*"],
                    resources=["*"],
                    principals=[DataAwsIamPolicyDocumentStatementPrincipals(
                        type="Service", identifiers=[f"logs.{region.region}.amazonaws.com"])],
                    condition=[DataAwsIamPolicyDocumentStatementCondition(
                        test="ArnLike",
                        variable="kms:EncryptionContext:aws:logs:arn",
                        values=[f"arn:{partition.partition}:logs:{region.region}:{caller.account_id}:*"],
                    )],
                ),
            ],
        )

        self.keys: Dict[str, KmsKey] = {}
        for classification in CLASSIFICATIONS:
            key = KmsKey(
                self,
                f"{classification}-key",
                description=f"{prefix} {classification} encryption key",
                enable_key_rotation=True,
                deletion_window_in_days=30,
                policy=policy.json,
            )
            KmsAlias(self, f"{classification}-alias", name=f"alias/{prefix}-{classification}",
                     target_key_id=key.key_id)
            self.keys[classification] = key
