from cdktf_cdktf_provider_aws.wafv2_web_acl import (
    Wafv2WebAclRule,
    Wafv2WebAclRuleAction,
    Wafv2WebAclRuleActionBlock,
    Wafv2WebAclRuleVisibilityConfig,
)

# Statements already written as dicts, and real structs for typed blocks: nothing to do.
RULE = Wafv2WebAclRule(
    name="geo",
    priority=0,
    action=Wafv2WebAclRuleAction(block=Wafv2WebAclRuleActionBlock()),
    statement={"geo_match_statement": {"country_codes": ["KP"]}},
    visibility_config=Wafv2WebAclRuleVisibilityConfig(
        cloudwatch_metrics_enabled=False, metric_name="geo", sampled_requests_enabled=False
    ),
)
