from cdktf_cdktf_provider_aws.elasticache_replication_group import ElasticacheReplicationGroup

port = 6379
ElasticacheReplicationGroup(
    stack,
    "redis",
    replication_group_id="sessions",
    description=f"cache for {env}",
    at_rest_encryption_enabled="true",
    transit_encryption_enabled=True,
    port=port,
    num_cache_clusters=2,
    security_group_ids=[sg.id],
    tags={"team": "web"},
)
