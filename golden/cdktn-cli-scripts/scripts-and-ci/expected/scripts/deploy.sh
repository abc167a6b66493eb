#!/usr/bin/env bash
set -euo pipefail
export CDKTF_HOME="$PWD/.cdktf"
cdktn get
cdktn diff "$STACK" || true
if [[ "${1:-}" == apply ]]; then cdktn deploy "$STACK" --auto-approve; fi
ls cdktf.out/stacks
