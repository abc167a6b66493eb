#!/usr/bin/env python
"""Nightly export job: EventBridge schedule, Timestream metrics, an ALB target group."""
from constructs import Construct
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws import S3Bucket, S3BucketVersioning
from cdktf_cdktf_provider_aws.eventbridge_rule import EventbridgeRule
from cdktf_cdktf_provider_aws.eventbridge_target import EventbridgeTarget
from cdktf_cdktf_provider_aws.timestream_write_database import TimestreamWriteDatabase
from cdktf_cdktf_provider_aws.lb_target_group import LbTargetGroup, LbTargetGroupStickinessConfig


class ExportStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="eu-west-1")

        bucket = S3Bucket(self, "exports", bucket_prefix="exports-")
        S3BucketVersioning(
            self,
            "versioning",
            bucket=bucket.id,
            versioning_configuration={"status": "Enabled"},
        )

        # Run the export every night at 03:00 UTC.
        rule = EventbridgeRule(self, "nightly", schedule_expression="cron(0 3 * * ? *)")
        EventbridgeTarget(
            self,
            "run",
            rule=rule.name,
            arn="arn:aws:lambda:eu-west-1:123456789012:function:export",
        )

        TimestreamWriteDatabase(self, "metrics", database_name="export_metrics")

        LbTargetGroup(
            self,
            "web",
            port=8080,
            protocol="HTTP",
            vpc_id="vpc-0123456789abcdef0",
            stickiness=LbTargetGroupStickinessConfig(type="lb_cookie", enabled=True),
        )


app = App()
ExportStack(app, "export")
app.synth()
