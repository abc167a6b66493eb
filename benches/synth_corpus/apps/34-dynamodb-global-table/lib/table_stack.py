"""DynamoDB table with replicas, streams, PITR and a few seed items."""
import json
from typing import List

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.dynamodb_table import (
    DynamoDbTable,
    DynamoDbTableAttribute,
    DynamoDbTableReplica,
)
from cdktf_cdktf_provider_aws.dynamodb_table_item import DynamodbTableItem
from cdktf_cdktf_provider_aws.provider import AwsProvider

PLANS = {"free": 1, "pro": 10, "enterprise": 100}


class GlobalTableStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, env: str, replica_regions: List[str]):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")

        table = DynamoDbTable(
            self,
            "profiles",
            name=f"user-profiles-{env}",
            billing_mode="PAY_PER_REQUEST",
            hash_key="pk",
            range_key="sk",
            attribute=[DynamoDbTableAttribute(name="pk", type="S"), DynamoDbTableAttribute(name="sk", type="S")],
            stream_enabled=True,
            stream_view_type="NEW_AND_OLD_IMAGES",
            point_in_time_recovery=True,
            replica=[DynamoDbTableReplica(region_name=r, point_in_time_recovery=True) for r in replica_regions],
            deletion_protection_enabled=True,
        )

        for plan, seats in PLANS.items():
            DynamodbTableItem(
                self,
                f"plan-{plan}",
                table_name=table.name,
                hash_key=table.hash_key,
                range_key=table.range_key,
                item=json.dumps({"pk": {"S": f"PLAN#{plan}"}, "sk": {"S": "META"}, "seats": {"N": str(seats)}}),
            )

        TerraformOutput(self, "table_arn", value=table.arn)
        TerraformOutput(self, "stream_arn", value=table.stream_arn)
