#!/usr/bin/env python
"""Operational monitoring for an existing service: alarms, composite alarm, dashboard, paging topic."""
import os

from cdktf import App

from lib.monitoring_stack import MonitoringStack

app = App()
MonitoringStack(
    app,
    "checkout-monitoring",
    service="checkout",
    env=os.getenv("ENVIRONMENT_SUFFIX", "prod"),
    alb_suffix=os.getenv("ALB_ARN_SUFFIX", "app/checkout-prod/50dc6c495c0c9188"),
    target_group_suffix=os.getenv("TG_ARN_SUFFIX", "targetgroup/checkout-prod/943f017f100becff"),
    db_instance_id=os.getenv("DB_INSTANCE_ID", "checkout-prod"),
    oncall_email=os.getenv("ONCALL_EMAIL", "oncall@example.com"),
)
app.synth()
