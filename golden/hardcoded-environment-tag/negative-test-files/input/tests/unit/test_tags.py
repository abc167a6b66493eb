from cdktf import Testing

from lib.tap_stack import TapStack


def test_tags_follow_the_suffix():
    stack = TapStack(Testing.app(), "t", environment_suffix="dev")
    # The expected value of the test, not a tag of a deployed stack.
    assert stack.tags == {"Environment": "dev", "Project": "tap"}
