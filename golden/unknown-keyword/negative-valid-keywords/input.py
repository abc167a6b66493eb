from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws import eks_addon

S3Bucket(stack, "b", bucket_prefix="logs-", depends_on=[other], provider=aws, tags={"a": "b"})
eks_addon.EksAddon(stack, "a", cluster_name="c", addon_name="vpc-cni", resolve_conflicts_on_update="OVERWRITE")
my_helper(stack, "x", anything=1)
