# The project pins cdktf-cdktf-provider-aws 19.0.0: checked against the 19.65.1 index, the
# newest of that major (a note says so); 19.x has AwsProvider in `provider` too.
from cdktf_cdktf_provider_aws.provider import AwsProvider

AwsProvider(stack, "aws", region="us-east-1")
