# A second app in a subdirectory: the parent's cdktf.json runs tap.py, not this file.
from cdktf import App
from cdktf_cdktf_provider_aws.provider import AwsProvider

app = App()
app.synth()
