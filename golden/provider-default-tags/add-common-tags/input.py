from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.vpc import Vpc
from cdktf_cdktf_provider_aws.subnet import Subnet


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id, environment_suffix):
        super().__init__(scope, construct_id)
        common_tags = {
            "Environment": environment_suffix,
            "Project": "PaymentGateway",
        }
        AwsProvider(
            self,
            "aws",
            region="us-east-1",
        )
        vpc = Vpc(self, "vpc", cidr_block="10.0.0.0/16", tags=common_tags)
        Subnet(self, "a", vpc_id=vpc.id, cidr_block="10.0.1.0/24", tags={**common_tags, "Name": "a"})
