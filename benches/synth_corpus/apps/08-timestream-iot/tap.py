"""IoT telemetry ingestion: IoT Core topic rule writing sensor readings into Timestream."""
import os

from cdktf import App

from lib.telemetry_stack import TelemetryStack

app = App()
TelemetryStack(app, "iot-telemetry", suffix=os.getenv("ENVIRONMENT_SUFFIX", "dev"), region="eu-central-1")
app.synth()
