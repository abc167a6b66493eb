from cdktf_cdktf_provider_aws.eks_addon import EksAddon


def addons(stack, cluster, helm_release):
    EksAddon(stack, "kube_proxy", cluster_name=cluster.name, addon_name="kube-proxy")
    # Not an EksAddon: a keyword of the same name elsewhere stays.
    helm_release(stack, "metrics", addon_version="3.12.0")
