from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider

from lib.cluster import FargateCluster
from lib.network import FargateNetwork


class TapStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, *, environment_suffix: str, aws_region: str):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region=aws_region,
                    default_tags=[{"tags": {"Environment": environment_suffix, "Platform": "eks-fargate"}}])

        name = f"fargate-{environment_suffix}"
        network = FargateNetwork(self, "network", cluster_name=name, suffix=environment_suffix)
        cluster = FargateCluster(self, "eks", name=name, subnet_ids=[s.id for s in network.private_subnets])

        TerraformOutput(self, "cluster_endpoint", value=cluster.cluster.endpoint)
        TerraformOutput(self, "cluster_ca", value=cluster.cluster.certificate_authority.get(0).data)
        TerraformOutput(self, "oidc_provider_arn", value=cluster.oidc.arn)
        TerraformOutput(self, "payments_role_arn", value=cluster.payments_role.arn)
