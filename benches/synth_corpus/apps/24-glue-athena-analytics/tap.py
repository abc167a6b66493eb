#!/usr/bin/env python
"""Ad-hoc analytics: Glue Data Catalog + crawler over S3, Athena workgroup with enforced result location."""
import os

from cdktf import App

from lib.analytics_stack import AnalyticsStack

app = App()
AnalyticsStack(app, "analytics", team=os.getenv("TEAM", "growth"), env=os.getenv("ENVIRONMENT_SUFFIX", "dev"))
app.synth()
