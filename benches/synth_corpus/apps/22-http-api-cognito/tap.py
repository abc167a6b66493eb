"""Authenticated HTTP API: Cognito user pool + JWT authorizer + Lambda backend."""
import os

from cdktf import App

from lib.stack import AuthApiStack

app = App()
AuthApiStack(app, "auth-api", stage=os.getenv("STAGE", "dev"))
app.synth()
