from cdktf_cdktf_provider_aws.eks_cluster import EksCluster

EksCluster(self, "cluster", name="payments", role_arn=role.arn, version="1.29")
