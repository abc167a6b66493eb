"""Aurora Serverless v2 (PostgreSQL-compatible) with two instances."""
from cdktf import Fn, TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.rds_cluster import RdsCluster
from cdktf_cdktf_provider_aws.rds_cluster_instance import RdsClusterInstance
from cdktf_cdktf_provider_aws.rds_cluster_parameter_group import (
    RdsClusterParameterGroup,
    RdsClusterParameterGroupParameter,
)
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress
from cdktf_cdktf_provider_aws.ssm_parameter import SsmParameter

from lib.network import DatabaseNetwork


class AuroraStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, env: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")

        network = DatabaseNetwork(self, "network", env)

        sg = SecurityGroup(
            self,
            "aurora-sg",
            name=f"reporting-aurora-{env}",
            vpc_id=network.vpc.id,
            ingress=[SecurityGroupIngress(from_port=5432, to_port=5432, protocol="tcp",
                                          cidr_blocks=["172.16.0.0/16"])],
        )

        cluster_params = RdsClusterParameterGroup(
            self,
            "cluster-params",
            name=f"reporting-aurora-pg16-{env}",
            family="aurora-postgresql16",
            parameter=[RdsClusterParameterGroupParameter(name="log_statement", value="ddl")],
        )

        cluster = RdsCluster(
            self,
            "cluster",
            cluster_identifier=f"reporting-{env}",
            engine="aurora-postgresql",
            engine_mode="provisioned",
            engine_version="16.4",
            database_name="reporting",
            master_username="reporting_admin",
            manage_master_user_password=True,
            subnet_group_name=network.subnet_group.name,
            db_cluster_parameter_group_name=cluster_params.name,
            vpc_security_group_ids=[sg.id],
            storage_encrypted=True,
            backup_retention_period=7,
            preferred_backup_window="02:00-03:00",
            serverlessv2_scaling_configuration=[{"min_capacity": 0.5, "max_capacity": 8}],
            skip_final_snapshot=True,
        )

        for i in range(2):
            RdsClusterInstance(
                self,
                f"instance-{i}",
                identifier=f"reporting-{env}-{i}",
                cluster_identifier=cluster.id,
                instance_class="db.serverless",
                engine=cluster.engine,
                engine_version=cluster.engine_version,
                performance_insights_enabled=True,
            )

        # Publish a JDBC URL for the reporting workers.
        SsmParameter(
            self,
            "jdbc-url",
            name=f"/reporting/{env}/jdbc-url",
            type="String",
            value=Fn.sub("jdbc:postgresql://${Endpoint}:5432/reporting", {"Endpoint": cluster.endpoint}),
        )

        TerraformOutput(self, "cluster_endpoint", value=cluster.endpoint)
        TerraformOutput(self, "reader_endpoint", value=cluster.reader_endpoint)
