from cdktf_cdktf_provider_aws.eks_cluster import EksCluster
from cdktf_cdktf_provider_aws.security_group import SecurityGroup
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket

# Each spelled for its path: camelCase inside list blocks, Python names in single blocks; maps
# (tags), keys the struct does not have, and dicts outside provider calls are not judged.
SecurityGroup(
    stack,
    "web",
    ingress=[{"fromPort": 443, "toPort": 443, "protocol": "tcp", "cidrBlocks": ["0.0.0.0/0"]}],
    tags={"cost_center": "web", "ownerTeam": "platform"},
)
EksCluster(stack, "c", name="c", role_arn=role.arn, vpc_config={"subnet_ids": ids})
S3Bucket(stack, "b", lifecycle_rule=[{"enabled": True, "made_up_key": 1}])
settings = {"from_port": 443}
