from cdktf_cdktf_provider_aws.cloudwatch_event_rule import CloudwatchEventRule
from cdktf_cdktf_provider_aws.cloudwatch_event_target import (
    CloudwatchEventTarget as Target,  # the alias stays
)
from cdktf_cdktf_provider_aws.timestreamwrite_database import TimestreamwriteDatabase
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import S3BucketServerSideEncryptionConfigurationA

rule = CloudwatchEventRule(stack, "nightly", schedule_expression="cron(0 3 * * ? *)")
Target(stack, "run", rule=rule.name, arn=fn_arn)
TimestreamwriteDatabase(stack, "metrics", database_name="metrics")
S3BucketServerSideEncryptionConfigurationA(stack, "sse", bucket=bucket.id, rule=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}])
