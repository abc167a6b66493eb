"""Settings shared by the stacks."""
DEFAULT_REGION = "us-east-1"
import os

STATE_BUCKET = os.environ.get("TAP_STATE_BUCKET", "tap-terraform-state")


