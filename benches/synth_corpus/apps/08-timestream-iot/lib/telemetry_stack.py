"""IoT rule -> Timestream, with an IAM role the rule assumes."""
import json

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.iam_role import IamRole, IamRoleInlinePolicy
from cdktf_cdktf_provider_aws.iot_topic_rule import (
    IotTopicRule,
    IotTopicRuleTimestream,
    IotTopicRuleTimestreamDimension,
)
from cdktf_cdktf_provider_aws.provider import AwsProvider

from lib.timestream import TelemetryStore


class TelemetryStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, suffix: str, region: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region=region)

        store = TelemetryStore(self, "store", suffix=suffix)

        rule_role = IamRole(
            self,
            "iot-role",
            name=f"iot-timestream-{suffix}",
            assume_role_policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": {"Service": "iot.amazonaws.com"},
                               "Action": "sts:AssumeRole"}],
            }),
            inline_policy=[
                IamRoleInlinePolicy(
                    name="timestream-write",
                    policy=json.dumps({
                        "Version": "2012-10-17",
                        "Statement": [
                            {"Effect": "Allow", "Action": ["timestream:WriteRecords"],
                             "Resource": [t.arn for t in store.tables.values()]},
                            {"Effect": "Allow", "Action": ["timestream:DescribeEndpoints"], "Resource": "*"},
                        ],
                    }),
                )
            ],
        )

        for name, table in store.tables.items():
            IotTopicRule(
                self,
                f"rule-{name}",
                name=f"telemetry_{name}_{suffix}",
                enabled=True,
                sql=f"SELECT * FROM 'devices/+/{name}'",
                sql_version="2016-03-23",
                timestream=[
                    IotTopicRuleTimestream(
                        database_name=store.database.database_name,
                        table_name=table.table_name,
                        role_arn=rule_role.arn,
                        dimension=[IotTopicRuleTimestreamDimension(name="device_id", value="${topic(2)}")],
                    )
                ],
            )

        TerraformOutput(self, "database_name", value=store.database.database_name)
