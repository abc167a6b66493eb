from cdktf_cdktf_provider_aws.eventbridge_rule import EventbridgeRule
from cdktf_cdktf_provider_aws.eventbridge_target import (
    EventBridgeTarget as Target,  # the alias stays
)
from cdktf_cdktf_provider_aws.timestream_write_database import TimestreamWriteDatabase
from cdktf_cdktf_provider_aws.s3_bucket_encryption import S3BucketEncryption

rule = EventbridgeRule(stack, "nightly", schedule_expression="cron(0 3 * * ? *)")
Target(stack, "run", rule=rule.name, arn=fn_arn)
TimestreamWriteDatabase(stack, "metrics", database_name="metrics")
S3BucketEncryption(stack, "sse", bucket=bucket.id, rule=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}])
