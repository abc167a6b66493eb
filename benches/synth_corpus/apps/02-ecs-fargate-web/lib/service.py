"""ECS cluster, task definition, ALB and Fargate service."""
import json

from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.ecs_cluster import EcsCluster, EcsClusterSetting
from cdktf_cdktf_provider_aws.ecs_service import (
    EcsService,
    EcsServiceDeploymentCircuitBreaker,
    EcsServiceLoadBalancer,
    EcsServiceNetworkConfiguration,
)
from cdktf_cdktf_provider_aws.ecs_task_definition import EcsTaskDefinition
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from cdktf_cdktf_provider_aws.lb import Lb
from cdktf_cdktf_provider_aws.lb_listener import LbListener, LbListenerDefaultAction
from cdktf_cdktf_provider_aws.lb_target_group import (
    LbTargetGroup,
    LbTargetGroupHealthCheck,
    LbTargetGroupStickinessConfig,
)
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupEgress, SecurityGroupIngress

ECS_TASK_TRUST = json.dumps({
    "Version": "2012-10-17",
    "Statement": [{
        "Effect": "Allow",
        "Principal": {"Service": "ecs-tasks.amazonaws.com"},
        "Action": "sts:AssumeRole",
    }],
})


class WebService(Construct):
    """Fargate service with two tasks, rolling deployments and sticky sessions."""

    def __init__(self, scope: Construct, id: str, *, suffix: str, region: str, vpc_id: str,
                 public_subnet_ids: list, private_subnet_ids: list, image: str):
        super().__init__(scope, id)

        self.cluster = EcsCluster(
            self,
            "cluster",
            name=f"web-cluster-{suffix}",
            capacity_providers=["FARGATE", "FARGATE_SPOT"],
            setting=[EcsClusterSetting(name="containerInsights", value="enabled")],
        )

        alb_sg = SecurityGroup(
            self,
            "alb-sg",
            name=f"web-alb-{suffix}",
            description="Public HTTP access to the ALB",
            vpc_id=vpc_id,
            ingress=[SecurityGroupIngress(from_port=80, to_port=80, protocol="tcp", cidr_blocks=["0.0.0.0/0"])],
            egress=[SecurityGroupEgress(from_port=0, to_port=0, protocol="-1", cidr_blocks=["0.0.0.0/0"])],
        )
        task_sg = SecurityGroup(
            self,
            "task-sg",
            name=f"web-tasks-{suffix}",
            description="Only the ALB may reach the tasks",
            vpc_id=vpc_id,
            ingress=[SecurityGroupIngress(from_port=8080, to_port=8080, protocol="tcp",
                                          security_groups=[alb_sg.id])],
            egress=[SecurityGroupEgress(from_port=0, to_port=0, protocol="-1", cidr_blocks=["0.0.0.0/0"])],
        )

        alb = Lb(self, "alb", name=f"web-alb-{suffix}", load_balancer_type="application",
                 security_groups=[alb_sg.id], subnets=public_subnet_ids)

        target_group = LbTargetGroup(
            self,
            "tg",
            name=f"web-tg-{suffix}",
            port=8080,
            protocol="HTTP",
            target_type="ip",
            vpc_id=vpc_id,
            health_check=LbTargetGroupHealthCheck(path="/health", healthy_threshold=2, unhealthy_threshold=3,
                                                  interval=15, matcher="200"),
            stickiness=LbTargetGroupStickinessConfig(type="lb_cookie", cookie_duration=3600, enabled=True),
        )

        LbListener(
            self,
            "http",
            load_balancer_arn=alb.arn,
            port=80,
            protocol="HTTP",
            default_action=[LbListenerDefaultAction(type="forward", target_group_arn=target_group.arn)],
        )

        execution_role = IamRole(self, "execution-role", name=f"web-exec-{suffix}", assume_role_policy=ECS_TASK_TRUST)
        IamRolePolicyAttachment(
            self,
            "execution-policy",
            role=execution_role.name,
            policy_arn="arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy",
        )
        task_role = IamRole(self, "task-role", name=f"web-task-{suffix}", assume_role_policy=ECS_TASK_TRUST)

        log_group = CloudwatchLogGroup(self, "logs", name=f"/ecs/web-{suffix}", retention_in_days=14)

        task_definition = EcsTaskDefinition(
            self,
            "task",
            family=f"web-{suffix}",
            cpu="512",
            memory="1024",
            network_mode="awsvpc",
            requires_compatibilities=["FARGATE"],
            execution_role_arn=execution_role.arn,
            task_role_arn=task_role.arn,
            container_definitions=[
                {
                    "name": "web",
                    "image": image,
                    "essential": True,
                    "portMappings": [{"containerPort": 8080, "protocol": "tcp"}],
                    "logConfiguration": {
                        "logDriver": "awslogs",
                        "options": {
                            "awslogs-group": log_group.name,
                            "awslogs-region": region,
                            "awslogs-stream-prefix": "web",
                        },
                    },
                }
            ],
        )

        self.service = EcsService(
            self,
            "service",
            name=f"web-{suffix}",
            cluster=self.cluster.id,
            task_definition=task_definition.arn,
            desired_count=2,
            launch_type="FARGATE",
            deployment_circuit_breaker=EcsServiceDeploymentCircuitBreaker(enable=True, rollback=True),
            network_configuration=EcsServiceNetworkConfiguration(
                subnets=private_subnet_ids,
                security_groups=[task_sg.id],
                assign_public_ip=False,
            ),
            load_balancer=[EcsServiceLoadBalancer(target_group_arn=target_group.arn, container_name="web",
                                                  container_port=8080)],
        )
        self.alb_dns_name = alb.dns_name
