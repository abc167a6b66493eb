#!/usr/bin/env python
"""Public DNS zone and a DNS-validated ACM certificate (apex + wildcard)."""
import os

from cdktf import App

from lib.dns_stack import DnsStack

app = App()
DnsStack(app, "dns", domain=os.getenv("DOMAIN", "example-shop.com"))
app.synth()
