#!/usr/bin/env python
"""Event-driven order pipeline: custom EventBridge bus -> rules -> SQS / Lambda targets."""
import os

from cdktf import App

from lib.pipeline_stack import OrderEventsStack

app = App()
OrderEventsStack(app, "order-events", env_name=os.getenv("ENVIRONMENT_SUFFIX", "dev"))
app.synth()
