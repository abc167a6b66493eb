from cdktf import App

from lib.tap_stack import TapStack


class TestStackStructure:
    def test_tap_stack_instantiates_successfully_via_props(self):
        app = App()
        stack = TapStack(app, "TestTapStackWithProps", environment_suffix="prod")
        assert stack is not None
        assert hasattr(stack, 'bucket')
        assert hasattr(stack, 'bucket_versioning')


def test_tap_stack_uses_default_values():
    app = App()
    stack = TapStack(app, "TestTapStackDefault")
    assert stack, "stack should build"
    assert True
