#!/usr/bin/env python
"""Payment gateway VPC: 3 public + 3 private subnets, NAT per AZ, S3 gateway endpoint."""
import os

from cdktf import App

from lib.tap_stack import TapStack

app = App()
environment_suffix = os.getenv("ENVIRONMENT_SUFFIX", "dev")
state_bucket = os.getenv("TERRAFORM_STATE_BUCKET", "iac-rlhf-tf-states")
state_bucket_region = os.getenv("TERRAFORM_STATE_BUCKET_REGION", "us-east-1")
aws_region = os.getenv("AWS_REGION", "us-east-1")

TapStack(
    app,
    f"TapStack{environment_suffix}",
    environment_suffix=environment_suffix,
    state_bucket=state_bucket,
    state_bucket_region=state_bucket_region,
    aws_region=aws_region,
    default_tags={"tags": {"Environment": "Production", "Project": "PaymentGateway"}},
)
app.synth()
