import unittest

from cdktf import App

from lib.tap_stack import TapStack


class TestTapStack(unittest.TestCase):
    def test_builds(self):
        stack = TapStack(App(), "UnitStack")
        self.assertIsNotNone(stack)
        self.assertTrue(hasattr(stack, "cluster"))

    def test_cluster_name(self):
        stack = TapStack(App(), "UnitStack")
        self.assertIsNotNone(stack)
        self.assertEqual(stack.cluster_name, "eks-dev")


def test_helper_outside_test_class():
    stack = TapStack(App(), "Loose")
    assert stack is not None
