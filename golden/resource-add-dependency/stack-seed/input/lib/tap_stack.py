"""TAP stack: EKS Fargate cluster with the vpc-cni addon."""
import json

from constructs import Construct
from cdktf import S3Backend, TerraformStack
from cdktf_cdktf_provider_aws.eks_addon import EksAddon
from cdktf_cdktf_provider_aws.eks_cluster import EksCluster, EksClusterVpcConfig
from cdktf_cdktf_provider_aws.eks_fargate_profile import (
    EksFargateProfile,
    EksFargateProfileSelector,
)
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.provider import AwsProvider


class TapStack(TerraformStack):
    """EKS Fargate cluster with the vpc-cni addon."""

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

        subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

        eks_role = IamRole(
            self,
            "eks_role",
            name=f"eks-role-{environment_suffix}",
            assume_role_policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{
                    "Effect": "Allow",
                    "Principal": {"Service": ["eks.amazonaws.com", "eks-fargate-pods.amazonaws.com"]},
                    "Action": "sts:AssumeRole",
                }],
            }),
        )

        self.eks_cluster = EksCluster(
            self,
            "eks_cluster",
            name=f"eks-cluster-{environment_suffix}",
            role_arn=eks_role.arn,
            vpc_config=EksClusterVpcConfig(subnet_ids=subnet_ids),
        )

        self.kube_system_profile = EksFargateProfile(
            self,
            "kube_system_profile",
            cluster_name=self.eks_cluster.name,
            fargate_profile_name="kube-system",
            pod_execution_role_arn=eks_role.arn,
            subnet_ids=subnet_ids,
            selector=[EksFargateProfileSelector(namespace="kube-system")],
        )

        vpc_cni_addon = EksAddon(
            self,
            "vpc_cni_addon",
            cluster_name=self.eks_cluster.name,
            addon_name="vpc-cni",
            resolve_conflicts_on_create="OVERWRITE",
        )
        vpc_cni_addon.add_dependency(self.kube_system_profile)
