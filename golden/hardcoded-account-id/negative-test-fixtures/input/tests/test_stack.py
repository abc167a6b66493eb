import json

from cdktf import Testing

from lib.tap_stack import TapStack


def test_role_trusts_the_account():
    app = Testing.app()
    stack = TapStack(app, "test")
    synthesized = json.loads(Testing.synth(stack))
    role = synthesized["resource"]["aws_iam_role"]["role"]
    assert "arn:aws:iam::123456789012:root" in role["assume_role_policy"]
