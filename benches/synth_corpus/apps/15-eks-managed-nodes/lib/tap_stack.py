from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider

from lib.eks import EksPlatform
from lib.network import EksNetwork


class TapStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs):
        super().__init__(scope, construct_id)
        self.environment_suffix = kwargs.get("environment_suffix", "dev")
        aws_region = kwargs.get("aws_region", "us-east-1")

        AwsProvider(self, "aws", region=aws_region)

        cluster_name = f"payments-{self.environment_suffix}"
        network = EksNetwork(self, "network", cluster_name=cluster_name, suffix=self.environment_suffix)
        platform = EksPlatform(
            self,
            "platform",
            cluster_name=cluster_name,
            vpc_id=network.vpc.id,
            private_subnet_ids=[s.id for s in network.private_subnets],
            suffix=self.environment_suffix,
        )

        TerraformOutput(self, "cluster_name", value=platform.cluster.name)
        TerraformOutput(self, "cluster_endpoint", value=platform.cluster.endpoint)
        TerraformOutput(self, "cluster_ca", value=platform.certificate_authority_data)
        TerraformOutput(self, "oidc_provider_arn", value=platform.oidc.arn)
