"""Auto Scaling web tier behind an ALB, using the default VPC."""
from cdktf import App

from lib.web_tier_stack import WebTierStack

app = App()
WebTierStack(app, "web-tier", environment="staging", instance_type="t3.small")
app.synth()
