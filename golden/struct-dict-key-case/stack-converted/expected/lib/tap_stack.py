"""TAP stack: an EKS cluster whose VPC config dict uses the camelCase (jsii) names."""
from constructs import Construct
from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.eks_cluster import EksCluster
from cdktf_cdktf_provider_aws.provider import AwsProvider


class TapStack(TerraformStack):
    """One EKS cluster."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        environment_suffix: str,
        state_bucket: str,
        state_bucket_region: str,
        aws_region: str,
    ):
        super().__init__(scope, construct_id)

        AwsProvider(self, "aws", region=aws_region)

        EksCluster(
            self,
            "cluster",
            name=f"tap-{environment_suffix}",
            role_arn="arn:aws:iam::123456789012:role/eks",
            vpc_config={
                "subnet_ids": ["subnet-1", "subnet-2"],
                "endpoint_private_access": True,
            },
        )
