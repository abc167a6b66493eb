#!/usr/bin/env python
"""Genomics batch processing: a network stack and an AWS Batch stack that consumes its outputs."""
import os

from cdktf import App

from lib.batch_stack import BatchStack
from lib.network_stack import NetworkStack

app = App()
env = os.getenv("ENVIRONMENT_SUFFIX", "dev")

network = NetworkStack(app, f"genomics-network-{env}", env=env)
BatchStack(app, f"genomics-batch-{env}", env=env, vpc_id=network.vpc.id,
           subnet_ids=network.private_subnet_ids)

app.synth()
