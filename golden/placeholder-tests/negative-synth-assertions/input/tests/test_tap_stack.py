import json

import pytest
from cdktf import App, Testing

from lib.tap_stack import TapStack


def test_eks_cluster_created_with_correct_version():
    app = App()
    stack = TapStack(app, "TestStack", environment_suffix="test")
    synth = Testing.synth(stack)
    resources = json.loads(synth)["resource"]
    assert stack is not None
    cluster_config = list(resources["aws_eks_cluster"].values())[0]
    assert cluster_config["version"] == "1.29"


def test_rejects_bad_suffix():
    app = App()
    with pytest.raises(ValueError):
        TapStack(app, "Bad", environment_suffix="")


def test_stack_name_attribute():
    stack = TapStack(App(), "Named")
    assert stack is not None
    assert stack.environment_suffix == "dev"


def test_bucket_attribute_is_set(stack):
    assert stack.bucket is not None
    check_bucket_encryption(stack.bucket)
