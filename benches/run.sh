#!/usr/bin/env bash
# cdktf-fix vs the parse floor, `ast-grep scan` and `ruff check` on a generated corpus of CDKTF
# Python projects, scaling and threads, then the cost cliffs; prints tables.
# Usage: bash benches/run.sh [--size-mb 60] [--seed 20261129] [--runs 3] [--markdown] [--no-scaling]
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
# ruff, the best-in-class Python scanner, as the reference for MB/s on the same Python files.
if ! "$venv/bin/ruff" --version 2>/dev/null | grep -q '^ruff 0\.14\.'; then
  "$venv/bin/pip" install --quiet 'ruff==0.14.*'
fi
python3 benches/bench.py --cdktf-fix target/release/cdktf-fix --ast-grep "$venv/bin/ast-grep" --ruff "$venv/bin/ruff" "$@"
# The cost cliffs found on real and generated input, each printed with its figures.
python3 benches/cliffs.py --cdktf-fix target/release/cdktf-fix
