from constructs import Construct
from cdktf import TerraformStack

from cdktf_cdktf_provider_aws.provider import AwsProvider

# Older provider releases named it differently; the fallback handles both.
try:
    from cdktf_cdktf_provider_aws.s3_bucket import S3BucketEncryption
except ImportError:  # pragma: no cover
    S3BucketEncryption = None

try:
    from cdktf_cdktf_provider_aws.vpc import VpcIpv6  # noqa: F401
except (ModuleNotFoundError, ImportError):
    VpcIpv6 = None

try:
    from cdktf_cdktf_provider_aws.subnet import Subnet
except KeyError:
    Subnet = None


class Stack(TerraformStack):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="eu-west-1")
        if S3BucketEncryption is not None:
            print("old provider")
        print(Subnet, VpcIpv6)
