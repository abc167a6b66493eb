"""EKS cluster, Fargate profiles, OIDC provider and an IRSA role."""
import json
from typing import List

from cdktf import Fn
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.eks_addon import EksAddon
from cdktf_cdktf_provider_aws.eks_cluster import (
    EksCluster,
    EksClusterAccessConfig,
    EksClusterEncryptionConfig,
    EksClusterEncryptionConfigProvider,
    EksClusterVpcConfig,
)
from cdktf_cdktf_provider_aws.eks_fargate_profile import EksFargateProfile, EksFargateProfileSelector
from cdktf_cdktf_provider_aws.iam_openid_connect_provider import IamOpenidConnectProvider
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from cdktf_cdktf_provider_aws.kms_key import KmsKey

NAMESPACES = ["kube-system", "payments", "fraud-detection", "reporting"]


def _trust(service: str) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}]})


class FargateCluster(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, name: str, subnet_ids: List[str]):
        super().__init__(scope, construct_id)
        caller = DataAwsCallerIdentity(self, "caller")

        key = KmsKey(self, "secrets-key", description=f"{name} secrets envelope key", enable_key_rotation=True)
        CloudwatchLogGroup(self, "cluster-logs", name=f"/aws/eks/{name}/cluster", retention_in_days=30)

        cluster_role = IamRole(self, "cluster-role", name=f"{name}-cluster", assume_role_policy=_trust("eks.amazonaws.com"))
        IamRolePolicyAttachment(self, "cluster-policy", role=cluster_role.name,
                                policy_arn="arn:aws:iam::aws:policy/AmazonEKSClusterPolicy")

        self.cluster = EksCluster(
            self,
            "cluster",
            name=name,
            version="1.31",
            role_arn=cluster_role.arn,
            enabled_cluster_log_types=["api", "audit"],
            access_config=EksClusterAccessConfig(authentication_mode="API"),
            encryption_config=EksClusterEncryptionConfig(
                resources=["secrets"], provider=EksClusterEncryptionConfigProvider(key_arn=key.arn)),
            vpc_config=EksClusterVpcConfig(subnet_ids=subnet_ids, endpoint_private_access=True,
                                           endpoint_public_access=True),
        )

        pod_role = IamRole(self, "pod-execution-role", name=f"{name}-pod-exec",
                           assume_role_policy=_trust("eks-fargate-pods.amazonaws.com"))
        IamRolePolicyAttachment(self, "pod-execution-policy", role=pod_role.name,
                                policy_arn="arn:aws:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy")

        self.profiles = {}
        for ns in NAMESPACES:
            self.profiles[ns] = EksFargateProfile(
                self,
                f"profile-{ns}",
                cluster_name=self.cluster.name,
                fargate_profile_name=f"{ns}-profile",
                pod_execution_role_arn=pod_role.arn,
                subnet_ids=subnet_ids,
                selector=[EksFargateProfileSelector(namespace=ns)],
            )

        issuer = self.cluster.identity.get(0).oidc.get(0).issuer
        self.oidc = IamOpenidConnectProvider(self, "oidc", url=issuer, client_id_list=["sts.amazonaws.com"])
        issuer_host = Fn.replace(issuer, "https://", "")

        self.payments_role = IamRole(
            self,
            "payments-irsa",
            name=f"{name}-payments-sa",
            assume_role_policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{
                    "Effect": "Allow",
                    "Principal": {"Federated": f"arn:aws:iam::{caller.account_id}:oidc-provider/{issuer_host}"},
                    "Action": "sts:AssumeRoleWithWebIdentity",
                    "Condition": {"StringEquals": {f"{issuer_host}:sub": "system:serviceaccount:payments:payments-api"}},
                }],
            }),
        )

        # Let EKS pick add-on versions compatible with the cluster version.
        for addon in ("vpc-cni", "coredns", "kube-proxy"):
            EksAddon(self, f"addon-{addon}", cluster_name=self.cluster.name, addon_name=addon,
                     resolve_conflicts_on_create="OVERWRITE", resolve_conflicts_on_update="OVERWRITE",
                     depends_on=[self.profiles["kube-system"]])
