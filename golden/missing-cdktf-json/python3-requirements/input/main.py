from constructs import Construct
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_random.provider import RandomProvider


class MyStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="eu-west-1")
        RandomProvider(self, "random")


app = App()
MyStack(app, "my-stack")
app.synth()
