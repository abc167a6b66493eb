from cdktf_cdktf_provider_aws.elasticache_replication_group import ElasticacheReplicationGroup
from cdktf_cdktf_provider_aws.db_instance import DbInstance

ElasticacheReplicationGroup(
    stack,
    "redis",
    replication_group_id="sessions",
    description="session cache",
    at_rest_encryption_enabled=True,  # the schema says string
    transit_encryption_enabled=True,
    port="6379",
    num_cache_clusters=True,
    security_group_ids="sg-0123456789abcdef0",
)
DbInstance(
    stack,
    "db",
    engine="postgres",
    engine_version=16,
    instance_class="db.t4g.micro",
    allocated_storage="20",
    multi_az="false",
)
