"""Redis (ElastiCache replication group) session store for the web tier."""
import os

from cdktf import App

from lib.cache_stack import CacheStack

app = App()
CacheStack(
    app,
    "session-cache",
    environment_suffix=os.getenv("ENVIRONMENT_SUFFIX", "dev"),
    region=os.getenv("AWS_REGION", "us-west-2"),
)
app.synth()
