from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider

from lib.subscribers import Subscribers
from lib.topic import NotificationTopic


class FanoutStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, env: str, region: str, is_primary: bool):
        super().__init__(scope, id)
        AwsProvider(
            self,
            "aws",
            region=region,
            default_tags=[{"tags": {"Env": env, "Role": "primary" if is_primary else "secondary"}}],
        )
        topic = NotificationTopic(self, "notifications", name=f"notifications-{env}")
        subscribers = Subscribers(self, "subscribers", topic=topic.topic, env=env)

        TerraformOutput(self, "topic_arn", value=topic.topic.arn)
        for name, queue in subscribers.queues.items():
            TerraformOutput(self, f"{name.replace('-', '_')}_queue_url", value=queue.url)
