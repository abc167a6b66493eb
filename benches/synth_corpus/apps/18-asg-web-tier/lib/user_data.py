"""Cloud-init script for the web instances."""

USER_DATA = """#!/bin/bash
set -euxo pipefail
dnf install -y nginx
cat > /usr/share/nginx/html/health <<'HEALTH'
ok
HEALTH
systemctl enable --now nginx
"""
