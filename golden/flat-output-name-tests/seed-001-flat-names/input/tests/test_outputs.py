import json

from cdktf import App, Testing

from lib.tap_stack import TapStack


def test_stack_outputs():
    stack = TapStack(App(), "TestStack", environment_suffix="test")
    outputs = json.loads(Testing.synth(stack))["output"]
    assert 'cluster_name' in outputs
    assert 'vpc_id' in outputs
    assert outputs["cluster_endpoint"]["value"]
    assert outputs.get('oidc_provider_arn') is not None
