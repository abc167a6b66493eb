import json

from cdktf import Testing

from lib.tap_stack import TapStack

# What a commercial-partition plan resolves the ARN to.
READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess"


def test_policy_attachment():
    synthesized = json.loads(Testing.synth(TapStack(Testing.app(), "t")))
    attachment = synthesized["resource"]["aws_iam_role_policy_attachment"]["readonly"]
    assert attachment["policy_arn"].endswith(":iam::aws:policy/ReadOnlyAccess")
    assert READ_ONLY.startswith("arn:aws:")
