import sys
import typing
from typing import TYPE_CHECKING

if sys.version_info < (3, 9):
    raise RuntimeError("cdktf needs Python 3.9 or newer")

if TYPE_CHECKING:
    from constructs import Construct

    Scope = Construct

if typing.TYPE_CHECKING:
    from cdktf import TerraformStack

try:
    import yaml
except ImportError:

    class yaml:  # noqa: N801
        safe_load = staticmethod(lambda s: {})

from cdktf import App

app = App()
app.synth()
