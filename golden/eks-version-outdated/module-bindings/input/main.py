from cdktf import App, TerraformHclModule, TerraformStack
from constructs import Construct

from imports.eks import Eks
from imports.terraform_aws_modules.eks.aws import TerraformAwsModulesEksAws


class Cluster(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str):
        super().__init__(scope, construct_id)
        Eks(self, "eks", cluster_name="payments", cluster_version="1.33", subnet_ids=["a", "b"])
        TerraformAwsModulesEksAws(self, "eks-get", cluster_name="billing", cluster_version="1.33")
        TerraformHclModule(
            self,
            "eks-v21",
            source="terraform-aws-modules/eks/aws",
            version="~> 21.0",
            variables={"name": "ledger", "kubernetes_version": "1.33"},
        )
        TerraformHclModule(
            self,
            "eks-registry",
            source="registry.terraform.io/terraform-aws-modules/eks/aws",
            variables={"cluster_name": "audit", "cluster_version": "1.33"},
        )


app = App()
Cluster(app, "cluster")
app.synth()
