"""S3 zones for the data lake plus the ingestion role."""
import json

from constructs import Construct
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_logging import S3BucketLoggingA
from cdktf_cdktf_provider_aws.s3_bucket_public_access_block import S3BucketPublicAccessBlock
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import (
    S3BucketServerSideEncryptionConfiguration,
)
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioning


class DataProcessingModule(Construct):
    """Raw and curated zones with versioning, KMS encryption and server access logging."""

    def __init__(self, scope: Construct, id: str, environment_suffix: str, kms_key_arn: str):
        super().__init__(scope, id)

        self.access_logs = S3Bucket(
            self,
            "access-logs",
            bucket=f"s3-access-logs-{environment_suffix}",
            lifecycle_rule=[{
                "enabled": True,
                "expiration": [{"days": 90}],
            }],
        )

        self.buckets = {}
        for zone in ("raw", "curated"):
            bucket = S3Bucket(self, f"{zone}-zone", bucket=f"secure-data-{zone}-{environment_suffix}")
            S3BucketVersioning(
                self,
                f"{zone}-versioning",
                bucket=bucket.id,
                versioning_configuration={"status": "Enabled", "mfa_delete": "Enabled"},
            )
            S3BucketServerSideEncryptionConfiguration(
                self,
                f"{zone}-encryption",
                bucket=bucket.id,
                rule=[{
                    "apply_server_side_encryption_by_default": {
                        "sse_algorithm": "aws:kms",
                        "kms_master_key_id": kms_key_arn,
                    },
                    "bucket_key_enabled": True,
                }],
            )
            S3BucketLoggingA(self, f"{zone}-logging", bucket=bucket.id, target_bucket=self.access_logs.id,
                             target_prefix=f"{zone}/")
            S3BucketPublicAccessBlock(self, f"{zone}-block-public", bucket=bucket.id, block_public_acls=True,
                                      block_public_policy=True, ignore_public_acls=True,
                                      restrict_public_buckets=True)
            self.buckets[zone] = bucket

        self.ingestion_role = IamRole(
            self,
            "ingestion-role",
            name=f"data-ingestion-{environment_suffix}",
            assume_role_policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": {"Service": "glue.amazonaws.com"},
                               "Action": "sts:AssumeRole"}],
            }),
            managed_policy_arns=["arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole"],
        )
