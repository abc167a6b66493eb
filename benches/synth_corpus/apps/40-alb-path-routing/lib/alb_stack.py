"""ALB with a fixed-response default, path-based listener rules and one target group per service."""
from cdktf import Fn, TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_subnets import DataAwsSubnets, DataAwsSubnetsFilter
from cdktf_cdktf_provider_aws.data_aws_vpc import DataAwsVpc
from cdktf_cdktf_provider_aws.lb import Lb
from cdktf_cdktf_provider_aws.lb_listener import LbListener
from cdktf_cdktf_provider_aws.lb_listener_rule import (
    LbListenerRule,
    LbListenerRuleAction,
    LbListenerRuleActionFixedResponse,
    LbListenerRuleCondition,
    LbListenerRuleConditionPathPattern,
)
from cdktf_cdktf_provider_aws.lb_target_group import LbTargetGroup, LbTargetGroupHealthCheck
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupEgress, SecurityGroupIngress

SERVICES = {
    # name: (path patterns, port, health path)
    "api": (["/api/*"], 8080, "/api/health"),
    "admin": (["/admin", "/admin/*"], 8081, "/admin/health"),
    "static": (["/static/*", "/favicon.ico"], 8082, "/static/health"),
}


class SharedAlbStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, env: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-2")

        vpc = DataAwsVpc(self, "vpc", tags={"Name": f"apps-{env}"})
        public = DataAwsSubnets(self, "public", filter=[DataAwsSubnetsFilter(name="vpc-id", values=[vpc.id]),
                                                        DataAwsSubnetsFilter(name="tag:Tier", values=["public"])])

        sg = SecurityGroup(
            self,
            "alb-sg",
            name=f"shared-alb-{env}",
            vpc_id=vpc.id,
            ingress=[SecurityGroupIngress(from_port=80, to_port=80, protocol="tcp", cidr_blocks=["0.0.0.0/0"])],
            egress=[SecurityGroupEgress(from_port=0, to_port=0, protocol="-1", cidr_blocks=[vpc.cidr_block])],
        )

        alb = Lb(self, "alb", name=f"shared-{env}", load_balancer_type="application", security_groups=[sg.id],
                 subnets=public.ids, idle_timeout=120, drop_invalid_header_fields=True)

        listener = LbListener(
            self,
            "http",
            load_balancer_arn=alb.arn,
            port=80,
            protocol="HTTP",
            default_action=[LbListenerRuleAction(
                type="fixed-response",
                fixed_response=LbListenerRuleActionFixedResponse(content_type="text/plain", status_code="404",
                                                                  message_body="not found"),
            )],
        )

        for priority, (name, (paths, port, health)) in enumerate(SERVICES.items(), start=10):
            tg = LbTargetGroup(self, f"tg-{name}", name=f"{name}-{env}", port=port, protocol="HTTP",
                               target_type="ip", vpc_id=vpc.id,
                               health_check=LbTargetGroupHealthCheck(path=health, matcher="200-299"))
            LbListenerRule(
                self,
                f"rule-{name}",
                listener_arn=listener.arn,
                priority=priority,
                action=[LbListenerRuleAction(type="forward", target_group_arn=tg.arn)],
                condition=[LbListenerRuleCondition(path_pattern=LbListenerRuleConditionPathPattern(values=paths))],
            )

        TerraformOutput(self, "alb_dns_name", value=alb.dns_name)
        TerraformOutput(self, "public_subnet_count", value=Fn.length(public.ids))
