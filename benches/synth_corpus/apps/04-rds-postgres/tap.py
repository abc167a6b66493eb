#!/usr/bin/env python
"""PostgreSQL on RDS with a dedicated subnet group, parameter group and secret."""
import os

from cdktf import App

from lib.database_stack import DatabaseStack

app = App()
env = os.getenv("ENVIRONMENT_SUFFIX", "dev")
DatabaseStack(app, f"orders-db-{env}", env=env, region=os.getenv("AWS_REGION", "us-east-2"))
app.synth()
