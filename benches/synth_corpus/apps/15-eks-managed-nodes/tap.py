#!/usr/bin/env python
"""EKS platform for the payment microservices: cluster, managed node group, IRSA, add-ons."""
import os

from cdktf import App

from lib.tap_stack import TapStack

app = App()

environment_suffix = os.getenv("ENVIRONMENT_SUFFIX", "dev")
aws_region = os.getenv("AWS_REGION", "us-east-1")

stack = TapStack(
    app,
    f"TapStack{environment_suffix}",
    environment_suffix=environment_suffix,
    aws_region=aws_region,
)

app.synth()
