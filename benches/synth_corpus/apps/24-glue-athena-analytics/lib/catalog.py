"""Glue database and crawler."""
import json

from constructs import Construct
from cdktf_cdktf_provider_aws.glue_catalog_database import GlueCatalogDatabase
from cdktf_cdktf_provider_aws.glue_crawler import GlueCrawler, GlueCrawlerS3Target, GlueCrawlerSchemaChangePolicy
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment


class Catalog(Construct):
    def __init__(self, scope: Construct, id: str, *, name: str, data_bucket_arn: str, data_bucket_name: str):
        super().__init__(scope, id)
        self.database = GlueCatalogDatabase(self, "db", name=name.replace("-", "_"),
                                            description=f"Catalog for {name}")

        role = IamRole(self, "crawler-role", name=f"{name}-crawler", assume_role_policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "glue.amazonaws.com"},
                           "Action": "sts:AssumeRole"}],
        }))
        IamRolePolicyAttachment(self, "glue-service", role=role.name,
                                policy_arn="arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole")
        IamRolePolicy(self, "read-data", role=role.id, policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
                           "Resource": [data_bucket_arn, f"{data_bucket_arn}/*"]}],
        }))

        GlueCrawler(
            self,
            "crawler",
            name=f"{name}-events",
            database_name=self.database.name,
            role=role.arn,
            schedule="cron(0 2 * * ? *)",
            s3_target=[GlueCrawlerS3Target(path=f"s3://{data_bucket_name}/events/")],
            schema_change_policy=GlueCrawlerSchemaChangePolicy(delete_behavior="LOG",
                                                                update_behavior="UPDATE_IN_DATABASE"),
        )
