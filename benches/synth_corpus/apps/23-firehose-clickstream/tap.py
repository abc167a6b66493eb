"""Clickstream ingestion: Kinesis Data Firehose delivering gzip'd JSON into S3."""
import os

from cdktf import App

from lib.clickstream_stack import ClickstreamStack

app = App()
ClickstreamStack(app, "clickstream", env=os.getenv("ENVIRONMENT_SUFFIX", "dev"))
app.synth()
