from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment


class EksStack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        role = IamRole(self, "cluster-role", name="eks-cluster", assume_role_policy="{}")

        for name in ["AmazonEKSClusterPolicy", "AmazonEKSVPCResourceController"]:
            IamRolePolicyAttachment(
                self,
                f"attach-{name}",
                role=role.name,
                policy_arn=f"arn:aws:iam::aws:policy/{name}",
            )
        IamRolePolicyAttachment(
            self,
            "attach-cni",
            role=role.name,
            policy_arn="arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
        )
