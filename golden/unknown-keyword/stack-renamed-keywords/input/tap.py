#!/usr/bin/env python
from constructs import Construct
from cdktf import App, TerraformOutput, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.elasticache_subnet_group import ElasticacheSubnetGroup
from cdktf_cdktf_provider_aws.elasticache_replication_group import ElasticacheReplicationGroup
from cdktf_cdktf_provider_aws.db_subnet_group import DbSubnetGroup
from cdktf_cdktf_provider_aws.db_instance import DbInstance
from cdktf_cdktf_provider_aws.eip import Eip

SUBNETS = ["subnet-0aaa1111bbbb2222c", "subnet-0ddd3333eeee4444f"]


class DataStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="us-east-1")
        cache_subnets = ElasticacheSubnetGroup(self, "cache", subnet_group_name="web-cache", subnet_ids=SUBNETS)
        ElasticacheReplicationGroup(
            self,
            "sessions",
            replication_group_id="web-sessions",
            replication_group_description="Session store",
            node_type="cache.t4g.micro",
            number_cache_clusters=2,
            subnet_group_name=cache_subnets.name,
        )
        db_subnets = DbSubnetGroup(self, "db_subnets", db_subnet_group_name="web-db", subnet_ids=SUBNETS)
        DbInstance(
            self,
            "db",
            name="app",
            engine="postgres",
            instance_class="db.t4g.micro",
            allocated_storage=20,
            username="app",
            manage_master_user_password=True,
            db_subnet_group_name=db_subnets.name,
            skip_final_snapshot=True,
        )
        nat = Eip(self, "nat", vpc=True)
        TerraformOutput(self, id="nat_ip", value=nat.public_ip)


app = App()
DataStack(app, "data")
app.synth()
