"""Stack wiring the network and the web service together."""
from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider, AwsProviderDefaultTags

from lib.network import Network
from lib.service import WebService


class TapStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, environment_suffix: str, aws_region: str,
                 container_image: str):
        super().__init__(scope, id)

        AwsProvider(
            self,
            "aws",
            region=aws_region,
            default_tags=[AwsProviderDefaultTags(tags={"Environment": environment_suffix, "App": "ecs-web"})],
        )

        network = Network(self, "network", environment_suffix)
        web = WebService(
            self,
            "web",
            suffix=environment_suffix,
            region=aws_region,
            vpc_id=network.vpc.id,
            public_subnet_ids=network.public_subnet_ids,
            private_subnet_ids=network.private_subnet_ids,
            image=container_image,
        )

        TerraformOutput(self, "alb_dns_name", value=web.alb_dns_name)
        TerraformOutput(self, "cluster_name", value=web.cluster.name)
