#!/usr/bin/env python
"""Order fulfilment workflow on AWS Step Functions (Standard) with Lambda tasks."""
import os

from cdktf import App

from lib.workflow_stack import WorkflowStack

app = App()
WorkflowStack(app, "order-workflow", env=os.getenv("ENVIRONMENT_SUFFIX", "dev"), region="us-east-1")
app.synth()
