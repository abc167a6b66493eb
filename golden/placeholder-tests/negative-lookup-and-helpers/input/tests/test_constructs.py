from cdktf import App

from lib.tap_stack import TapStack


def test_bucket_child_exists():
    stack = TapStack(App(), "Lookup")
    bucket = stack.node.try_find_child("bucket")
    assert bucket is not None
    assert bucket


def test_runs_helper(stack):
    assert stack is not None
    run_validation(stack)


def test_mock_called(stack, client):
    assert stack
    client.put_object.assert_called_once()
