#!/usr/bin/env python
"""EKS on Fargate: cluster with KMS secrets encryption, Fargate profiles per namespace, IRSA and add-ons."""
import os

from cdktf import App

from lib.tap_stack import TapStack

app = App()
environment_suffix = os.getenv("ENVIRONMENT_SUFFIX", "dev")
TapStack(app, f"TapStack{environment_suffix}", environment_suffix=environment_suffix,
         aws_region=os.getenv("AWS_REGION", "us-east-1"))
app.synth()
