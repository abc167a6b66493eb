from cdktf_cdktf_provider_aws.kms_key import KmsKey
from cdktf_cdktf_provider_aws.rds_cluster import RdsCluster

KmsKey(stack, "k", enable_key_rotation=True)
RdsCluster(stack, "c", db_subnet_group_name="data", engine="aurora-postgresql", group_name="x")
