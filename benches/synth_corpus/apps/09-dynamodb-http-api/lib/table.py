"""DynamoDB table holding short links."""
from constructs import Construct
from cdktf_cdktf_provider_aws.dynamodb_table import (
    DynamodbTable,
    DynamodbTableAttribute,
    DynamodbTableGlobalSecondaryIndex,
    DynamodbTablePointInTimeRecovery,
    DynamodbTableServerSideEncryption,
    DynamodbTableTtl,
)


class LinksTable(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, suffix: str):
        super().__init__(scope, construct_id)
        self.table = DynamodbTable(
            self,
            "links",
            name=f"short-links-{suffix}",
            billing_mode="PAY_PER_REQUEST",
            hash_key="slug",
            attribute=[
                DynamodbTableAttribute(name="slug", type="S"),
                DynamodbTableAttribute(name="owner", type="S"),
                DynamodbTableAttribute(name="created_at", type="N"),
            ],
            global_secondary_index=[
                DynamodbTableGlobalSecondaryIndex(
                    name="by-owner",
                    hash_key="owner",
                    range_key="created_at",
                    projection_type="ALL",
                )
            ],
            ttl=DynamodbTableTtl(attribute_name="expires_at", enabled=True),
            point_in_time_recovery=DynamodbTablePointInTimeRecovery(enabled=True),
            server_side_encryption=DynamodbTableServerSideEncryption(enabled=True),
            stream_enabled=True,
            stream_view_type="NEW_AND_OLD_IMAGES",
        )
