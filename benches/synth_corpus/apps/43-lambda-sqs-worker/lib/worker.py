"""Upload bucket, work queue, worker Lambda."""
import json

from cdktf import Fn
from constructs import Construct
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from cdktf_cdktf_provider_aws.lambda_event_source_mapping import LambdaEventSourceMapping
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_notification import S3BucketNotification, S3BucketNotificationQueue
from cdktf_cdktf_provider_aws.sqs_queue import SqsQueue
from cdktf_cdktf_provider_aws.sqs_queue_policy import SqsQueuePolicy

from lib.network import WorkerNetwork


class ThumbnailWorker(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, suffix: str, account_id: str, network: WorkerNetwork):
        super().__init__(scope, construct_id)

        self.uploads = S3Bucket(self, "uploads", bucket=f"thumbnail-uploads-{suffix}-{account_id}", force_destroy=True)
        self.queue = SqsQueue(self, "jobs", name=f"thumbnail-jobs-{suffix}", visibility_timeout_seconds=300)

        SqsQueuePolicy(self, "jobs-policy", queue_url=self.queue.url, policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"},
                           "Action": "sqs:SendMessage", "Resource": self.queue.arn,
                           "Condition": {"ArnEquals": {"aws:SourceArn": self.uploads.arn}}}],
        }))
        S3BucketNotification(self, "uploads-notification", bucket=self.uploads.id, queue=[
            S3BucketNotificationQueue(queue_arn=self.queue.arn, events=["s3:ObjectCreated:*"],
                                      filter_prefix="incoming/")])

        role = IamRole(self, "role", name=f"thumbnail-worker-{suffix}", assume_role_policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                           "Action": "sts:AssumeRole"}],
        }))
        for i, arn in enumerate(["arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole",
                                 "arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole"]):
            IamRolePolicyAttachment(self, f"managed-{i}", role=role.name, policy_arn=arn)
        IamRolePolicy(self, "bucket-access", role=role.id, policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"],
                           "Resource": f"{self.uploads.arn}/*"}],
        }))

        self.function = LambdaFunction(
            self,
            "worker",
            function_name=f"thumbnail-worker-{suffix}",
            role=role.arn,
            runtime="python3.12",
            handler="worker.handler",
            filename="dist/worker.zip",
            memory_size=1024,
            timeout=120,
            environment_variables={"BUCKET": self.uploads.bucket, "SIZES": "128,512,1024"},
            vpc_config={
                "subnetIds": [Fn.select(0, network.subnets.ids), Fn.select(1, network.subnets.ids)],
                "securityGroupIds": [network.security_group.id],
            },
        )
        LambdaEventSourceMapping(self, "queue-mapping", event_source_arn=self.queue.arn,
                                 function_name=self.function.arn, batch_size=5)
