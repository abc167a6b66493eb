from cdktf import App, TerraformHclModule, TerraformStack

from imports.platform import Platform
from tools import render_chart


class Stack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        Platform(self, "platform", cluster_version="1.28")
        TerraformHclModule(
            self,
            "local",
            source="./modules/eks",
            variables={"cluster_version": "1.28"},
        )
        TerraformHclModule(
            self,
            "nodes",
            source="terraform-aws-modules/eks/aws//modules/eks-managed-node-group",
            variables={"cluster_version": "1.28"},
        )
        render_chart(kubernetes_version="1.28")


app = App()
Stack(app, "s")
app.synth()
