"""RDS PostgreSQL instance for the orders service."""
import json

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.db_instance import DbInstance
from cdktf_cdktf_provider_aws.db_parameter_group import DbParameterGroup, DbParameterGroupParameter
from cdktf_cdktf_provider_aws.db_subnet_group import DbSubnetGroup
from cdktf_cdktf_provider_aws.kms_key import KmsKey
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.secretsmanager_secret import SecretsmanagerSecret
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress

from lib.vpc import SharedVpc


class DatabaseStack(TerraformStack):
    """Multi-AZ PostgreSQL 16 with encryption, backups and Performance Insights."""

    def __init__(self, scope: Construct, id: str, *, env: str, region: str):
        super().__init__(scope, id)

        AwsProvider(self, "aws", region=region, default_tags=[{"tags": {"Service": "orders", "Env": env}}])

        shared = SharedVpc(self, "shared-vpc", vpc_name=f"platform-{env}")

        kms = KmsKey(self, "db-key", description=f"orders-db-{env} storage key", enable_key_rotation=True,
                     deletion_window_in_days=7)

        subnet_group = DbSubnetGroup(
            self,
            "subnet-group",
            name=f"orders-db-{env}",
            subnet_ids=shared.private_subnets.ids,
            description="Private subnets for the orders database",
        )

        params = DbParameterGroup(
            self,
            "params",
            name=f"orders-pg16-{env}",
            family="postgres16",
            parameter=[
                DbParameterGroupParameter(name="log_min_duration_statement", value="500"),
                DbParameterGroupParameter(name="rds.force_ssl", value="1"),
                DbParameterGroupParameter(name="shared_preload_libraries", value="pg_stat_statements",
                                          apply_method="pending-reboot"),
            ],
        )

        db_sg = SecurityGroup(
            self,
            "db-sg",
            name=f"orders-db-{env}",
            description="PostgreSQL from inside the VPC",
            vpc_id=shared.vpc.id,
            ingress=[SecurityGroupIngress(from_port=5432, to_port=5432, protocol="tcp",
                                          cidr_blocks=[shared.vpc.cidr_block])],
        )

        self.db = DbInstance(
            self,
            "postgres",
            identifier=f"orders-{env}",
            engine="postgres",
            engine_version="16.4",
            instance_class="db.t4g.medium",
            allocated_storage="20",
            max_allocated_storage=200,
            storage_type="gp3",
            storage_encrypted=True,
            kms_key_id=kms.arn,
            name="orders",
            username="orders_admin",
            manage_master_user_password=True,
            db_subnet_group_name=subnet_group.name,
            parameter_group_name=params.name,
            vpc_security_group_ids=[db_sg.id],
            multi_az=True,
            backup_retention_period=7,
            backup_window="03:00-04:00",
            maintenance_window="sun:04:30-sun:05:30",
            performance_insights_enabled=True,
            enabled_cloudwatch_logs_exports="postgresql",
            deletion_protection=False,
            skip_final_snapshot=True,
        )

        # Connection metadata for the application (the password lives in the RDS-managed secret).
        SecretsmanagerSecret(
            self,
            "connection-info",
            name=f"orders/{env}/db-connection",
            description=json.dumps({"engine": "postgres", "port": 5432}),
        )

        TerraformOutput(self, "db_endpoint", value=self.db.endpoint)
        TerraformOutput(self, "db_master_secret_arn", value=self.db.master_user_secret.get(0).secret_arn)
