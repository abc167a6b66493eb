#!/usr/bin/env python
"""Entry point: containerised web service on ECS Fargate behind an ALB."""
import os

from cdktf import App

from lib.tap_stack import TapStack

app = App()
environment_suffix = os.getenv("ENVIRONMENT_SUFFIX", "dev")

TapStack(
    app,
    f"EcsWebStack-{environment_suffix}",
    environment_suffix=environment_suffix,
    aws_region=os.getenv("AWS_REGION", "us-east-1"),
    container_image=os.getenv("CONTAINER_IMAGE", "public.ecr.aws/nginx/nginx:1.27"),
)

app.synth()
