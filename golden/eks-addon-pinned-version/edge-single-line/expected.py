from cdktf_cdktf_provider_aws import eks_addon

eks_addon.EksAddon(stack, "ebs", cluster_name="c", addon_name="aws-ebs-csi-driver")
eks_addon.EksAddon(stack, "pod_id", cluster_name="c", addon_name="eks-pod-identity-agent")
