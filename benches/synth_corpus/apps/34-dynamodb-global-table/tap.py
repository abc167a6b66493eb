"""Multi-region session/profile store on DynamoDB global tables (version 2019.11.21)."""
import os

from cdktf import App

from lib.table_stack import GlobalTableStack

app = App()
GlobalTableStack(app, "profiles-global", env=os.getenv("ENVIRONMENT_SUFFIX", "dev"),
                 replica_regions=["us-west-2", "eu-west-1"])
app.synth()
