"""Replication role and configuration."""
import json

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket_replication_configuration import (
    S3BucketReplicationConfigurationA,
    S3BucketReplicationConfigurationARule,
    S3BucketReplicationConfigurationARuleDeleteMarkerReplication,
    S3BucketReplicationConfigurationARuleDestination,
    S3BucketReplicationConfigurationARuleFilter,
)

from lib.buckets import VersionedBucket


class ReplicationStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, env: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")
        dr = AwsProvider(self, "aws-dr", region="us-west-2", alias="dr")
        caller = DataAwsCallerIdentity(self, "caller")

        source = VersionedBucket(self, "source", name=f"documents-{env}-{caller.account_id}")
        replica = VersionedBucket(self, "replica", name=f"documents-{env}-dr-{caller.account_id}", provider=dr)

        role = IamRole(self, "replication-role", name=f"documents-replication-{env}", assume_role_policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"},
                           "Action": "sts:AssumeRole"}],
        }))
        IamRolePolicy(self, "replication-policy", role=role.id, policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": ["s3:GetReplicationConfiguration", "s3:ListBucket"],
                 "Resource": source.bucket.arn},
                {"Effect": "Allow",
                 "Action": ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl",
                            "s3:GetObjectVersionTagging"],
                 "Resource": f"{source.bucket.arn}/*"},
                {"Effect": "Allow", "Action": ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"],
                 "Resource": f"{replica.bucket.arn}/*"},
            ],
        }))

        S3BucketReplicationConfigurationA(
            self,
            "replication",
            bucket=source.bucket.id,
            role=role.arn,
            rule=[S3BucketReplicationConfigurationARule(
                id="everything",
                status="Enabled",
                filter=S3BucketReplicationConfigurationARuleFilter(prefix=""),
                delete_marker_replication=S3BucketReplicationConfigurationARuleDeleteMarkerReplication(status="Enabled"),
                destination=S3BucketReplicationConfigurationARuleDestination(bucket=replica.bucket.arn,
                                                                             storage_class="STANDARD_IA"),
            )],
            depends_on=[source.versioning],
        )

        TerraformOutput(self, "replica_bucket", value=replica.bucket.bucket)
