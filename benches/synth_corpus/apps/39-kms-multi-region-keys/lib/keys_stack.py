"""Primary multi-Region keys, their replicas and aliases in both regions."""
from typing import List

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.kms_alias import KmsAlias
from cdktf_cdktf_provider_aws.kms_key import KmsKey
from cdktf_cdktf_provider_aws.kms_replica_key import KmsReplicaKey
from cdktf_cdktf_provider_aws.provider import AwsProvider

from lib.policies import key_policy


class MultiRegionKeysStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, purposes: List[str], primary_region: str, replica_region: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region=primary_region)
        replica_provider = AwsProvider(self, "aws-replica", region=replica_region, alias="replica")
        caller = DataAwsCallerIdentity(self, "caller")

        policy = key_policy(caller.account_id, "kms-key-admin")
        for purpose in purposes:
            primary = KmsKey(
                self,
                f"{purpose}-primary",
                description=f"{purpose} multi-Region primary key",
                multi_region=True,
                key_rotation_enabled=True,
                deletion_window_in_days=30,
                policy=policy,
            )
            KmsAlias(self, f"{purpose}-alias", name=f"alias/{purpose}", target_key_id=primary.key_id)

            replica = KmsReplicaKey(
                self,
                f"{purpose}-replica",
                provider=replica_provider,
                primary_key_arn=primary.arn,
                description=f"{purpose} replica key",
                deletion_window_in_days=30,
                policy=policy,
            )
            KmsAlias(self, f"{purpose}-replica-alias", provider=replica_provider, name=f"alias/{purpose}",
                     target_key_id=replica.key_id)

            TerraformOutput(self, f"{purpose}_key_arn", value=primary.arn)
