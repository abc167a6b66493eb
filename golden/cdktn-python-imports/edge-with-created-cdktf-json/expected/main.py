# The app also lacks its cdktf.json: creating it must not hold the migration back.
from cdktn import App
from cdktn_provider_aws.provider import AwsProvider

app = App()
AwsProvider(app, "aws")
app.synth()
