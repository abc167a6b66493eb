from cdktf_cdktf_provider_aws.elasticache_replication_group import ElasticacheReplicationGroup
from cdktf_cdktf_provider_aws.elasticache_subnet_group import ElasticacheSubnetGroup
from cdktf_cdktf_provider_aws.db_instance import DbInstance
from cdktf_cdktf_provider_aws.eip import Eip

ElasticacheSubnetGroup(stack, "subnets", name="cache", subnet_ids=ids)
ElasticacheReplicationGroup(stack, "redis", replication_group_id="r", description="cache")
DbInstance(stack, "db", db_name="app", engine="postgres", instance_class="db.t4g.micro")
Eip(stack, "nat", domain="vpc")
