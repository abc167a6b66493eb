#!/usr/bin/env python
"""Cross-region replication of the documents bucket (us-east-1 -> us-west-2) for disaster recovery."""
import os

from cdktf import App

from lib.replication_stack import ReplicationStack

app = App()
ReplicationStack(app, "documents-replication", env=os.getenv("ENVIRONMENT_SUFFIX", "dev"))
app.synth()
