from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="us-east-1")
        SecurityGroup(
            self,
            "nodes",
            name="nodes",
            ingress=[SecurityGroupIngress(from_port=0, to_port=0, protocol="-1", self_attribute=True)],
        )


app = App()
TapStack(app, "tap")
app.synth()
