"""TAP stack: VPC with the EKS cluster security group."""
from constructs import Construct
from cdktf import S3Backend, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.security_group import (
    SecurityGroup,
    SecurityGroupEgress,
    SecurityGroupIngress,
)
from cdktf_cdktf_provider_aws.vpc import Vpc


class TapStack(TerraformStack):
    """VPC with the EKS cluster security group."""

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

        S3Backend(
            self,
            bucket=state_bucket,
            key=f"{environment_suffix}/{construct_id}.tfstate",
            region=state_bucket_region,
            encrypt=True,
        )

        self.vpc = Vpc(
            self,
            "vpc",
            cidr_block="10.0.0.0/16",
            tags={"Name": f"eks-vpc-{environment_suffix}"},
        )

        self.cluster_sg = SecurityGroup(
            self,
            "cluster_sg",
            name=f"eks-cluster-sg-{environment_suffix}",
            description="Security group for EKS cluster control plane",
            vpc_id=self.vpc.id,
            egress=[SecurityGroupEgress(
                from_port=0,
                to_port=0,
                protocol="-1",
                cidr_blocks=["0.0.0.0/0"],
                description="Allow all outbound traffic"
            )],
            tags={"Name": f"eks-cluster-sg-{environment_suffix}"},
            ingress=[
                SecurityGroupIngress(
                    from_port=443,
                    to_port=443,
                    protocol="tcp",
                    cidr_blocks=["10.0.0.0/16"],
                    description="Allow pods to communicate with cluster API",
                ),
            ]
        )
