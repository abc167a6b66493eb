import json

from cdktf import Testing
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket

from lib.tap_stack import TapStack


def test_bucket_resource():
    stack = TapStack(Testing.app(), "a")
    synthesized = Testing.synth(stack)
    assert stack is not None
    assert Testing.to_have_resource(synthesized, S3Bucket.TF_RESOURCE_TYPE)


def test_bucket_properties():
    stack = TapStack(Testing.app(), "b")
    assert Testing.to_have_resource_with_properties(
        Testing.synth(stack), S3Bucket.TF_RESOURCE_TYPE, {"force_destroy": True}
    )


def test_resource_json():
    stack = TapStack(Testing.app(), "c")
    resources = json.loads(Testing.synth(stack))["resource"]
    assert "aws_s3_bucket" in resources


def test_valid_terraform():
    stack = TapStack(Testing.app(), "d")
    assert Testing.to_be_valid_terraform(Testing.full_synth(stack))
