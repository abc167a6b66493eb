"""Launch template + Auto Scaling group + ALB."""
from cdktf import Fn, TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.autoscaling_group import AutoscalingGroup, AutoscalingGroupLaunchTemplate
from cdktf_cdktf_provider_aws.autoscaling_policy import (
    AutoscalingPolicy,
    AutoscalingPolicyTargetTrackingConfiguration,
    AutoscalingPolicyTargetTrackingConfigurationPredefinedMetricSpecification,
)
from cdktf_cdktf_provider_aws.data_aws_ami import DataAwsAmi, DataAwsAmiFilter
from cdktf_cdktf_provider_aws.data_aws_subnets import DataAwsSubnets, DataAwsSubnetsFilter
from cdktf_cdktf_provider_aws.data_aws_vpc import DataAwsVpc
from cdktf_cdktf_provider_aws.launch_template import LaunchTemplate, LaunchTemplateMetadataOptions
from cdktf_cdktf_provider_aws.lb import Lb
from cdktf_cdktf_provider_aws.lb_listener import LbListener, LbListenerDefaultAction
from cdktf_cdktf_provider_aws.lb_target_group import LbTargetGroup, LbTargetGroupHealthCheck
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupEgress, SecurityGroupIngress

from lib.user_data import USER_DATA


class WebTierStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, environment: str, instance_type: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")

        vpc = DataAwsVpc(self, "default-vpc", default=True)
        subnets = DataAwsSubnets(self, "default-subnets",
                                 filter=[DataAwsSubnetsFilter(name="vpc-id", values=[vpc.id])])

        ami = DataAwsAmi(
            self,
            "al2023",
            most_recent=True,
            owners=["amazon"],
            filter=[DataAwsAmiFilter(name="name", values=["al2023-ami-*-x86_64"])],
        )

        alb_sg = SecurityGroup(
            self,
            "alb-sg",
            name=f"web-alb-{environment}",
            vpc_id=vpc.id,
            ingress=[SecurityGroupIngress(from_port=80, to_port=80, protocol="tcp", cidr_blocks=["0.0.0.0/0"])],
            egress=[SecurityGroupEgress(from_port=0, to_port=0, protocol="-1", cidr_blocks=["0.0.0.0/0"])],
        )
        instance_sg = SecurityGroup(
            self,
            "instance-sg",
            name=f"web-instances-{environment}",
            vpc_id=vpc.id,
            ingress=[SecurityGroupIngress(from_port=80, to_port=80, protocol="tcp", security_groups=[alb_sg.id])],
            egress=[SecurityGroupEgress(from_port=0, to_port=0, protocol="-1", cidr_blocks=["0.0.0.0/0"])],
        )

        template = LaunchTemplate(
            self,
            "template",
            name_prefix=f"web-{environment}-",
            image_id=ami.id,
            instance_type=instance_type,
            vpc_security_group_ids=[instance_sg.id],
            user_data=Fn.base64_encode(USER_DATA),
            metadata_options=LaunchTemplateMetadataOptions(http_tokens="required", http_endpoint="enabled"),
            update_default_version=True,
        )

        target_group = LbTargetGroup(
            self,
            "tg",
            name=f"web-{environment}",
            port=80,
            protocol="HTTP",
            vpc_id=vpc.id,
            health_check=LbTargetGroupHealthCheck(path="/health", matcher="200"),
        )

        alb = Lb(self, "alb", name=f"web-{environment}", load_balancer_type="application",
                 security_groups=[alb_sg.id], subnets=subnets.ids)
        LbListener(self, "listener", load_balancer_arn=alb.arn, port=80, protocol="HTTP",
                   default_action=[LbListenerDefaultAction(type="forward", target_group_arn=target_group.arn)])

        asg = AutoscalingGroup(
            self,
            "asg",
            name=f"web-{environment}",
            min_size=2,
            max_size=6,
            desired_capacity=2,
            vpc_zone_identifier=Fn.join(",", subnets.ids),
            target_group_arns=[target_group.arn],
            health_check_type="ELB",
            health_check_grace_period=120,
            launch_template=AutoscalingGroupLaunchTemplate(id=template.id, version="$Latest"),
            tags=[
                {"key": "Name", "value": f"web-{environment}", "propagate_at_launch": True},
                {"key": "Environment", "value": environment, "propagate_at_launch": True},
            ],
        )

        AutoscalingPolicy(
            self,
            "cpu-target",
            name=f"web-{environment}-cpu50",
            autoscaling_group_name=asg.name,
            policy_type="TargetTrackingScaling",
            target_tracking_configuration=AutoscalingPolicyTargetTrackingConfiguration(
                target_value=50,
                predefined_metric_specification=AutoscalingPolicyTargetTrackingConfigurationPredefinedMetricSpecification(
                    predefined_metric_type="ASGAverageCPUUtilization"
                ),
            ),
        )

        TerraformOutput(self, "alb_dns", value=alb.dns_name)
