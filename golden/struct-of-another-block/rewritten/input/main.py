from cdktf_cdktf_provider_aws.lb_listener import LbListener
from cdktf_cdktf_provider_aws.lb_listener_rule import LbListenerRuleAction, LbListenerRuleActionFixedResponse
from cdktf_cdktf_provider_aws.wafv2_web_acl import Wafv2WebAcl, Wafv2WebAclRuleVisibilityConfig

LbListener(
    stack,
    "http",
    load_balancer_arn=alb.arn,
    port=80,
    default_action=[
        LbListenerRuleAction(
            type="fixed-response",
            fixed_response=LbListenerRuleActionFixedResponse(content_type="text/plain", status_code="404"),
        )
    ],
)
Wafv2WebAcl(
    stack,
    "acl",
    name="web",
    scope="REGIONAL",
    default_action={"allow": {}},
    visibility_config=Wafv2WebAclRuleVisibilityConfig(
        cloudwatch_metrics_enabled=True, metric_name="web", sampled_requests_enabled=True
    ),
)
