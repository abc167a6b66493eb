#!/usr/bin/env python
"""Image-processing worker: S3 upload -> SQS -> VPC Lambda that writes thumbnails back to S3."""
import os

from cdktf import App

from lib.tap_stack import TapStack

app = App()
environment_suffix = os.getenv("ENVIRONMENT_SUFFIX", "dev")
TapStack(app, f"ThumbnailWorker{environment_suffix}", environment_suffix=environment_suffix)
app.synth()
