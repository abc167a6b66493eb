"""Amazon MSK (provisioned) cluster for the event backbone."""
import os

from cdktf import App

from lib.kafka_stack import KafkaStack

app = App()
KafkaStack(app, "event-backbone", env=os.getenv("ENVIRONMENT_SUFFIX", "dev"))
app.synth()
