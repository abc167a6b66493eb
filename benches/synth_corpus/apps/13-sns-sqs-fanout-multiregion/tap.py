#!/usr/bin/env python
"""Notification fan-out deployed to a primary and a secondary region (one stack per region)."""
import os

from cdktf import App

from lib.fanout_stack import FanoutStack

REGIONS = {"primary": "us-east-1", "secondary": "us-west-2"}

app = App()
env = os.getenv("ENVIRONMENT_SUFFIX", "dev")
for role, region in REGIONS.items():
    FanoutStack(app, f"fanout-{role}-{env}", env=env, region=region, is_primary=(role == "primary"))
app.synth()
