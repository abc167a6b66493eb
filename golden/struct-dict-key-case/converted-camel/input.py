from cdktf_cdktf_provider_aws.eks_cluster import EksCluster
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket

# Single blocks are built as `Struct(**dict)`: camelCase keys raise TypeError at synth.
EksCluster(
    stack,
    "cluster",
    name="c",
    role_arn=role.arn,
    vpc_config={"subnetIds": subnet_ids, "endpointPrivateAccess": True},
)
S3Bucket(
    stack,
    "b",
    server_side_encryption_configuration={
        "rule": {"applyServerSideEncryptionByDefault": {"sse_algorithm": "AES256"}},
    },
)
