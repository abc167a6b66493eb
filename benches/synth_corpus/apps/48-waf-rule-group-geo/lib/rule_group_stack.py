"""CLOUDFRONT-scoped WAFv2 rule group (must be created in us-east-1)."""
from typing import List

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.wafv2_ip_set import Wafv2IpSet
from cdktf_cdktf_provider_aws.wafv2_rule_group import (
    Wafv2RuleGroup,
    Wafv2RuleGroupRule,
    Wafv2RuleGroupRuleAction,
    Wafv2RuleGroupRuleStatement,
    Wafv2RuleGroupRuleStatementGeoMatchStatement,
    Wafv2RuleGroupRuleStatementIpSetReferenceStatement,
    Wafv2RuleGroupRuleVisibilityConfig,
    Wafv2RuleGroupVisibilityConfig,
)


def _vis(name: str) -> Wafv2RuleGroupRuleVisibilityConfig:
    return Wafv2RuleGroupRuleVisibilityConfig(cloudwatch_metrics_enabled=True, metric_name=name,
                                              sampled_requests_enabled=True)


class EdgeRuleGroupStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, env: str, blocked_countries: List[str], office_cidrs: List[str]):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")

        office = Wafv2IpSet(
            self,
            "office-ips",
            name=f"office-{env}",
            scope="CLOUDFRONT",
            ip_address_version="IPV4",
            addresses=",".join(office_cidrs),
        )

        rules = [
            Wafv2RuleGroupRule(
                name="allow-office",
                priority=0,
                action=Wafv2RuleGroupRuleAction(allow={}),
                statement=Wafv2RuleGroupRuleStatement(
                    ip_set_reference_statement=Wafv2RuleGroupRuleStatementIpSetReferenceStatement(arn=office.arn)
                ),
                visibility_config=_vis("allow-office"),
            ),
            Wafv2RuleGroupRule(
                name="geo-block",
                priority=1,
                action=Wafv2RuleGroupRuleAction(block={}),
                statement=Wafv2RuleGroupRuleStatement(
                    geo_match_statement=Wafv2RuleGroupRuleStatementGeoMatchStatement(country_codes=blocked_countries)
                ),
                visibility_config=_vis("geo-block"),
            ),
        ]

        group = Wafv2RuleGroup(
            self,
            "group",
            name=f"edge-baseline-{env}",
            scope="CLOUDFRONT",
            capacity=50,
            rule=rules,
            visibility_config=Wafv2RuleGroupVisibilityConfig(cloudwatch_metrics_enabled=True,
                                                             metric_name=f"edge-baseline-{env}",
                                                             sampled_requests_enabled=True),
        )

        TerraformOutput(self, "rule_group_arn", value=group.arn)
