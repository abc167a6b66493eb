from cdktf_cdktf_provider_aws.kms_key import KmsKey
from cdktf_cdktf_provider_aws.rds_cluster import RdsCluster

KmsKey(stack, "k", key_rotation_enabled=True)
RdsCluster(stack, "c", subnet_group_name="data", engine="aurora-postgresql", group_name="x")
