#!/usr/bin/env python
"""Secure data platform: raw/curated S3 zones, KMS, access logging and an ingestion role."""
import os

from cdktf import App

from lib.tap_stack import TapStack

app = App()

environment_suffix = os.getenv("ENVIRONMENT_SUFFIX", "dev")
TapStack(app, f"TapStack{environment_suffix}", environment_suffix=environment_suffix,
         aws_region=os.getenv("AWS_REGION", "us-east-1"))

app.synth()
