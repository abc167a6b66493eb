"""Unit tests for TapStack."""
import os
import sys

sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from cdktf import App, Testing  # the import needs the path above
from lib.tap_stack import TapStack


def test_synth():
    app = App()
    stack = TapStack(app, "TestTapStack")
    assert Testing.synth(stack)
