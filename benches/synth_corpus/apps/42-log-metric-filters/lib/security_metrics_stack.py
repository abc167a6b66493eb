"""Metric filters over the CloudTrail log group with one alarm each."""
from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudWatchLogGroup
from cdktf_cdktf_provider_aws.cloudwatch_log_metric_filter import CloudwatchLogMetricFilter
from cdktf_cdktf_provider_aws.cloudwatch_metric_alarm import CloudwatchMetricAlarm
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.sns_topic import SnsTopic
from cdktf_cdktf_provider_aws.sns_topic_subscription import SnsTopicSubscription

NAMESPACE = "CISBenchmark"

FILTERS = {
    "unauthorized-api-calls": '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
    "console-signin-without-mfa": '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
    "root-account-usage": '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS }',
    "iam-policy-changes": '{ ($.eventName = DeleteGroupPolicy) || ($.eventName = PutRolePolicy) || '
                          '($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) }',
    "cloudtrail-config-changes": '{ ($.eventName = StopLogging) || ($.eventName = DeleteTrail) || '
                                 '($.eventName = UpdateTrail) }',
}


class SecurityMetricsStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, trail_log_group: str, alert_email: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")

        topic = SnsTopic(self, "security-alerts", name="security-alerts")
        SnsTopicSubscription(self, "security-email", topic_arn=topic.arn, protocol="email", endpoint=alert_email)

        # A log group for this stack's own alarm-change audit records.
        CloudWatchLogGroup(self, "alarm-audit", name="/security/alarm-audit", retention_in_days=365)

        for name, pattern in FILTERS.items():
            metric_name = "".join(part.capitalize() for part in name.split("-"))
            CloudwatchLogMetricFilter(
                self,
                f"filter-{name}",
                name=name,
                log_group_name=trail_log_group,
                pattern=pattern,
                metric_transformation=[{"name": metric_name, "namespace": NAMESPACE, "value": "1"}],
            )
            CloudwatchMetricAlarm(
                self,
                f"alarm-{name}",
                alarm_name=f"cis-{name}",
                namespace=NAMESPACE,
                metric_name=metric_name,
                statistic="Sum",
                period=300,
                evaluation_periods=1,
                threshold=1,
                comparison_operator="GreaterThanOrEqualToThreshold",
                treat_missing_data="notBreaching",
                alarm_actions=[topic.arn],
            )

        TerraformOutput(self, "alerts_topic", value=topic.arn)
