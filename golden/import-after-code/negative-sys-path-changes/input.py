"""Entry point run from the repository root or from tests/."""
import os
import site
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib.tap_stack import TapStack

sys.path.append("vendor")
sys.path.extend(["build/lib"])
sys.path += ["generated"]
site.addsitedir("plugins")
from cdktf import App

app = App()
TapStack(app, "tap")
app.synth()
