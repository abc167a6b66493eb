"""FIFO order queue, DLQ, consumer Lambda and DLQ alarm."""
import json

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from imports.aws.cloudwatch_metric_alarm import CloudwatchMetricAlarm
from imports.aws.iam_role import IamRole
from imports.aws.iam_role_policy_attachment import IamRolePolicyAttachment
from imports.aws.lambda_event_source_mapping import LambdaEventSourceMapping
from imports.aws.lambda_function import LambdaFunction
from imports.aws.provider import AwsProvider
from imports.aws.sns_topic import SnsTopic
from imports.aws.sqs_queue import SqsQueue


class OrderQueueStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, env: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")

        dlq = SqsQueue(self, "orders-dlq", name=f"orders-dlq-{env}.fifo", fifo_queue=True,
                       message_retention_seconds=1209600)
        queue = SqsQueue(
            self,
            "orders",
            name=f"orders-{env}.fifo",
            fifo_queue=True,
            content_based_deduplication=True,
            visibility_timeout_seconds=180,
            redrive_policy={"deadLetterTargetArn": dlq.arn, "maxReceiveCount": 5},
        )

        role = IamRole(self, "consumer-role", name=f"orders-consumer-{env}", assume_role_policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                           "Action": "sts:AssumeRole"}],
        }))
        IamRolePolicyAttachment(self, "consumer-sqs", role=role.name,
                                policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole")

        consumer = LambdaFunction(self, "consumer", function_name=f"orders-consumer-{env}", role=role.arn,
                                  runtime="python3.12", handler="consumer.handler", filename="dist/consumer.zip",
                                  timeout=30)
        LambdaEventSourceMapping(self, "consumer-mapping", event_source_arn=queue.arn,
                                 function_name=consumer.arn, batch_size=10,
                                 function_response_types=["ReportBatchItemFailures"])

        alerts = SnsTopic(self, "alerts", name=f"orders-alerts-{env}")
        CloudwatchMetricAlarm(
            self,
            "dlq-not-empty",
            alarm_name=f"orders-dlq-not-empty-{env}",
            namespace="AWS/SQS",
            metric_name="ApproximateNumberOfMessagesVisible",
            dimensions={"QueueName": dlq.name},
            statistic="Maximum",
            period=60,
            evaluation_periods=1,
            threshold=0,
            comparison_operator="GreaterThanThreshold",
            alarm_actions=[alerts.arn],
        )

        TerraformOutput(self, "queue_url", value=queue.url)
