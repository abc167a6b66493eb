#!/usr/bin/env bash
set -euo pipefail
export CDKTF_HOME="$PWD/.cdktf"
cdktf get
cdktf diff "$STACK" || true
if [[ "${1:-}" == apply ]]; then cdktf deploy "$STACK" --auto-approve; fi
ls cdktf.out/stacks
