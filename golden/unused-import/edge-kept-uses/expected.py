from __future__ import annotations
import os.path
import sys as sys
from typing import TYPE_CHECKING
from cdktf import App  # noqa: F401
from cdktf import Fn  # noqa
from cdktf import Token  # pylint: disable=unused-import
from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.kms_key import KmsKey
from lib.helpers import build_name, Settings
from lib.exported import PublicThing

__all__ = ["PublicThing"]

if TYPE_CHECKING:
    from lib.unused_in_type_checking import Nothing

try:
    import yaml
except ImportError:
    yaml = None


def make(stack: "TerraformStack", key: "Optional[KmsKey]") -> "S3Bucket":
    return f"{build_name(os.path.sep)}"


def settings() -> "list[Settings]":
    return []
