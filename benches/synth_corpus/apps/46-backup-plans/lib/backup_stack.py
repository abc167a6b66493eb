"""Backup plan with daily and weekly rules, cross-region copies and a tag-based selection."""
import json

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.backup_plan import (
    BackupPlan,
    BackupPlanRule,
    BackupPlanRuleCopyAction,
    BackupPlanRuleCopyActionLifecycle,
    BackupPlanRuleLifecycle,
)
from cdktf_cdktf_provider_aws.backup_selection import BackupSelection, BackupSelectionSelectionTag
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from cdktf_cdktf_provider_aws.provider import AwsProvider

from lib.vaults import Vault

RULES = {
    # name: (cron, delete after days, cold storage after days)
    "daily": ("cron(0 5 * * ? *)", 35, None),
    "weekly": ("cron(0 6 ? * SUN *)", 365, 30),
}


class BackupStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, *, env: str):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="us-east-1")
        dr_provider = AwsProvider(self, "aws-dr", region="us-west-2", alias="dr")

        primary = Vault(self, "primary", name=f"backups-{env}")
        dr = Vault(self, "dr", name=f"backups-{env}-dr", provider=dr_provider)

        rules = []
        for name, (schedule, delete_after, cold_after) in RULES.items():
            rules.append(BackupPlanRule(
                rule_name=name,
                target_vault_name=primary.vault.name,
                schedule=schedule,
                start_window=60,
                completion_window=24 * 60,
                lifecycle=BackupPlanRuleLifecycle(delete_after=delete_after, cold_storage_after=cold_after),
                copy_action=[BackupPlanRuleCopyAction(
                    destination_vault_arn=dr.vault.arn,
                    lifecycle=BackupPlanRuleCopyActionLifecycle(delete_after=delete_after),
                )],
                recovery_point_tags={"Rule": name},
            ))
        plan = BackupPlan(self, "plan", name=f"baseline-{env}", rule=rules)

        role = IamRole(self, "backup-role", name=f"aws-backup-{env}", assume_role_policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "backup.amazonaws.com"},
                           "Action": "sts:AssumeRole"}],
        }))
        for i, policy in enumerate(["AWSBackupServiceRolePolicyForBackup", "AWSBackupServiceRolePolicyForRestores"]):
            IamRolePolicyAttachment(self, f"backup-policy-{i}", role=role.name,
                                    policy_arn=f"arn:aws:iam::aws:policy/service-role/{policy}")

        BackupSelection(
            self,
            "tagged-resources",
            name=f"tagged-{env}",
            plan_id=plan.id,
            iam_role_arn=role.arn,
            selection_tag=[BackupSelectionSelectionTag(type="STRINGEQUALS", key="Backup", value="true")],
        )

        TerraformOutput(self, "plan_id", value=plan.id)
        TerraformOutput(self, "primary_vault_arn", value=primary.vault.arn)
