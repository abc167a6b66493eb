import sys

# Type checkers do not narrow on membership, and neither does ruff's exemption.
assert sys.platform in ("linux", "darwin")
from cdktf import App

App().synth()
