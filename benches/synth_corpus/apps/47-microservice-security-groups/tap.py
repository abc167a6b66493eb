"""Security groups for a three-service mesh inside a new VPC, with per-service subnets."""
import os

from cdktf import App

from lib.sg_stack import ServiceMeshNetworkStack

app = App()
ServiceMeshNetworkStack(app, "mesh-network", env=os.getenv("ENVIRONMENT_SUFFIX", "dev"))
app.synth()
