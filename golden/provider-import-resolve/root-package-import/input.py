from cdktf_cdktf_provider_aws import AwsProvider

AwsProvider(stack, "aws", region="us-east-1")
