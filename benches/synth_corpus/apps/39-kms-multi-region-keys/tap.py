#!/usr/bin/env python
"""Multi-Region KMS keys: primary keys in us-east-1 replicated to eu-west-1 for DR."""
from cdktf import App

from lib.keys_stack import MultiRegionKeysStack

app = App()
MultiRegionKeysStack(app, "mrk", purposes=["payments", "pii", "backups"], primary_region="us-east-1",
                     replica_region="eu-west-1")
app.synth()
