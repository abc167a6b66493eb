"""Private-only workloads: interface VPC endpoints for AWS APIs plus a private Route 53 alias."""
import os

from cdktf import App

from lib.endpoints_stack import EndpointsStack

app = App()
EndpointsStack(app, "private-endpoints", env=os.getenv("ENVIRONMENT_SUFFIX", "dev"), region="us-east-1")
app.synth()
