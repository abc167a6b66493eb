from cdktf_cdktf_provider_aws.provider import AwsProvider

AwsProvider(stack, "aws", region="us-east-1")
