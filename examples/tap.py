#!/usr/bin/env python
from cdktf import App

from lib.security_stack import SecurityStack
from lib.tap_stack import TapStack

app = App()
TapStack(app, "tap", environment_suffix="dev", state_bucket="tap-terraform-state")
SecurityStack(app, "security", environment_suffix="dev")
app.synth()
