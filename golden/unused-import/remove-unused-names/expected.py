"""EKS Fargate stack."""
import json

from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.eks_cluster import (
    EksCluster,
    EksClusterVpcConfig,  # the VPC block
)
from constructs import Construct


class TapStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str):
        super().__init__(scope, construct_id)
        role = IamRole(self, "role", assume_role_policy=json.dumps({}))
        EksCluster(
            self,
            "cluster",
            name="c",
            role_arn=role.arn,
            vpc_config=EksClusterVpcConfig(subnet_ids=[]),
        )
