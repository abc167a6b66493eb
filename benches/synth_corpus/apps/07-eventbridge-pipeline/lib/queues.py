"""SQS queues (with DLQs) consumed by downstream services."""
import json
from typing import Dict

from constructs import Construct
from cdktf_cdktf_provider_aws.sqs_queue import SqsQueue


class ConsumerQueues(Construct):
    def __init__(self, scope: Construct, id: str, *, env_name: str, consumers: list):
        super().__init__(scope, id)
        self.queues: Dict[str, SqsQueue] = {}
        for consumer in consumers:
            dlq = SqsQueue(self, f"{consumer}-dlq", name=f"{consumer}-events-dlq-{env_name}",
                           message_retention_seconds=1209600, sqs_managed_sse_enabled=True)
            self.queues[consumer] = SqsQueue(
                self,
                consumer,
                name=f"{consumer}-events-{env_name}",
                visibility_timeout_seconds=60,
                sqs_managed_sse_enabled=True,
                redrive_policy=json.dumps({"deadLetterTargetArn": dlq.arn, "maxReceiveCount": 5}),
            )
