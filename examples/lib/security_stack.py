"""Security resources for the example (seed 003's mistakes)."""
import json
import os
from constructs import Construct
from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.kms_key import KmsKey
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket, S3BucketLogging
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA
from cdktf_cdktf_provider_aws.wafv2_web_acl import (
    Wafv2WebAcl,
    Wafv2WebAclDefaultAction,
    Wafv2WebAclRule,
    Wafv2WebAclRuleOverrideAction,
    Wafv2WebAclRuleStatement,
    Wafv2WebAclRuleStatementManagedRuleGroupStatement,
    Wafv2WebAclRuleVisibilityConfig,
    Wafv2WebAclVisibilityConfig,
)


class SecurityStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, environment_suffix: str):
        super().__init__(scope, id)

        common_tags = {"Project": "tap", "EnvironmentSuffix": environment_suffix}
        AwsProvider(self, "aws", region="us-east-1")

        key = KmsKey(
            self,
            "logs_key",
            description=f"logs key for {id}",
            policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Sid": "Enable IAM User Permissions",
                        "Effect": "Allow",
                        "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                        "Action": "kms:*",
                        "Resource": "*",
                    }
                ],
            }),
            tags=common_tags,
        )
        CloudwatchLogGroup(self, "app_logs", name=f"/tap/{environment_suffix}/app", kms_key_id=key.arn, tags=common_tags)

        data = S3Bucket(self, "data", bucket=f"secure-data-{environment_suffix}", tags=common_tags)
        S3BucketLogging(self, "data_logging", bucket=data.id, target_bucket=data.id, target_prefix="logs/")
        S3BucketVersioningA(
            self,
            "data_versioning",
            bucket=data.id,
            versioning_configuration={
                "status": "Enabled",
                "mfa_delete": "Enabled",
            },
        )

        self.config_role = IamRole(
            self,
            "config_role",
            name=f"aws-config-role-{environment_suffix}",
            assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": []}),
            managed_policy_arns=["arn:aws:iam::aws:policy/service-role/AWS_ConfigRole"],
            tags=common_tags,
        )

        Wafv2WebAcl(
            self,
            "api_acl",
            name=f"tap-api-{environment_suffix}",
            scope="REGIONAL",
            default_action=Wafv2WebAclDefaultAction(allow={}),
            visibility_config=Wafv2WebAclVisibilityConfig(
                cloudwatch_metrics_enabled=True, metric_name="tap-api", sampled_requests_enabled=True
            ),
            rule=[
                Wafv2WebAclRule(
                    name="aws-common",
                    priority=1,
                    override_action=Wafv2WebAclRuleOverrideAction(none={}),
                    statement=Wafv2WebAclRuleStatement(
                        managed_rule_group_statement=Wafv2WebAclRuleStatementManagedRuleGroupStatement(
                            name="AWSManagedRulesCommonRuleSet", vendor_name="AWS"
                        )
                    ),
                    visibility_config=Wafv2WebAclRuleVisibilityConfig(
                        cloudwatch_metrics_enabled=True, metric_name="aws-common", sampled_requests_enabled=True
                    ),
                )
            ],
            tags=common_tags,
        )
