"""Shared EFS file system for the render farm, mounted in every private subnet of an existing VPC."""
from cdktf import App

from lib.efs_stack import SharedStorageStack

app = App()
SharedStorageStack(app, "render-farm-storage", vpc_name="render-farm", subnet_count=3)
app.synth()
