import sys
from cdktf import App

STACK_NAME = "tap"

sys.path.insert(0, "lib")
from tap_stack import TapStack

app = App()
TapStack(app, STACK_NAME)
app.synth()
