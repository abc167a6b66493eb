#!/usr/bin/env bash
# cdktf-fix vs `ast-grep scan` on a generated corpus of CDKTF Python projects; prints a table.
# Usage: bash benches/run.sh [--size-mb 60] [--seed 20261129] [--runs 3] [--markdown]
# Builds the release binary, installs ast-grep-cli 0.51.1 (the ast-grep-core version cdktf-fix
# links) into target/bench-venv, generates target/bench-corpus (not committed) and exports the
# comparable rules to target/bench-rules.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
venv=target/bench-venv
if ! "$venv/bin/ast-grep" --version 2>/dev/null | grep -q '^ast-grep 0\.51\.1$'; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet ast-grep-cli==0.51.1
fi
exec python3 benches/bench.py --cdktf-fix target/release/cdktf-fix --ast-grep "$venv/bin/ast-grep" "$@"
