"""VPC flow logs delivered to CloudWatch Logs."""
import json

from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.flow_log import FlowLog
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy


class FlowLogsConstruct(Construct):
    """Capture ALL traffic of a VPC into a log group with 30 days of retention."""

    def __init__(self, scope: Construct, construct_id: str, *, vpc_id: str, environment_suffix: str):
        super().__init__(scope, construct_id)

        log_group = CloudwatchLogGroup(
            self,
            "log-group",
            name=f"/aws/vpc/flow-logs-{environment_suffix}",
            retention_in_days=30,
        )

        role = IamRole(
            self,
            "role",
            name=f"vpc-flow-logs-role-{environment_suffix}",
            assume_role_policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{
                    "Effect": "Allow",
                    "Principal": {"Service": "vpc-flow-logs.amazonaws.com"},
                    "Action": "sts:AssumeRole",
                }],
            }),
        )

        IamRolePolicy(
            self,
            "policy",
            role=role.id,
            policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{
                    "Effect": "Allow",
                    "Action": [
                        "logs:CreateLogStream",
                        "logs:PutLogEvents",
                        "logs:DescribeLogGroups",
                        "logs:DescribeLogStreams",
                    ],
                    "Resource": f"{log_group.arn}:*",
                }],
            }),
        )

        FlowLog(
            self,
            "flow-log",
            vpc_id=vpc_id,
            traffic_type="ALL",
            log_destination_type="cloud-watch-logs",
            log_destination=log_group.arn,
            iam_role_arn=role.arn,
            max_aggregation_interval=60,
        )
