#!/usr/bin/env python
"""Stack entry point."""
import json

REGION = "us-east-1"
TAGS = {"Project": "tap", "Region": REGION}

# Provider bindings
from cdktf import App  # app
from cdktf_cdktf_provider_aws.provider import AwsProvider


def make_tags(extra: dict = None) -> dict:
    return {**TAGS, **(extra or {})}

from constructs import Construct

print(json.dumps(make_tags()), App, AwsProvider, Construct)
