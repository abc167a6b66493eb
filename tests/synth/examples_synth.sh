#!/usr/bin/env bash
# End to end with the real tools: examples/ fails `synth` as written, and synthesizes after
# `cdktf-fix --fix --unsafe-fixes`, with the resources the fixes touched present.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${CDKTF_FIX_BIN:-target/debug/cdktf-fix}
[ -x "$bin" ] || cargo build --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r examples "$tmp/fixed"
"$bin" --isolated --quiet --fix --unsafe-fixes "$tmp/fixed" >/dev/null || true
py=$(bash tests/synth/setup.sh 2>"$tmp/setup.err" | tail -1) || { cat "$tmp/setup.err"; exit 1; }
if ! JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 timeout 600 "$py" tests/synth/synth_check.py examples "$tmp/fixed" >"$tmp/out.json" 2>"$tmp/synth.err"; then
  cat "$tmp/synth.err"
  exit 1
fi
python3 - "$tmp/out.json" "$tmp/fixed" <<'PY'
import json, sys
cases = json.load(open(sys.argv[1]))["cases"]
broken, fixed = cases["examples"], cases[sys.argv[2]]
failures = []
if broken["ok"]:
    failures.append("examples/ as written should fail synth")
if not fixed["ok"]:
    failures.append(f"fixed examples/ does not synthesize: {fixed.get('error_kind')}: {fixed.get('error')}")
want = ["aws_security_group", "aws_s3_bucket_versioning", "aws_eks_addon", "aws_iam_role_policy_attachment", "aws_cloudwatch_log_group", "aws_wafv2_web_acl"]
missing = [r for r in want if r not in fixed.get("resources", {})]
if missing:
    failures.append(f"fixed examples/ lacks {missing}")
for f in failures:
    print("FAIL examples:", f)
if not failures:
    print("ok examples: broken input fails synth, fixed output synthesizes")
print(f"examples: {0 if failures else 1} passed, {1 if failures else 0} failed")
sys.exit(1 if failures else 0)
PY
