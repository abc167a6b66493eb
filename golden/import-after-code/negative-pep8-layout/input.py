"""Module docstring."""
from __future__ import annotations

__all__ = ["TapStack"]
__version__ = "1.0.0"

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from constructs import Construct

try:
    import yaml
except ImportError:
    yaml = None

from cdktf import TerraformStack

os.environ.setdefault("AWS_REGION", "us-east-1")

import boto3  # noqa: E402
from lib.helpers import helper  # pylint: disable=wrong-import-position


def build():
    import json  # function-level imports are not module-level
    return json, boto3, helper, yaml, TerraformStack
