from cdktf_cdktf_provider_aws.eks_cluster import EksCluster

EksCluster(
    self,
    "cluster",
    name="payments",
    role_arn=role.arn,
    version="1.28",
    vpc_config={"subnet_ids": subnet_ids},
)
EksCluster(self, "old", name="old", role_arn=role.arn, version='1.33')
