from cdktf_cdktf_provider_aws.lb_listener import LbListener, LbListenerDefaultAction, LbListenerDefaultActionFixedResponse
from cdktf_cdktf_provider_aws.wafv2_web_acl import Wafv2WebAcl, Wafv2WebAclVisibilityConfig

LbListener(
    stack,
    "http",
    load_balancer_arn=alb.arn,
    port=80,
    default_action=[
        LbListenerDefaultAction(
            type="fixed-response",
            fixed_response=LbListenerDefaultActionFixedResponse(content_type="text/plain", status_code="404"),
        )
    ],
)
Wafv2WebAcl(
    stack,
    "acl",
    name="web",
    scope="REGIONAL",
    default_action={"allow": {}},
    visibility_config=Wafv2WebAclVisibilityConfig(
        cloudwatch_metrics_enabled=True, metric_name="web", sampled_requests_enabled=True
    ),
)
