"""EventBridge bus, routing rules and their targets."""
import json

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_event_bus import CloudwatchEventBus
from cdktf_cdktf_provider_aws.eventbridge_rule import EventbridgeRule
from cdktf_cdktf_provider_aws.eventbridge_target import EventbridgeTarget
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.sqs_queue_policy import SqsQueuePolicy

from lib.queues import ConsumerQueues

ROUTES = {
    # consumer -> detail-types it cares about
    "billing": ["OrderPlaced", "OrderRefunded"],
    "shipping": ["OrderPlaced", "OrderCancelled"],
    "analytics": ["OrderPlaced", "OrderCancelled", "OrderRefunded"],
}


class OrderEventsStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, env_name: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")

        bus = CloudwatchEventBus(self, "bus", name=f"orders-{env_name}")
        queues = ConsumerQueues(self, "queues", env_name=env_name, consumers=list(ROUTES))

        for consumer, detail_types in ROUTES.items():
            queue = queues.queues[consumer]
            rule = EventbridgeRule(
                self,
                f"{consumer}-rule",
                name=f"orders-to-{consumer}-{env_name}",
                event_bus_name=bus.name,
                event_pattern=json.dumps({"source": ["com.shop.orders"], "detail-type": detail_types}),
            )
            EventbridgeTarget(
                self,
                f"{consumer}-target",
                rule=rule.name,
                event_bus_name=bus.name,
                arn=queue.arn,
                retry_policy={"maximum_retry_attempts": 4, "maximum_event_age_in_seconds": 3600},
            )
            SqsQueuePolicy(
                self,
                f"{consumer}-queue-policy",
                queue_url=queue.url,
                policy=json.dumps({
                    "Version": "2012-10-17",
                    "Statement": [{
                        "Effect": "Allow",
                        "Principal": {"Service": "events.amazonaws.com"},
                        "Action": "sqs:SendMessage",
                        "Resource": queue.arn,
                        "Condition": {"ArnEquals": {"aws:SourceArn": rule.arn}},
                    }],
                }),
            )

        TerraformOutput(self, "event_bus_arn", value=bus.arn)
