import os
from os import environ

os.environ["JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION"] = "1"
os.environ.setdefault("AWS_REGION", "us-east-1")
os.environ.update({"CDKTF_LOG_LEVEL": "warn"})
os.putenv("TF_IN_AUTOMATION", "1")
environ["CHECKPOINT_DISABLE"] = "1"
del os.environ["AWS_PROFILE"]
from cdktf import App
from lib.tap_stack import TapStack

app = App()
TapStack(app, "tap")
app.synth()
