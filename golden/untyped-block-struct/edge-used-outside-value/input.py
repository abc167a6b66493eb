from cdktf_cdktf_provider_aws.wafv2_rule_group import (
    Wafv2RuleGroup,
    Wafv2RuleGroupRule,
    Wafv2RuleGroupRuleAction,
    Wafv2RuleGroupRuleActionBlock,
    Wafv2RuleGroupRuleStatement,
    Wafv2RuleGroupRuleStatementGeoMatchStatement,
    Wafv2RuleGroupRuleVisibilityConfig,
    Wafv2RuleGroupVisibilityConfig,
)


def geo_block(scope, countries):
    # The invented class is built outside the keyword's value: reported, not rewritten.
    statement = Wafv2RuleGroupRuleStatement(
        geo_match_statement=Wafv2RuleGroupRuleStatementGeoMatchStatement(country_codes=countries)
    )
    return Wafv2RuleGroup(
        scope,
        "geo",
        name="geo",
        scope="REGIONAL",
        capacity=10,
        visibility_config=Wafv2RuleGroupVisibilityConfig(
            cloudwatch_metrics_enabled=False, metric_name="geo", sampled_requests_enabled=False
        ),
        rule=[
            Wafv2RuleGroupRule(
                name="geo",
                priority=0,
                action=Wafv2RuleGroupRuleAction(block=Wafv2RuleGroupRuleActionBlock()),
                statement=statement,
                visibility_config=Wafv2RuleGroupRuleVisibilityConfig(
                    cloudwatch_metrics_enabled=False, metric_name="geo", sampled_requests_enabled=False
                ),
            )
        ],
    )
