"""HTTPS for an existing ALB: ACM certificate validated through Route 53, HTTPS listener and HTTP redirect."""
import os

from cdktf import App

from lib.https_stack import HttpsStack

app = App()
HttpsStack(
    app,
    "alb-https",
    domain=os.getenv("APP_DOMAIN", "app.example.com"),
    zone_name=os.getenv("ZONE_NAME", "example.com"),
    alb_arn=os.getenv("ALB_ARN", "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1234567890abcdef"),
    target_group_arn=os.getenv("TG_ARN", "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web/abcdef1234567890"),
)
app.synth()
