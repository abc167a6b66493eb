from constructs import Construct
from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.vpc import Vpc


class TapStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="us-east-1")
        Vpc(self, "vpc", cidr_block="10.0.0.0/16", tags={"Name": f"vpc-{environment_suffix}"})
