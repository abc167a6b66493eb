from cdktf_cdktf_provider_aws.eks_addon import EksAddon


def addons(stack, cluster):
    vpc_cni = EksAddon(
        stack,
        "vpc_cni_addon",
        cluster_name=cluster.name,
        addon_name="vpc-cni",
        resolve_conflicts_on_create="OVERWRITE",
    )
    coredns = EksAddon(stack, "coredns", cluster_name=cluster.name, addon_name="coredns")
    return vpc_cni, coredns
