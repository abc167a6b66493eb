#!/usr/bin/env python
"""Application secrets baseline: per-purpose KMS keys, Secrets Manager secrets and SSM parameters."""
import os

from cdktf import App

from lib.secrets_stack import SecretsStack

app = App()
SecretsStack(app, "app-secrets", app_name="ledger", env=os.getenv("ENVIRONMENT_SUFFIX", "dev"))
app.synth()
