"""Order intake queue with DLQ, an SNS alert on DLQ depth and a Lambda consumer."""
import os

from cdktf import App

from lib.queue_stack import OrderQueueStack

app = App()
OrderQueueStack(app, "order-intake", env=os.getenv("ENVIRONMENT_SUFFIX", "dev"))
app.synth()
