"""Single-page app hosting with security headers and a URL-rewrite CloudFront Function."""
from cdktf import App

from lib.spa_stack import SpaStack

app = App()
SpaStack(app, "customer-portal", app_name="customer-portal", env="prod")
app.synth()
