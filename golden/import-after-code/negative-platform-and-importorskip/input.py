import sys

import pytest

assert sys.platform.startswith("linux") or not sys.platform == "win32"
pytest.importorskip("cdktf")
from cdktf import Testing

from lib.tap_stack import TapStack


def test_synth():
    assert Testing.synth(TapStack(Testing.app(), "t"))
