"""CloudWatch dashboard with the golden signals."""
import json

from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_dashboard import CloudwatchDashboard


def _metric_widget(title: str, metrics: list, region: str, x: int, y: int) -> dict:
    return {
        "type": "metric",
        "x": x,
        "y": y,
        "width": 12,
        "height": 6,
        "properties": {"title": title, "metrics": metrics, "region": region, "stat": "Average", "period": 60},
    }


class ServiceDashboard(Construct):
    def __init__(self, scope: Construct, id: str, *, name: str, region: str, alb_suffix: str, db_instance_id: str):
        super().__init__(scope, id)
        body = {
            "widgets": [
                _metric_widget("Requests", [["AWS/ApplicationELB", "RequestCount", "LoadBalancer", alb_suffix]],
                               region, 0, 0),
                _metric_widget("Latency p99", [["AWS/ApplicationELB", "TargetResponseTime", "LoadBalancer",
                                                alb_suffix, {"stat": "p99"}]], region, 12, 0),
                _metric_widget("DB CPU", [["AWS/RDS", "CPUUtilization", "DBInstanceIdentifier", db_instance_id]],
                               region, 0, 6),
                _metric_widget("DB connections", [["AWS/RDS", "DatabaseConnections", "DBInstanceIdentifier",
                                                   db_instance_id]], region, 12, 6),
            ]
        }
        CloudwatchDashboard(self, "dashboard", dashboard_name=name, dashboard_body=json.dumps(body))
