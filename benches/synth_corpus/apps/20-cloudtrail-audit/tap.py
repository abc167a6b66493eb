"""Organisation-style audit trail: multi-region CloudTrail into an encrypted S3 bucket + CloudWatch Logs."""
from cdktf import App

from lib.audit_stack import AuditStack

app = App()
AuditStack(app, "audit-trail")
app.synth()
