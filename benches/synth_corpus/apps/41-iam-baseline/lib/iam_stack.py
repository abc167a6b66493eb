from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.iam_account_password_policy import IamAccountPasswordPolicy
from cdktf_cdktf_provider_aws.provider import AwsProvider

from lib.groups import HumanGroups
from lib.roles import MachineRoles


class IamBaselineStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, *, ci_oidc_provider_arn: str, ci_repo: str):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="us-east-1")

        IamAccountPasswordPolicy(
            self,
            "password-policy",
            minimum_password_length=14,
            require_lowercase_characters=True,
            require_uppercase_characters=True,
            require_numbers=True,
            require_symbols=True,
            allow_users_to_change_password=True,
            password_reuse_prevention=24,
            max_password_age=90,
        )

        groups = HumanGroups(self, "groups")
        roles = MachineRoles(self, "roles", oidc_provider_arn=ci_oidc_provider_arn, repo=ci_repo)

        TerraformOutput(self, "ci_role_arn", value=roles.ci_role.arn)
        TerraformOutput(self, "group_names", value=[g.name for g in groups.groups.values()])
