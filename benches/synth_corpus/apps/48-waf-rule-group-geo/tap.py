#!/usr/bin/env python
"""Reusable WAFv2 rule group for CloudFront: geo blocking, office allow-list and admin-path protection."""
import os

from cdktf import App

from lib.rule_group_stack import EdgeRuleGroupStack

app = App()
EdgeRuleGroupStack(
    app,
    "edge-rule-group",
    env=os.getenv("ENVIRONMENT_SUFFIX", "prod"),
    blocked_countries=["KP", "IR", "SY"],
    office_cidrs=["198.51.100.0/24", "203.0.113.0/24"],
)
app.synth()
