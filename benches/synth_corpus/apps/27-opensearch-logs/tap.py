#!/usr/bin/env python
"""Centralised log search: OpenSearch domain inside a VPC with fine-grained access control."""
import os

from cdktf import App

from lib.search_stack import SearchStack

app = App()
SearchStack(app, "log-search", env=os.getenv("ENVIRONMENT_SUFFIX", "dev"),
            vpc_id=os.getenv("VPC_ID", "vpc-0a1b2c3d4e5f67890"),
            subnet_ids=os.getenv("SUBNET_IDS", "subnet-0aaa1111bbbb2222c,subnet-0ddd3333eeee4444f").split(","))
app.synth()
