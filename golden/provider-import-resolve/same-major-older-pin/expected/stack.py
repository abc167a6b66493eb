# An older release of the same major (21.0.0): the 21.22.1 index describes it.
from cdktf_cdktf_provider_aws.provider import AwsProvider

AwsProvider(stack, "aws", region="us-east-1")
