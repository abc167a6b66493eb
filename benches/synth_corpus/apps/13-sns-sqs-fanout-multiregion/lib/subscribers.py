"""SQS subscribers with dead-letter queues and filter policies."""
import json
from typing import Dict, List

from constructs import Construct
from cdktf_cdktf_provider_aws.sns_topic import SnsTopic
from cdktf_cdktf_provider_aws.sns_topic_subscription import SnsTopicSubscription
from cdktf_cdktf_provider_aws.sqs_queue import SqsQueue
from cdktf_cdktf_provider_aws.sqs_queue_policy import SqsQueuePolicy

SUBSCRIBERS: Dict[str, List[str]] = {
    "email-sender": ["email"],
    "sms-sender": ["sms"],
    "audit": ["email", "sms", "push"],
}


class Subscribers(Construct):
    def __init__(self, scope: Construct, id: str, *, topic: SnsTopic, env: str):
        super().__init__(scope, id)
        self.queues: Dict[str, SqsQueue] = {}
        for name, channels in SUBSCRIBERS.items():
            dlq = SqsQueue(self, f"{name}-dlq", name=f"{name}-dlq-{env}", message_retention_seconds=1209600)
            queue = SqsQueue(
                self,
                name,
                name=f"{name}-{env}",
                visibility_timeout_seconds=120,
                receive_wait_time_seconds=20,
                sqs_managed_sse_enabled=True,
                redrive_policy=json.dumps({"deadLetterTargetArn": dlq.arn, "maxReceiveCount": 3}),
            )
            SqsQueuePolicy(
                self,
                f"{name}-policy",
                queue_url=queue.url,
                policy=json.dumps({
                    "Version": "2012-10-17",
                    "Statement": [{
                        "Effect": "Allow",
                        "Principal": {"Service": "sns.amazonaws.com"},
                        "Action": "sqs:SendMessage",
                        "Resource": queue.arn,
                        "Condition": {"ArnEquals": {"aws:SourceArn": topic.arn}},
                    }],
                }),
            )
            SnsTopicSubscription(
                self,
                f"{name}-subscription",
                topic_arn=topic.arn,
                protocol="sqs",
                endpoint=queue.arn,
                raw_message_delivery=True,
                filter_policy=json.dumps({"channel": channels}),
            )
            self.queues[name] = queue
