"""Backup vaults and their KMS keys in two regions."""
from cdktf import TerraformProvider
from constructs import Construct
from cdktf_cdktf_provider_aws.backup_vault import BackupVault
from cdktf_cdktf_provider_aws.backup_vault_lock_configuration import BackupVaultLockConfiguration
from cdktf_cdktf_provider_aws.kms_key import KmsKey


class Vault(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, name: str, provider: TerraformProvider = None,
                 min_retention_days: int = 7):
        super().__init__(scope, construct_id)
        key = KmsKey(self, "key", provider=provider, description=f"{name} backup vault key",
                     enable_key_rotation=True)
        self.vault = BackupVault(self, "vault", provider=provider, name=name, kms_key_arn=key.arn)
        BackupVaultLockConfiguration(self, "lock", provider=provider, backup_vault_name=self.vault.name,
                                     min_retention_days=min_retention_days, max_retention_days=400)
