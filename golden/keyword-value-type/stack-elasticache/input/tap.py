#!/usr/bin/env python
"""Session cache and database for the web tier."""
from constructs import Construct
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.elasticache_replication_group import ElasticacheReplicationGroup
from cdktf_cdktf_provider_aws.db_instance import DbInstance


class DataStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="us-west-2")
        ElasticacheReplicationGroup(
            self,
            "sessions",
            replication_group_id="web-sessions",
            description="Session store",
            node_type="cache.t4g.micro",
            engine="redis",
            num_cache_clusters=2,
            automatic_failover_enabled=True,
            at_rest_encryption_enabled=True,
            transit_encryption_enabled=True,
        )
        DbInstance(
            self,
            "db",
            identifier="web-db",
            engine="postgres",
            engine_version="16.3",
            instance_class="db.t4g.micro",
            allocated_storage="20",
            username="app",
            manage_master_user_password=True,
            skip_final_snapshot=True,
        )


app = App()
DataStack(app, "data")
app.synth()
