"""ElastiCache for Redis with Multi-AZ failover, TLS and encryption at rest."""
from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.elasticache_parameter_group import (
    ElasticacheParameterGroup,
    ElasticacheParameterGroupParameter,
)
from cdktf_cdktf_provider_aws.elasticache_replication_group import (
    ElasticacheReplicationGroup,
    ElasticacheReplicationGroupLogDeliveryConfiguration,
)
from cdktf_cdktf_provider_aws.elasticache_subnet_group import ElasticacheSubnetGroup
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupEgress, SecurityGroupIngress

from lib.network import CacheNetwork


class CacheStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, environment_suffix: str, region: str):
        super().__init__(scope, id)

        AwsProvider(self, "aws", region=region)
        network = CacheNetwork(self, "network", suffix=environment_suffix)

        cache_sg = SecurityGroup(
            self,
            "redis-sg",
            name=f"redis-{environment_suffix}",
            description="Redis access from the VPC",
            vpc_id=network.vpc.id,
            ingress=[SecurityGroupIngress(description="Redis TLS", from_port=6379, to_port=6379, protocol="tcp",
                                          cidr_blocks=[network.vpc.cidr_block])],
            egress=[SecurityGroupEgress(from_port=0, to_port=0, protocol="-1", cidr_blocks=["0.0.0.0/0"])],
        )

        subnet_group = ElasticacheSubnetGroup(
            self,
            "subnet-group",
            name=f"redis-{environment_suffix}",
            subnet_ids=[s.id for s in network.subnets],
        )

        params = ElasticacheParameterGroup(
            self,
            "params",
            name=f"redis7-sessions-{environment_suffix}",
            family="redis7",
            parameter=[
                ElasticacheParameterGroupParameter(name="maxmemory-policy", value="allkeys-lru"),
                ElasticacheParameterGroupParameter(name="timeout", value="300"),
            ],
        )

        slow_log = CloudwatchLogGroup(self, "slow-log", name=f"/elasticache/redis-{environment_suffix}/slow-log",
                                      retention_in_days=7)

        redis = ElasticacheReplicationGroup(
            self,
            "redis",
            replication_group_id=f"sessions-{environment_suffix}",
            replication_group_description="Session store for the web tier",
            engine="redis",
            engine_version="7.1",
            node_type="cache.t4g.small",
            number_cache_clusters=2,
            port=6379,
            parameter_group_name=params.name,
            subnet_group_name=subnet_group.name,
            security_group_ids=[cache_sg.id],
            automatic_failover_enabled=True,
            multi_az_enabled=True,
            at_rest_encryption_enabled=True,
            transit_encryption_enabled=True,
            snapshot_retention_limit=3,
            snapshot_window="02:00-03:00",
            maintenance_window="sun:05:00-sun:06:00",
            log_delivery_configuration=[
                ElasticacheReplicationGroupLogDeliveryConfiguration(
                    destination=slow_log.name,
                    destination_type="cloudwatch-logs",
                    log_format="json",
                    log_type="slow-log",
                )
            ],
        )

        TerraformOutput(self, "primary_endpoint", value=redis.primary_endpoint_address)
        TerraformOutput(self, "reader_endpoint", value=redis.reader_endpoint_address)
