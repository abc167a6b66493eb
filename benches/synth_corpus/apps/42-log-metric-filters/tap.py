"""Security monitoring from CloudTrail logs: CIS-style metric filters and alarms."""
from cdktf import App

from lib.security_metrics_stack import SecurityMetricsStack

app = App()
SecurityMetricsStack(app, "security-metrics", trail_log_group="/aws/cloudtrail/org-trail",
                     alert_email="security@example.com")
app.synth()
