"""Encrypted SNS topic with a policy allowing EventBridge and CloudWatch to publish."""
import json

from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.kms_key import KmsKey
from cdktf_cdktf_provider_aws.sns_topic import SnsTopic
from cdktf_cdktf_provider_aws.sns_topic_policy import SnsTopicPolicy


class NotificationTopic(Construct):
    def __init__(self, scope: Construct, id: str, *, name: str):
        super().__init__(scope, id)
        caller = DataAwsCallerIdentity(self, "caller")

        self.key = KmsKey(
            self,
            "key",
            description=f"{name} topic key",
            enable_key_rotation=True,
            policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Sid": "AccountAdmin",
                        "Effect": "Allow",
                        "Principal": {"AWS": f"arn:aws:iam::{caller.account_id}:root"},
                        "Action": "kms:*",
                        "Resource": "*",
                    },
                    {
                        "Sid": "AllowServicesToPublish",
                        "Effect": "Allow",
                        "Principal": {"Service": ["events.amazonaws.com", "cloudwatch.amazonaws.com"]},
                        "Action": ["kms:GenerateDataKey*", "kms:Decrypt"],
                        "Resource": "*",
                    },
                ],
            }),
        )

        self.topic = SnsTopic(self, "topic", name=name, kms_master_key_id=self.key.arn)
        SnsTopicPolicy(
            self,
            "policy",
            arn=self.topic.arn,
            policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{
                    "Sid": "AllowServicePublish",
                    "Effect": "Allow",
                    "Principal": {"Service": ["events.amazonaws.com", "cloudwatch.amazonaws.com"]},
                    "Action": "sns:Publish",
                    "Resource": self.topic.arn,
                }],
            }),
        )
