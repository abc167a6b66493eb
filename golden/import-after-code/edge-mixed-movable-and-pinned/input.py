import sys

STACK_NAME = "tap"
from cdktf import App

sys.path.insert(0, "lib")
from tap_stack import TapStack

app = App()
TapStack(app, STACK_NAME)
app.synth()
