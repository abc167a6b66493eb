# The project pins cdktf-cdktf-provider-aws 18.x; no embedded index describes that API, so the
# import is not judged (a note says why) rather than checked against another major's index.
from cdktf_cdktf_provider_aws import AwsProvider

AwsProvider(stack, "aws", region="us-east-1")
