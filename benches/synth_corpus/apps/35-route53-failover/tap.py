#!/usr/bin/env python
"""Active/passive DNS failover between two regional ALBs with Route 53 health checks."""
from cdktf import App

from lib.failover_stack import FailoverStack

ENDPOINTS = {
    "primary": {"dns": "api-use1-1234567890.us-east-1.elb.amazonaws.com", "zone": "Z35SXDOTRQ7X7K"},
    "secondary": {"dns": "api-usw2-0987654321.us-west-2.elb.amazonaws.com", "zone": "Z1H1FL5HABSF5"},
}

app = App()
FailoverStack(app, "api-failover", hosted_zone_id="Z0123456789ABCDEFGHIJ", record_name="api.example.com",
              endpoints=ENDPOINTS)
app.synth()
