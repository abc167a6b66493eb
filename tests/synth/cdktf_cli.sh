#!/usr/bin/env bash
# The real cdktf CLI judges the cdktf.json that `missing-cdktf-json` creates: examples/payments-vpc
# as written is "not a cdktf project directory"; after `cdktf-fix --fix` the CLI synthesizes it
# with the VPC in the output. The seed's hand-written cdktf.json (which lists the prebuilt aws
# provider in terraformProviders) is run too, to show the check can fail: the CLI asks for
# `cdktf get`. cdktf-cli 0.21.0 is installed from npm into a cached directory on first use.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${CDKTF_FIX_BIN:-target/debug/cdktf-fix}
[ -x "$bin" ] || cargo build --quiet
cli_dir="${CDKTF_FIX_CACHE:-$HOME/.cache/cdktf-fix}/cdktf-cli-0.21.0"
if [ ! -x "$cli_dir/node_modules/.bin/cdktf" ]; then
  mkdir -p "$cli_dir"
  npm install --prefix "$cli_dir" --no-audit --no-fund --silent cdktf-cli@0.21.0 >&2
fi
cdktf="$cli_dir/node_modules/.bin/cdktf"
py=$(bash tests/synth/setup.sh | tail -1)
export PATH="$(dirname "$py"):$PATH" CHECKPOINT_DISABLE=1 CI=1 \
  JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL cdktf-cli: $*"; failures=$((failures + 1)); }

cp -r examples/payments-vpc "$tmp/broken"
if (cd "$tmp/broken" && timeout 300 "$cdktf" synth >"$tmp/broken.log" 2>&1); then
  fail "examples/payments-vpc without cdktf.json synthesized"
elif ! grep -q "not a cdktf project directory" "$tmp/broken.log"; then
  fail "unexpected error without cdktf.json: $(tail -3 "$tmp/broken.log")"
fi

cp -r examples/payments-vpc "$tmp/fixed"
"$bin" --isolated --quiet --fix --select missing-cdktf-json "$tmp/fixed" >/dev/null || true
if [ ! -f "$tmp/fixed/cdktf.json" ]; then
  fail "cdktf-fix did not create cdktf.json"
elif ! (cd "$tmp/fixed" && timeout 300 "$cdktf" synth >"$tmp/fixed.log" 2>&1); then
  fail "the created cdktf.json does not synthesize: $(grep -i error "$tmp/fixed.log" | tail -3)"
elif ! grep -q '"aws_vpc"' "$tmp/fixed"/cdktf.out/stacks/payments-vpc/cdk.tf.json; then
  fail "synthesized stack lacks aws_vpc"
fi

# Seed 004's cdktf.json lists the prebuilt provider for `cdktf get`; the CLI rejects it.
cp -r examples/payments-vpc "$tmp/seed"
cat >"$tmp/seed/cdktf.json" <<'JSON'
{"language": "python", "app": "python3 main.py", "terraformProviders": ["aws@~> 6.0"], "terraformModules": [], "context": {}}
JSON
if (cd "$tmp/seed" && timeout 300 "$cdktf" synth >"$tmp/seed.log" 2>&1); then
  fail "a cdktf.json listing an ungenerated provider synthesized; the check above cannot fail"
elif ! grep -q "cdktf get" "$tmp/seed.log"; then
  fail "unexpected error for the seed's cdktf.json: $(tail -3 "$tmp/seed.log")"
fi

if [ "$failures" -eq 0 ]; then
  echo "ok cdktf-cli: no cdktf.json fails, the created one synthesizes, the seed's is rejected"
fi
echo "cdktf-cli: $((failures == 0 ? 1 : 0)) passed, $((failures == 0 ? 0 : 1)) failed"
[ "$failures" -eq 0 ]
