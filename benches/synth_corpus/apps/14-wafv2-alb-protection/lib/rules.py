"""Rule definitions for the storefront web ACL."""
from typing import List

from cdktf_cdktf_provider_aws.wafv2_web_acl import (
    Wafv2WebAclRule,
    Wafv2WebAclRuleAction,
    Wafv2WebAclRuleOverrideAction,
    Wafv2WebAclRuleStatement,
    Wafv2WebAclRuleStatementManagedRuleGroupStatement,
    Wafv2WebAclRuleStatementRateBasedStatement,
    Wafv2WebAclRuleVisibilityConfig,
)

MANAGED_GROUPS = [
    "AWSManagedRulesCommonRuleSet",
    "AWSManagedRulesKnownBadInputsRuleSet",
    "AWSManagedRulesSQLiRuleSet",
    "AWSManagedRulesAmazonIpReputationList",
]


def _visibility(metric: str) -> Wafv2WebAclRuleVisibilityConfig:
    return Wafv2WebAclRuleVisibilityConfig(
        cloudwatch_metrics_enabled=True,
        metric_name=metric,
        sampled_requests_enabled=True,
    )


def managed_rules() -> List[Wafv2WebAclRule]:
    """One rule per AWS managed rule group, in priority order."""
    rules = []
    for priority, group in enumerate(MANAGED_GROUPS, start=1):
        rules.append(
            Wafv2WebAclRule(
                name=group,
                priority=priority,
                override_action=Wafv2WebAclRuleOverrideAction(none={}),
                statement=Wafv2WebAclRuleStatement(
                    managed_rule_group_statement=Wafv2WebAclRuleStatementManagedRuleGroupStatement(
                        name=group,
                        vendor_name="AWS",
                    )
                ),
                visibility_config=_visibility(group),
            )
        )
    return rules


def rate_limit_rule(priority: int, limit: int = 2000) -> Wafv2WebAclRule:
    """Block clients sending more than `limit` requests per 5 minutes."""
    return Wafv2WebAclRule(
        name="rate-limit",
        priority=priority,
        action=Wafv2WebAclRuleAction(block={}),
        statement=Wafv2WebAclRuleStatement(
            rate_based_statement=Wafv2WebAclRuleStatementRateBasedStatement(limit=limit, aggregate_key_type="IP")
        ),
        visibility_config=_visibility("rate-limit"),
    )
