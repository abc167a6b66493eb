from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_composite_alarm import CloudwatchCompositeAlarm
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.sns_topic import SnsTopic
from cdktf_cdktf_provider_aws.sns_topic_subscription import SnsTopicSubscription

from lib.alarms import AlarmSpec, ServiceAlarms
from lib.dashboard import ServiceDashboard

REGION = "us-east-1"


class MonitoringStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, service: str, env: str, alb_suffix: str,
                 target_group_suffix: str, db_instance_id: str, oncall_email: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region=REGION)
        prefix = f"{service}-{env}"

        topic = SnsTopic(self, "paging", name=f"{prefix}-paging")
        SnsTopicSubscription(self, "oncall", topic_arn=topic.arn, protocol="email", endpoint=oncall_email)

        specs = [
            AlarmSpec("alb-latency", "AWS/ApplicationELB", "TargetResponseTime", "Average", 1.5,
                      "GreaterThanThreshold", {"LoadBalancer": alb_suffix}),
            AlarmSpec("unhealthy-hosts", "AWS/ApplicationELB", "UnHealthyHostCount", "Maximum", 0,
                      "GreaterThanThreshold", {"LoadBalancer": alb_suffix, "TargetGroup": target_group_suffix}, 2),
            AlarmSpec("db-cpu", "AWS/RDS", "CPUUtilization", "Average", 80, "GreaterThanThreshold",
                      {"DBInstanceIdentifier": db_instance_id}, 5),
            AlarmSpec("db-free-storage", "AWS/RDS", "FreeStorageSpace", "Minimum", 5 * 1024 ** 3,
                      "LessThanThreshold", {"DBInstanceIdentifier": db_instance_id}, 1, 300),
        ]
        alarms = ServiceAlarms(self, "alarms", prefix=prefix, specs=specs, topic_arn=topic.arn,
                               alb_suffix=alb_suffix)

        CloudwatchCompositeAlarm(
            self,
            "service-down",
            alarm_name=f"{prefix}-service-degraded",
            alarm_rule=(f"ALARM({alarms.alarms['error-rate'].alarm_name}) OR "
                        f"ALARM({alarms.alarms['unhealthy-hosts'].alarm_name})"),
            alarm_actions=[topic.arn],
        )

        ServiceDashboard(self, "dashboard", name=prefix, region=REGION, alb_suffix=alb_suffix,
                         db_instance_id=db_instance_id)

        TerraformOutput(self, "paging_topic_arn", value=topic.arn)
