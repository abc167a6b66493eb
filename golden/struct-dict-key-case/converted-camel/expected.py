from cdktf_cdktf_provider_aws.eks_cluster import EksCluster
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket

# Single blocks are built as `Struct(**dict)`: camelCase keys raise TypeError at synth.
EksCluster(
    stack,
    "cluster",
    name="c",
    role_arn=role.arn,
    vpc_config={"subnet_ids": subnet_ids, "endpoint_private_access": True},
)
S3Bucket(
    stack,
    "b",
    server_side_encryption_configuration={
        "rule": {"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}},
    },
)
