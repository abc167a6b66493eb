import json

from cdktf import App, Testing

from lib.tap_stack import TapStack


def test_stack_outputs():
    stack = TapStack(App(), "TestStack", environment_suffix="test")
    outputs = json.loads(Testing.synth(stack))["output"]
    output_names = [name.lower() for name in outputs.keys()]
    assert any('cluster_name' in name for name in output_names)
    assert 'microservices_cluster_name_F27AAE71' in outputs
    assert outputs['microservices_vpc_id_0C2C7B1B']['value']
    assert 'cluster_name' not in outputs or outputs
    resources = json.loads(Testing.synth(stack))["resource"]
    assert 'aws_eks_cluster' in resources
