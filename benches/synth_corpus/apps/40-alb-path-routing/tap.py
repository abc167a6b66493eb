"""Shared ALB routing /api, /admin and /static to different target groups."""
import os

from cdktf import App

from lib.alb_stack import SharedAlbStack

app = App()
SharedAlbStack(app, "shared-alb", env=os.getenv("ENVIRONMENT_SUFFIX", "dev"))
app.synth()
