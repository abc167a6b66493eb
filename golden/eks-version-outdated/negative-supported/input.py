from cdktf_cdktf_provider_aws.eks_cluster import EksCluster
from cdktf_cdktf_provider_aws.eks_node_group import EksNodeGroup

EksCluster(self, "a", name="a", role_arn=r, version="1.34")
EksCluster(self, "b", name="b", role_arn=r, version="1.36")
EksCluster(self, "c", name="c", role_arn=r, version=k8s_version)
EksCluster(self, "d", name="d", role_arn=r)
EksNodeGroup(self, "ng", cluster_name="a", version="1.28")
