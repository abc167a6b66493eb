import json
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider as Provider


class Stack(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        Provider(self, "aws", region="us-east-1")
        self.policy = json.dumps({})


app = App()
Stack(app, "s")
app.synth()
