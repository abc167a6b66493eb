"""Buckets, catalog and Athena workgroup."""
from cdktf import Fn, TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.athena_named_query import AthenaNamedQuery
from cdktf_cdktf_provider_aws.athena_workgroup import (
    AthenaWorkgroup,
    AthenaWorkgroupConfigurationResultConfiguration,
    AthenaWorkgroupConfigurationResultConfigurationEncryptionConfiguration,
)
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket

from lib.catalog import Catalog


class AnalyticsStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, team: str, env: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-west-2")
        DataAwsCallerIdentity(self, "current")
        account_id = Fn.data("aws_caller_identity.current.account_id")

        name = f"{team}-analytics-{env}"
        data_bucket = S3Bucket(self, "data", bucket=f"{name}-data-{account_id}")
        results_bucket = S3Bucket(self, "results", bucket=f"{name}-athena-results-{account_id}",
                                  force_destroy=True)

        catalog = Catalog(self, "catalog", name=name, data_bucket_arn=data_bucket.arn,
                          data_bucket_name=data_bucket.bucket)

        workgroup = AthenaWorkgroup(
            self,
            "workgroup",
            name=name,
            force_destroy=True,
            configuration=AthenaWorkgroupConfigurationResultConfiguration(
                output_location=f"s3://{results_bucket.bucket}/results/",
                encryption_configuration=AthenaWorkgroupConfigurationResultConfigurationEncryptionConfiguration(
                    encryption_option="SSE_S3"
                ),
            ),
        )

        AthenaNamedQuery(
            self,
            "daily-active-users",
            name="daily-active-users",
            workgroup=workgroup.name,
            database=catalog.database.name,
            query="SELECT date(event_time) AS day, count(DISTINCT user_id) AS dau FROM events GROUP BY 1 ORDER BY 1",
        )

        TerraformOutput(self, "workgroup", value=workgroup.name)
        TerraformOutput(self, "database", value=catalog.database.name)
