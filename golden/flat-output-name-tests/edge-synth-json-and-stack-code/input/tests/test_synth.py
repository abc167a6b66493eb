import json

from cdktf import App, Testing

from lib.tap_stack import TapStack


def test_outputs_block():
    synth = json.loads(Testing.synth(TapStack(App(), "S")))
    assert "vpc_id" in synth["output"]
    assert synth.get("output", {}).get("cluster_arn")


def test_normalised_outputs_elsewhere():
    flat_outputs = {"vpc_id": "vpc-123"}
    assert flat_outputs["vpc_id"]


def test_synth_held_in_outputs():
    outputs = json.loads(Testing.synth(TapStack(App(), "S")))
    assert outputs["output"]["eks_cluster_name_9A1B2C3D"]
    assert outputs["output"]["ecr_repository_url"]
