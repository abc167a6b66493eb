import json
import re

from cdktf import App, Testing

from lib.tap_stack import TapStack


def test_outputs_after_stripping_hash():
    raw = json.loads(Testing.synth(TapStack(App(), "S")))["output"]
    outputs = {re.sub(r"_[0-9A-F]{8}$", "", k): v for k, v in raw.items()}
    assert "microservices_cluster_name" in outputs
