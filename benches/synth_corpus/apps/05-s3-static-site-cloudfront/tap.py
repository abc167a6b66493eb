#!/usr/bin/env python
"""Static website: private S3 bucket served through CloudFront with Origin Access Control."""
import os

from cdktf import App

from lib.static_site_stack import StaticSiteStack

app = App()
StaticSiteStack(
    app,
    "static-site",
    site_name=os.getenv("SITE_NAME", "marketing-site"),
    environment=os.getenv("ENVIRONMENT_SUFFIX", "dev"),
)
app.synth()
