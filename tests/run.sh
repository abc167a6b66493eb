#!/usr/bin/env bash
# The whole test suite, as README's second command and CI run it: formatting and lints, the
# Rust tests (unit, golden, CLI), and the real-synth oracle (installs the pinned cdktf and AWS
# provider packages into a cached virtualenv on first use).
set -euo pipefail
cd "$(dirname "$0")/.."

# Each stage says when it starts (a fresh machine spends minutes compiling before any output).
stage() { echo "== $(date -u +%H:%M:%S) $*" >&2; }
stage "cargo fmt --check"
cargo fmt --check
stage "cargo clippy --all-targets (compiles everything once)"
cargo clippy --all-targets --quiet -- -D warnings
stage "cargo test (compiles the tests, then runs unit, golden, CLI, property tests)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
cargo test --quiet >"$log" 2>&1 || status=$?
grep -v -e '^golden ' -e '^$' "$log" || true
passed=$(grep -o '[0-9]* passed' "$log" | awk '{s+=$1} END {print s+0}')
failed=$(grep -o '[0-9]* failed' "$log" | awk '{s+=$1} END {print s+0}')
echo "rust: $passed passed, $failed failed"
[ "$status" -eq 0 ] || exit "$status"
stage "provider index spot checks"
python3 codemods/schema/check_index.py
stage "real cdktf synth: examples/, golden complete stacks, cdktf CLI, cdktn"
bash tests/synth/examples_synth.sh
python3 tests/synth/run_golden_synth.py
bash tests/synth/cdktf_cli.sh
bash tests/synth/cdktn_synth.sh
python3 tests/synth/run_golden_synth.py --cdktn
stage "real terraform validate: golden complete modules"
python3 tests/validate/run_golden_validate.py
stage "all passed"
