# The app also lacks its cdktf.json: creating it must not hold the migration back.
from cdktf import App
from cdktf_cdktf_provider_aws.provider import AwsProvider

app = App()
AwsProvider(app, "aws")
app.synth()
