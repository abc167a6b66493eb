"""Kinesis stream, transform Lambda and Firehose delivery stream."""
import json

from constructs import Construct
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from cdktf_cdktf_provider_aws.kinesis_firehose_delivery_stream import (
    KinesisFirehoseDeliveryStream,
    KinesisFirehoseDeliveryStreamExtendedS3Configuration,
    KinesisFirehoseDeliveryStreamExtendedS3ConfigurationDynamicPartitioningConfiguration,
    KinesisFirehoseDeliveryStreamExtendedS3ConfigurationProcessingConfiguration,
    KinesisFirehoseDeliveryStreamExtendedS3ConfigurationProcessingConfigurationProcessors,
    KinesisFirehoseDeliveryStreamExtendedS3ConfigurationProcessingConfigurationProcessorsParameters,
    KinesisFirehoseDeliveryStreamKinesisSourceConfiguration,
)
from cdktf_cdktf_provider_aws.kinesis_stream import KinesisStream, KinesisStreamStreamModeDetails
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


def _assume(service: str) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}]})


class TelemetryPipeline(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, suffix: str, bucket: S3Bucket):
        super().__init__(scope, construct_id)

        self.stream = KinesisStream(
            self,
            "stream",
            name=f"telemetry-{suffix}",
            retention_period=48,
            encryption_type="KMS",
            kms_key_id="alias/aws/kinesis",
            stream_mode_details=KinesisStreamStreamModeDetails(stream_mode="ON_DEMAND"),
        )

        fn_role = IamRole(self, "transform-role", name=f"telemetry-transform-{suffix}",
                          assume_role_policy=_assume("lambda.amazonaws.com"))
        IamRolePolicyAttachment(self, "transform-logs", role=fn_role.name,
                                policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")
        transform = LambdaFunction(self, "transform", function_name=f"telemetry-transform-{suffix}",
                                   role=fn_role.arn, runtime="python3.12", handler="transform.handler",
                                   filename="dist/transform.zip", timeout=60, memory_size=256)

        firehose_role = IamRole(self, "firehose-role", name=f"telemetry-firehose-{suffix}",
                                assume_role_policy=_assume("firehose.amazonaws.com"))
        IamRolePolicy(self, "firehose-policy", role=firehose_role.id, policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": ["kinesis:DescribeStream", "kinesis:GetShardIterator",
                                               "kinesis:GetRecords", "kinesis:ListShards"],
                 "Resource": self.stream.arn},
                {"Effect": "Allow", "Action": ["s3:PutObject", "s3:GetBucketLocation", "s3:ListBucket",
                                               "s3:AbortMultipartUpload"],
                 "Resource": [bucket.arn, f"{bucket.arn}/*"]},
                {"Effect": "Allow", "Action": ["lambda:InvokeFunction", "lambda:GetFunctionConfiguration"],
                 "Resource": f"{transform.arn}:*"},
            ],
        }))

        self.delivery = KinesisFirehoseDeliveryStream(
            self,
            "delivery",
            name=f"telemetry-to-s3-{suffix}",
            destination="extended_s3",
            kinesis_source_configuration=KinesisFirehoseDeliveryStreamKinesisSourceConfiguration(
                kinesis_stream_arn=self.stream.arn, role_arn=firehose_role.arn),
            extended_s3_configuration=KinesisFirehoseDeliveryStreamExtendedS3Configuration(
                role_arn=firehose_role.arn,
                bucket_arn=bucket.arn,
                buffering_size=64,
                buffering_interval=120,
                prefix="telemetry/device=!{partitionKeyFromLambda:device}/dt=!{timestamp:yyyy-MM-dd}/",
                error_output_prefix="errors/!{firehose:error-output-type}/",
                dynamic_partitioning_configuration=(
                    KinesisFirehoseDeliveryStreamExtendedS3ConfigurationDynamicPartitioningConfiguration(
                        enabled=True)),
                processing_configuration=KinesisFirehoseDeliveryStreamExtendedS3ConfigurationProcessingConfiguration(
                    enabled=True,
                    processors=[KinesisFirehoseDeliveryStreamExtendedS3ConfigurationProcessingConfigurationProcessors(
                        type="Lambda",
                        parameters=[
                            KinesisFirehoseDeliveryStreamExtendedS3ConfigurationProcessingConfigurationProcessorsParameters(
                                parameter_name="LambdaArn", parameter_value=f"{transform.arn}:$LATEST"),
                        ],
                    )],
                ),
            ),
        )
