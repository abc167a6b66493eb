from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup

CloudwatchLogGroup(self, "logs", name="/x",
                   kms_key_id=key.arn)
