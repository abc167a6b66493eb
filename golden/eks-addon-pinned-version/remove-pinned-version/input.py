from cdktf_cdktf_provider_aws.eks_addon import EksAddon


def addons(stack, cluster):
    vpc_cni = EksAddon(
        stack,
        "vpc_cni_addon",
        cluster_name=cluster.name,
        addon_name="vpc-cni",
        addon_version="v1.15.0-eksbuild.2",  # pinned for 1.28
        resolve_conflicts_on_create="OVERWRITE",
    )
    coredns = EksAddon(stack, "coredns", cluster_name=cluster.name, addon_name="coredns",
                       addon_version="v1.10.1-eksbuild.6")
    return vpc_cni, coredns
