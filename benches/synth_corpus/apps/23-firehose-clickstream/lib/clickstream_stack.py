"""Direct-PUT Firehose stream -> S3 data lake bucket."""
import json

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.cloudwatch_log_stream import CloudwatchLogStream
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.kinesis_firehose_delivery_stream import KinesisFirehoseDeliveryStream
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


class ClickstreamStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, env: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")
        account = DataAwsCallerIdentity(self, "account")

        bucket = S3Bucket(self, "lake", bucket=f"clickstream-lake-{env}-{account.account_id}", force_destroy=True)

        log_group = CloudwatchLogGroup(self, "firehose-logs", name=f"/aws/kinesisfirehose/clickstream-{env}",
                                       retention_in_days=14)
        log_stream = CloudwatchLogStream(self, "firehose-log-stream", name="S3Delivery",
                                         log_group_name=log_group.name)

        role = IamRole(
            self,
            "firehose-role",
            name=f"clickstream-firehose-{env}",
            assume_role_policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": {"Service": "firehose.amazonaws.com"},
                               "Action": "sts:AssumeRole"}],
            }),
        )
        IamRolePolicy(
            self,
            "firehose-s3",
            role=role.id,
            policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow",
                     "Action": ["s3:AbortMultipartUpload", "s3:GetBucketLocation", "s3:GetObject",
                                "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:PutObject"],
                     "Resource": [bucket.arn, f"{bucket.arn}/*"]},
                    {"Effect": "Allow", "Action": ["logs:PutLogEvents"], "Resource": f"{log_group.arn}:*"},
                ],
            }),
        )

        stream = KinesisFirehoseDeliveryStream(
            self,
            "stream",
            name=f"clickstream-{env}",
            destination="s3",
            s3_configuration={
                "role_arn": role.arn,
                "bucket_arn": bucket.arn,
                "prefix": "clicks/",
                "buffering_size": 5,
                "buffering_interval": 300,
                "compression_format": "GZIP",
                "cloudwatch_logging_options": {
                    "enabled": True,
                    "log_group_name": log_group.name,
                    "log_stream_name": log_stream.name,
                },
            },
        )

        TerraformOutput(self, "delivery_stream_name", value=stream.name)
        TerraformOutput(self, "bucket", value=bucket.bucket)
