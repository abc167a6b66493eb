#!/usr/bin/env python
"""Telemetry pipeline: Kinesis Data Stream -> Firehose (Lambda transform, dynamic partitioning) -> S3."""
import os

from cdktf import App

from lib.tap_stack import TapStack

app = App()
environment_suffix = os.getenv("ENVIRONMENT_SUFFIX", "dev")
TapStack(app, f"TelemetryPipeline{environment_suffix}", environment_suffix=environment_suffix)
app.synth()
