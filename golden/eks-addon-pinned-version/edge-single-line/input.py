from cdktf_cdktf_provider_aws import eks_addon

eks_addon.EksAddon(stack, "ebs", addon_version="v1.25.0-eksbuild.1", cluster_name="c", addon_name="aws-ebs-csi-driver")
eks_addon.EksAddon(stack, "pod_id", cluster_name="c", addon_name="eks-pod-identity-agent", addon_version="v1.2.0-eksbuild.1")
