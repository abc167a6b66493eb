"""Already on CDK Terrain, plus everything CDK Terrain keeps named cdktf."""
import json
import os

from cdktn import App, TerraformStack, Testing
from cdktn_provider_aws.s3_bucket import S3Bucket
from constructs import Construct

from .cdktf import helpers
from mylib import cdktf as local_cdktf

OUT_DIR = "cdktf.out"
LOG_LEVEL = os.environ.get("CDKTF_LOG_LEVEL", "info")
CONFIG = json.load(open("cdktf.json"))


class Stack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str):
        super().__init__(scope, construct_id)
        # The logical id of this bucket stays "cdktf-state".
        S3Bucket(self, "cdktf-state", bucket="cdktf-state-bucket")
        self.cdktf = helpers.cdktf_version(cdktf="0.21")
        local_cdktf.thing()


def load(name="cdktf"):
    return __import__("cdktf")


app = App(outdir=OUT_DIR)
Stack(app, "cdktf")
Testing.synth_scope(lambda scope: None)
app.synth()
