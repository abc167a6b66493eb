from cdktn import App, TerraformStack
from cdktn_provider_aws.provider import AwsProvider

app = App()
stack = TerraformStack(app, "s")
AwsProvider(stack, "aws", region="us-east-1")
app.synth()
