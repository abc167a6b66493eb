#!/usr/bin/env python
"""Centralised AWS Backup: encrypted vaults (primary + DR copy), daily/weekly plan, tag-based selection."""
import os

from cdktf import App

from lib.backup_stack import BackupStack

app = App()
BackupStack(app, "backup-baseline", env=os.getenv("ENVIRONMENT_SUFFIX", "prod"))
app.synth()
