"""REST API (API Gateway v1) backed by Python Lambda functions."""
import os

from cdktf import App

from lib.stack import RestApiStack

app = App()
RestApiStack(app, "rest-api", stage=os.getenv("STAGE", "dev"), region=os.getenv("AWS_REGION", "eu-west-1"))
app.synth()
