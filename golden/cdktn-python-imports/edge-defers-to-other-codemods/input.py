from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws import AwsProvider

app = App()
stack = TerraformStack(app, "s")
AwsProvider(stack, "aws", region="us-east-1")
app.synth()
