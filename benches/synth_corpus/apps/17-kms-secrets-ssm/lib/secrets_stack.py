"""Secrets and configuration parameters of the ledger service."""
import json

from cdktf import TerraformOutput, TerraformStack, TerraformVariable
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.secretsmanager_secret import SecretsmanagerSecret
from cdktf_cdktf_provider_aws.secretsmanager_secret_version import SecretsmanagerSecretVersion
from cdktf_cdktf_provider_aws.ssm_parameter import SsmParameter

from lib.keys import KeyRing

PARAMETERS = {
    "log-level": "INFO",
    "feature-flags": json.dumps({"new-ledger-ui": False, "batch-exports": True}),
    "max-batch-size": "500",
}


class SecretsStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, *, app_name: str, env: str):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="eu-west-1")

        prefix = f"{app_name}-{env}"
        keys = KeyRing(self, "keys", prefix=prefix)

        api_token = TerraformVariable(self, "third_party_api_token", type="string", sensitive=True,
                                      description="Token for the payment processor API", default="change-me")

        secret = SecretsmanagerSecret(
            self,
            "api-token",
            name=f"{app_name}/{env}/payment-processor-token",
            kms_key_id=keys.keys["secrets"].arn,
            recovery_window_in_days=7,
        )
        SecretsmanagerSecretVersion(
            self,
            "api-token-value",
            secret_id=secret.id,
            secret_string=json.dumps({"token": api_token.string_value}),
        )

        for name, value in PARAMETERS.items():
            SsmParameter(
                self,
                f"param-{name}",
                name=f"/{app_name}/{env}/{name}",
                type="SecureString",
                value=value,
                key_id=keys.keys["parameters"].arn,
            )

        CloudwatchLogGroup(self, "audit-logs", name=f"/{app_name}/{env}/secret-access",
                           retention_in_days=365, kms_key_id=keys.keys["logs"].arn)

        TerraformOutput(self, "secret_arn", value=secret.arn)
        TerraformOutput(self, "secrets_key_arn", value=keys.keys["secrets"].arn)
