"""MSK cluster with TLS, IAM auth, custom configuration and broker logs."""
from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.kms_key import KmsKey
from cdktf_cdktf_provider_aws.msk_cluster import (
    MskCluster,
    MskClusterBrokerNodeGroupInfo,
    MskClusterConfigurationInfo,
    MskClusterLoggingInfo,
    MskClusterLoggingInfoBrokerLogs,
    MskClusterLoggingInfoBrokerLogsCloudwatchLogs,
)
from cdktf_cdktf_provider_aws.msk_configuration import MskConfiguration
from cdktf_cdktf_provider_aws.provider import AwsProvider

from lib.network import BrokerNetwork

SERVER_PROPERTIES = "\n".join([
    "auto.create.topics.enable=false",
    "default.replication.factor=3",
    "min.insync.replicas=2",
    "num.partitions=6",
    "log.retention.hours=168",
])


class KafkaStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, env: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")

        network = BrokerNetwork(self, "network", env)
        key = KmsKey(self, "msk-key", description=f"MSK at-rest key ({env})", enable_key_rotation=True)
        logs = CloudwatchLogGroup(self, "broker-logs", name=f"/msk/event-backbone-{env}", retention_in_days=14)

        config = MskConfiguration(
            self,
            "config",
            name=f"event-backbone-{env}",
            kafka_versions=["3.6.0"],
            server_properties=SERVER_PROPERTIES,
        )

        cluster = MskCluster(
            self,
            "cluster",
            cluster_name=f"event-backbone-{env}",
            kafka_version="3.6.0",
            number_of_broker_nodes=3,
            broker_node_group_info=MskClusterBrokerNodeGroupInfo(
                instance_type="kafka.m5.large",
                client_subnets=network.subnet_ids,
                security_groups=[network.security_group.id],
                ebs_volume_size=500,
            ),
            encryption_info={
                "encryption_at_rest_kms_key_arn": key.arn,
                "encryption_in_transit": [{"client_broker": "TLS", "in_cluster": True}],
            },
            client_authentication={"sasl": {"iam": True}},
            configuration_info=MskClusterConfigurationInfo(arn=config.arn, revision=config.latest_revision),
            logging_info=MskClusterLoggingInfo(
                broker_logs=MskClusterLoggingInfoBrokerLogs(
                    cloudwatch_logs=MskClusterLoggingInfoBrokerLogsCloudwatchLogs(enabled=True, log_group=logs.name)
                )
            ),
            enhanced_monitoring="PER_TOPIC_PER_BROKER",
        )

        TerraformOutput(self, "bootstrap_brokers_iam", value=cluster.bootstrap_brokers_sasl_iam)
        TerraformOutput(self, "cluster_arn", value=cluster.arn)
