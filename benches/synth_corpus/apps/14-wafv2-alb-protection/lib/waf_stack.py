"""Web ACL, logging and association with the ALB."""
from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.wafv2_web_acl import (
    Wafv2WebAcl,
    Wafv2WebAclDefaultAction,
    Wafv2WebAclRuleVisibilityConfig,
)
from cdktf_cdktf_provider_aws.wafv2_web_acl_association import Wafv2WebAclAssociation
from cdktf_cdktf_provider_aws.wafv2_web_acl_logging_configuration import Wafv2WebAclLoggingConfiguration

from lib.rules import MANAGED_GROUPS, managed_rules, rate_limit_rule


class WafStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, suffix: str, alb_arn: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")

        rules = managed_rules() + [rate_limit_rule(priority=len(MANAGED_GROUPS) + 1)]

        web_acl = Wafv2WebAcl(
            self,
            "web-acl",
            name=f"storefront-{suffix}",
            description="Storefront protection: managed rule groups and rate limiting",
            scope="REGIONAL",
            default_action=Wafv2WebAclDefaultAction(allow={}),
            rule=rules,
            visibility_config=Wafv2WebAclRuleVisibilityConfig(
                cloudwatch_metrics_enabled=True,
                metric_name=f"storefront-{suffix}",
                sampled_requests_enabled=True,
            ),
        )

        # WAF logging destinations must be named aws-waf-logs-*.
        log_group = CloudwatchLogGroup(self, "waf-logs", name=f"aws-waf-logs-storefront-{suffix}",
                                       retention_in_days=90)
        Wafv2WebAclLoggingConfiguration(self, "logging", resource_arn=web_acl.arn,
                                        log_destination_configs=[log_group.arn])

        Wafv2WebAclAssociation(self, "alb-association", resource_arn=alb_arn, web_acl_arn=web_acl.arn)

        TerraformOutput(self, "web_acl_arn", value=web_acl.arn)
