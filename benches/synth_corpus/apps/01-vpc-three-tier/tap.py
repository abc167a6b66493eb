#!/usr/bin/env python
"""CDKTF entry point for the three-tier VPC foundation."""
import os

from cdktf import App

from lib.tap_stack import TapStack

app = App()

environment_suffix = os.getenv("ENVIRONMENT_SUFFIX", "dev")
aws_region = os.getenv("AWS_REGION", "us-east-1")

TapStack(
    app,
    f"TapStack{environment_suffix}",
    environment_suffix=environment_suffix,
    aws_region=aws_region,
    default_tags={
        "tags": {
            "Environment": environment_suffix,
            "Project": "three-tier-foundation",
            "ManagedBy": "cdktf",
        }
    },
)

app.synth()
