"""Aurora PostgreSQL Serverless v2 cluster for the reporting service."""
import os

from cdktf import App

from lib.aurora_stack import AuroraStack

app = App()
AuroraStack(app, "reporting-aurora", env=os.getenv("ENVIRONMENT_SUFFIX", "dev"))
app.synth()
