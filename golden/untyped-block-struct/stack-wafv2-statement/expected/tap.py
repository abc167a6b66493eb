#!/usr/bin/env python
from constructs import Construct
from cdktf import App, TerraformOutput, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.wafv2_ip_set import Wafv2IpSet
from cdktf_cdktf_provider_aws.wafv2_web_acl import (
    Wafv2WebAcl,
    Wafv2WebAclDefaultAction,
    Wafv2WebAclDefaultActionAllow,
    Wafv2WebAclRule,
    Wafv2WebAclRuleAction,
    Wafv2WebAclRuleActionBlock,
    Wafv2WebAclRuleOverrideAction,
    Wafv2WebAclRuleOverrideActionNone,
    Wafv2WebAclRuleVisibilityConfig,
    Wafv2WebAclVisibilityConfig,
)
from cdktf_cdktf_provider_aws.wafv2_web_acl_logging_configuration import Wafv2WebAclLoggingConfiguration


class WafStack(TerraformStack):
    def __init__(self, scope: Construct, ns: str):
        super().__init__(scope, ns)
        AwsProvider(self, "aws", region="us-east-1")

        blocked = Wafv2IpSet(
            self, "blocked", name="blocked-ips", scope="REGIONAL",
            ip_address_version="IPV4", addresses=["203.0.113.0/24"],
        )
        logs = CloudwatchLogGroup(self, "waf_logs", name="aws-waf-logs-web", retention_in_days=30)

        acl = Wafv2WebAcl(
            self,
            "web_acl",
            name="web-acl",
            scope="REGIONAL",
            default_action=Wafv2WebAclDefaultAction(allow=Wafv2WebAclDefaultActionAllow()),
            visibility_config=Wafv2WebAclVisibilityConfig(
                cloudwatch_metrics_enabled=True, metric_name="web-acl", sampled_requests_enabled=True
            ),
            rule=[
                Wafv2WebAclRule(
                    name="aws-common",
                    priority=1,
                    override_action=Wafv2WebAclRuleOverrideAction(none=Wafv2WebAclRuleOverrideActionNone()),
                    statement={
                        "managed_rule_group_statement": {
                            "name": "AWSManagedRulesCommonRuleSet",
                            "vendor_name": "AWS",
                            "rule_action_override": [
                                {
                                    "name": "SizeRestrictions_BODY",
                                    "action_to_use": {
                                        "count": {}
                                    },
                                }
                            ],
                        }
                    },
                    visibility_config=Wafv2WebAclRuleVisibilityConfig(
                        cloudwatch_metrics_enabled=True, metric_name="aws-common", sampled_requests_enabled=True
                    ),
                ),
                Wafv2WebAclRule(
                    name="rate-limit",
                    priority=2,
                    action=Wafv2WebAclRuleAction(block=Wafv2WebAclRuleActionBlock()),
                    statement={
                        "rate_based_statement": {
                            "limit": 2000, "aggregate_key_type": "IP"
                        }
                    },
                    visibility_config=Wafv2WebAclRuleVisibilityConfig(
                        cloudwatch_metrics_enabled=True, metric_name="rate-limit", sampled_requests_enabled=True
                    ),
                ),
                Wafv2WebAclRule(
                    name="blocked-ips",
                    priority=3,
                    action=Wafv2WebAclRuleAction(block=Wafv2WebAclRuleActionBlock()),
                    statement={
                        "ip_set_reference_statement": {"arn": blocked.arn}
                    },
                    visibility_config=Wafv2WebAclRuleVisibilityConfig(
                        cloudwatch_metrics_enabled=True, metric_name="blocked-ips", sampled_requests_enabled=True
                    ),
                ),
            ],
        )
        Wafv2WebAclLoggingConfiguration(
            self, "acl_logging", resource_arn=acl.arn, log_destination_configs=[logs.arn]
        )
        TerraformOutput(self, "web_acl_arn", value=acl.arn)


app = App()
WafStack(app, "waf")
app.synth()
