"""Alarm definitions, built from a small table so they stay consistent."""
from dataclasses import dataclass, field
from typing import Dict, List

from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_metric_alarm import (
    CloudwatchMetricAlarm,
    CloudwatchMetricAlarmMetricQuery,
    CloudwatchMetricAlarmMetricQueryMetric,
)


@dataclass
class AlarmSpec:
    name: str
    namespace: str
    metric: str
    statistic: str
    threshold: float
    comparison: str
    dimensions: Dict[str, str] = field(default_factory=dict)
    periods: int = 3
    period: int = 60


class ServiceAlarms(Construct):
    def __init__(self, scope: Construct, id: str, *, prefix: str, specs: List[AlarmSpec], topic_arn: str,
                 alb_suffix: str):
        super().__init__(scope, id)
        self.alarms: Dict[str, CloudwatchMetricAlarm] = {}
        for spec in specs:
            self.alarms[spec.name] = CloudwatchMetricAlarm(
                self,
                spec.name,
                alarm_name=f"{prefix}-{spec.name}",
                namespace=spec.namespace,
                metric_name=spec.metric,
                statistic=spec.statistic,
                threshold=spec.threshold,
                comparison_operator=spec.comparison,
                evaluation_periods=spec.periods,
                period=spec.period,
                dimensions=spec.dimensions,
                treat_missing_data="notBreaching",
                alarm_actions=[topic_arn],
                ok_actions=[topic_arn],
            )

        # 5xx error *rate* needs metric math over two metrics.
        self.alarms["error-rate"] = CloudwatchMetricAlarm(
            self,
            "error-rate",
            alarm_name=f"{prefix}-5xx-rate",
            comparison_operator="GreaterThanThreshold",
            evaluation_periods=5,
            threshold=2,
            alarm_description="More than 2% of requests return 5xx",
            alarm_actions=[topic_arn],
            metric_query=[
                CloudwatchMetricAlarmMetricQuery(
                    id="errors",
                    metric=CloudwatchMetricAlarmMetricQueryMetric(
                        namespace="AWS/ApplicationELB", metric_name="HTTPCode_Target_5XX_Count", stat="Sum",
                        period=60, dimensions={"LoadBalancer": alb_suffix}),
                ),
                CloudwatchMetricAlarmMetricQuery(
                    id="requests",
                    metric=CloudwatchMetricAlarmMetricQueryMetric(
                        namespace="AWS/ApplicationELB", metric_name="RequestCount", stat="Sum", period=60,
                        dimensions={"LoadBalancer": alb_suffix}),
                ),
                CloudwatchMetricAlarmMetricQuery(id="rate", expression="100 * errors / MAX([requests, 1])",
                                                 label="5xx rate (%)", return_data=True),
            ],
        )
