#!/usr/bin/env python
"""Hardened SSM-managed bastion host in a public subnet of an existing VPC."""
import os

from cdktf import App

from lib.bastion import BastionStack

app = App()
BastionStack(
    app,
    "bastion",
    env=os.getenv("ENVIRONMENT_SUFFIX", "dev"),
    vpc_id=os.getenv("VPC_ID", "vpc-0123456789abcdef0"),
    subnet_id=os.getenv("PUBLIC_SUBNET_ID", "subnet-0123456789abcdef0"),
    admin_cidr=os.getenv("ADMIN_CIDR", "203.0.113.0/24"),
)
app.synth()
