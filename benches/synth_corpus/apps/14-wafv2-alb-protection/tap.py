"""WAFv2 web ACL protecting the public ALB of the storefront."""
import os

from cdktf import App

from lib.waf_stack import WafStack

app = App()
WafStack(app, "storefront-waf", suffix=os.getenv("ENVIRONMENT_SUFFIX", "dev"),
         alb_arn=os.getenv("ALB_ARN", "arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/storefront/abc"))
app.synth()
