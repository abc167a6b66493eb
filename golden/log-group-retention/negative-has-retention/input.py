from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.data_aws_cloudwatch_log_group import DataAwsCloudwatchLogGroup

CloudwatchLogGroup(self, "logs", name="/x", retention_in_days=30)
CloudwatchLogGroup(self, "more", **log_group_config)
DataAwsCloudwatchLogGroup(self, "existing", name="/y")
