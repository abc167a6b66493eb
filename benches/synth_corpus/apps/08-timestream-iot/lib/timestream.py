"""Timestream database and tables for device telemetry."""
from constructs import Construct
from cdktf_cdktf_provider_aws.kms_key import KmsKey
from cdktf_cdktf_provider_aws.timestream_write_database import TimestreamWriteDatabase
from cdktf_cdktf_provider_aws.timestream_write_table import (
    TimestreamWriteTable,
    TimestreamWriteTableRetentionProperties,
)


class TelemetryStore(Construct):
    """One database, one table per measurement family."""

    TABLES = {"environment": (24, 365), "power": (72, 730)}

    def __init__(self, scope: Construct, id: str, *, suffix: str):
        super().__init__(scope, id)
        key = KmsKey(self, "key", description="Timestream telemetry key", enable_key_rotation=True)
        self.database = TimestreamWriteDatabase(self, "db", database_name=f"telemetry_{suffix}", kms_key_id=key.arn)
        self.tables = {}
        for name, (memory_hours, magnetic_days) in self.TABLES.items():
            self.tables[name] = TimestreamWriteTable(
                self,
                f"table-{name}",
                database_name=self.database.database_name,
                table_name=name,
                retention_properties=TimestreamWriteTableRetentionProperties(
                    memory_store_retention_period_in_hours=memory_hours,
                    magnetic_store_retention_period_in_days=magnetic_days,
                ),
            )
