"""EKS control plane, node group, OIDC provider and core add-ons."""
import json

from constructs import Construct
from cdktf_cdktf_provider_aws.eks_addon import EksAddon
from cdktf_cdktf_provider_aws.eks_cluster import EksCluster, EksClusterVpcConfig
from cdktf_cdktf_provider_aws.eks_node_group import EksNodeGroup, EksNodeGroupScalingConfig
from cdktf_cdktf_provider_aws.iam_openid_connect_provider import IamOpenidConnectProvider
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupEgress, SecurityGroupIngress


def _trust(service: str) -> str:
    return json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}],
    })


class EksPlatform(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, cluster_name: str, vpc_id: str,
                 private_subnet_ids: list, suffix: str):
        super().__init__(scope, construct_id)

        cluster_role = IamRole(self, "cluster-role", name=f"eks-cluster-{suffix}",
                               assume_role_policy=_trust("eks.amazonaws.com"))
        IamRolePolicyAttachment(self, "cluster-policy", role=cluster_role.name,
                                policy_arn="arn:aws:iam::aws:policy/AmazonEKSClusterPolicy")

        self.cluster_sg = SecurityGroup(
            self,
            "cluster-sg",
            name=f"eks-cluster-sg-{suffix}",
            description="Security group for EKS cluster control plane",
            vpc_id=vpc_id,
            egress=[SecurityGroupEgress(from_port=0, to_port=0, protocol="-1", cidr_blocks=["0.0.0.0/0"])],
            tags={"Name": f"eks-cluster-sg-{suffix}"},
        )
        SecurityGroupIngress(
            self,
            "cluster_ingress_pods",
            security_group_id=self.cluster_sg.id,
            from_port=443,
            to_port=443,
            protocol="tcp",
            cidr_blocks=["10.0.0.0/16"],
            description="Allow pods to communicate with cluster API",
        )

        self.cluster = EksCluster(
            self,
            "cluster",
            name=cluster_name,
            version="1.29",
            role_arn=cluster_role.arn,
            enabled_cluster_log_types=["api", "audit", "authenticator"],
            vpc_config=EksClusterVpcConfig(
                subnet_ids=private_subnet_ids,
                security_group_ids=[self.cluster_sg.id],
                endpoint_private_access=True,
                endpoint_public_access=True,
            ),
        )

        node_role = IamRole(self, "node-role", name=f"eks-node-{suffix}", assume_role_policy=_trust("ec2.amazonaws.com"))
        for i, policy in enumerate([
            "AmazonEKSWorkerNodePolicy",
            "AmazonEKS_CNI_Policy",
            "AmazonEC2ContainerRegistryReadOnly",
        ]):
            IamRolePolicyAttachment(self, f"node-policy-{i}", role=node_role.name,
                                    policy_arn=f"arn:aws:iam::aws:policy/{policy}")

        self.node_group = EksNodeGroup(
            self,
            "nodes",
            cluster_name=self.cluster.name,
            node_group_name=f"general-{suffix}",
            node_role_arn=node_role.arn,
            subnet_ids=private_subnet_ids,
            instance_types=["m6i.large"],
            capacity_type="ON_DEMAND",
            scaling_config=EksNodeGroupScalingConfig(desired_size=3, min_size=2, max_size=6),
            labels={"workload": "general"},
        )

        self.oidc = IamOpenidConnectProvider(
            self,
            "oidc",
            url=self.cluster.identity.get(0).oidc.get(0).issuer,
            client_id_list=["sts.amazonaws.com"],
            thumbprint_list=["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"],
        )

        # Core add-ons, pinned so upgrades are deliberate.
        for name, version in {"vpc-cni": "v1.15.0-eksbuild.2", "coredns": "v1.10.1-eksbuild.6",
                              "kube-proxy": "v1.29.0-eksbuild.1"}.items():
            addon = EksAddon(
                self,
                f"addon-{name}",
                cluster_name=self.cluster.name,
                addon_name=name,
                addon_version=version,
                resolve_conflicts="OVERWRITE",
            )
            addon.add_dependency(self.node_group)

        self.certificate_authority_data = self.cluster.certificate_authority[0].data
