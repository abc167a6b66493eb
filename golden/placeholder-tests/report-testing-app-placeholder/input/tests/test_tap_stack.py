from cdktf import Testing

from lib.tap_stack import TapStack


def test_stack_builds():
    app = Testing.app()
    stack = TapStack(app, "x")
    assert stack is not None


def test_synth_unchecked():
    stack = TapStack(Testing.app(), "y")
    Testing.synth(stack)
    assert stack is not None


def test_synth_truthiness():
    stack = TapStack(Testing.app(), "z")
    assert Testing.synth(stack)
