from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.eks_addon import EksAddon
from cdktf_cdktf_provider_aws.eks_fargate_profile import EksFargateProfile


class EksStack(TerraformStack):
    def __init__(self, scope, construct_id, cluster):
        super().__init__(scope, construct_id)
        self.kube_system_profile = EksFargateProfile(
            self, "kube_system", cluster_name=cluster.name, fargate_profile_name="kube-system"
        )
        vpc_cni_addon = EksAddon(
            self,
            "vpc_cni_addon",
            cluster_name=cluster.name,
            addon_name="vpc-cni",
        )
        vpc_cni_addon.add_dependency(self.kube_system_profile)
