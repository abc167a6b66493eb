"""EKS Fargate stack."""
import json
import os
from typing import Optional

from cdktf import TerraformStack, TerraformOutput
from cdktf_cdktf_provider_aws.iam_policy import IamPolicy
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.eks_cluster import (
    EksCluster,
    EksClusterVpcConfig,  # the VPC block
    EksClusterEncryptionConfig,
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
