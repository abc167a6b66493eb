"""Health checks plus PRIMARY/SECONDARY alias records."""
from typing import Dict

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_metric_alarm import CloudwatchMetricAlarm
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.route53_health_check import Route53HealthCheck
from cdktf_cdktf_provider_aws.route53_record import Route53Record, Route53RecordFailoverRoutingPolicy
from cdktf_cdktf_provider_aws.sns_topic import SnsTopic


class FailoverStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, hosted_zone_id: str, record_name: str,
                 endpoints: Dict[str, Dict[str, str]]):
        super().__init__(scope, id)
        # Route 53 health check metrics are only published in us-east-1.
        AwsProvider(self, "aws", region="us-east-1")

        alerts = SnsTopic(self, "dns-alerts", name="api-failover-alerts")

        for role, endpoint in endpoints.items():
            check = Route53HealthCheck(
                self,
                f"{role}-health",
                type="HTTPS",
                fqdn=endpoint["dns"],
                port=443,
                resource_path="/healthz",
                request_interval=10,
                failure_threshold="3",
                measure_latency=True,
                tags={"Name": f"api-{role}"},
            )
            CloudwatchMetricAlarm(
                self,
                f"{role}-health-alarm",
                alarm_name=f"api-{role}-unhealthy",
                namespace="AWS/Route53",
                metric_name="HealthCheckStatus",
                dimensions={"HealthCheckId": check.id},
                statistic="Minimum",
                period=60,
                evaluation_periods=2,
                threshold=1,
                comparison_operator="LessThanThreshold",
                alarm_actions=[alerts.arn],
            )
            Route53Record(
                self,
                f"{role}-record",
                zone_id=hosted_zone_id,
                name=record_name,
                type="A",
                set_identifier=role,
                health_check_id=check.id,
                failover_routing_policy=Route53RecordFailoverRoutingPolicy(type=role.upper()),
                alias=[{"name": endpoint["dns"], "zone_id": endpoint["zone"], "evaluate_target_health": True}],
            )

        TerraformOutput(self, "record", value=record_name)
