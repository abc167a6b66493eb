#!/usr/bin/env python
"""Stack entry point."""
import json
# Provider bindings
from cdktf import App  # app
from cdktf_cdktf_provider_aws.provider import AwsProvider
from constructs import Construct

REGION = "us-east-1"
TAGS = {"Project": "tap", "Region": REGION}


def make_tags(extra: dict = None) -> dict:
    return {**TAGS, **(extra or {})}

print(json.dumps(make_tags()), App, AwsProvider, Construct)
