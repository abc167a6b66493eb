#!/usr/bin/env bash
# CDK Terrain migration, end to end with the real packages: examples/ fixed by the default
# codemods synthesizes under cdktf 0.21; the same project fixed and migrated in one run with
# `--select ALL,cdktn-migration`
# must synthesize under cdktn 0.24.0 + cdktn-provider-aws 25.8.1 (the default version map targets) to
# the same Terraform JSON: same stacks, resources, logical ids and configuration. Only the
# `//` metadata, the AWS provider version constraint and the spelling of its source ("aws" vs
# "hashicorp/aws", one provider address) may differ. About 20 s with warm venvs.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${CDKTF_FIX_BIN:-target/debug/cdktf-fix}
[ -x "$bin" ] || cargo build --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r examples "$tmp/fixed"
"$bin" --isolated --quiet --fix --unsafe-fixes "$tmp/fixed" >/dev/null || true
# One run does both: the migration codemods are `defer: true`, so the default fixes land first.
cp -r examples "$tmp/migrated"
"$bin" --isolated --quiet --select ALL,cdktn-migration --fix --unsafe-fixes "$tmp/migrated" >/dev/null || true

export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
py_tf=$(bash tests/synth/setup.sh 2>"$tmp/setup.err" | tail -1) || { cat "$tmp/setup.err"; exit 1; }
py_tn=$(CDKTF_FIX_SYNTH_REQ="$PWD/tests/synth/cdktn-requirements.txt" \
  CDKTF_FIX_SYNTH_VENV="${CDKTF_FIX_CDKTN_VENV:-$HOME/.cache/cdktf-fix/synth-venv-cdktn0.24.0-aws25.8.1}" \
  bash tests/synth/setup.sh 2>"$tmp/setup.err" | tail -1) || { cat "$tmp/setup.err"; exit 1; }
# The two synths are independent processes; run them side by side.
timeout 600 "$py_tf" tests/synth/synth_check.py "$tmp/fixed" >"$tmp/tf.json" 2>"$tmp/tf.err" &
tf_pid=$!
timeout 600 "$py_tn" tests/synth/synth_check.py --core cdktn "$tmp/migrated" >"$tmp/tn.json" 2>"$tmp/tn.err" \
  || { cat "$tmp/tn.err"; exit 1; }
wait "$tf_pid" || { cat "$tmp/tf.err"; exit 1; }
python3 - "$tmp" tests/synth/cdktn-requirements.txt <<'PY'
import json, pathlib, re, sys
tmp = pathlib.Path(sys.argv[1])
pins = {l.strip() for l in open(sys.argv[2]) if l.strip() and not l.startswith("#")}
failures = []
tf = json.load(open(tmp / "tf.json"))["cases"][str(tmp / "fixed")]
tn_doc = json.load(open(tmp / "tn.json"))
tn = tn_doc["cases"][str(tmp / "migrated")]
# The migration left no CDKTF import behind, and pinned what the oracle venv has.
for p in (tmp / "migrated").rglob("*.py"):
    for n, line in enumerate(p.read_text().splitlines(), 1):
        if re.match(r"\s*(import|from)\s+cdktf", line):
            failures.append(f"{p.relative_to(tmp)}:{n}: still imports cdktf: {line.strip()}")
for line in (tmp / "migrated" / "requirements.txt").read_text().splitlines():
    if line.strip() and line.strip() not in pins:
        failures.append(f"migrated requirements.txt pins {line.strip()!r}, not in cdktn-requirements.txt")
if not tf["ok"]:
    failures.append(f"cdktf synth of the fixed examples failed: {tf['error_kind']}: {tf['error']}")
if not tn["ok"]:
    failures.append(f"cdktn synth of the migrated examples failed: {tn['error_kind']}: {tn['error']}\n{tn.get('error_full')}")

def normal(doc):
    """Drop what may differ: `//` metadata and the provider version constraint."""
    if isinstance(doc, dict):
        out = {k: normal(v) for k, v in doc.items() if k != "//"}
        return out
    if isinstance(doc, list):
        return [normal(v) for v in doc]
    return doc

if tf["ok"] and tn["ok"]:
    if tf["stacks"] != tn["stacks"]:
        failures.append(f"stacks differ: {tf['stacks']} vs {tn['stacks']}")
    for stack in tf["stacks"]:
        a, b = normal(tf["synth"][stack]), normal(tn["synth"].get(stack, {}))
        for doc in (a, b):
            aws = doc.get("terraform", {}).get("required_providers", {}).get("aws", {})
            aws.pop("version", None)
            # cdktf-cdktf-provider-aws 21.22.1 writes the short source "aws", cdktn-provider-aws
            # 25.8.1 "hashicorp/aws": Terraform and OpenTofu resolve both to the same provider
            # address (<registry>/hashicorp/aws), so state is unaffected.
            if aws.get("source") == "aws":
                aws["source"] = "hashicorp/aws"
        if a != b:
            keys = sorted(set(a) | set(b))
            diff = [k for k in keys if a.get(k) != b.get(k)]
            failures.append(f"stack {stack}: synthesized JSON differs in {diff}: "
                            + "; ".join(f"{k}: {json.dumps(a.get(k))[:600]} vs {json.dumps(b.get(k))[:600]}" for k in diff))
for f in failures:
    print("FAIL cdktn:", f)
if not failures:
    n = sum(len(v) for v in tn["resources"].values())
    print(f"ok cdktn: migrated examples synthesize under {tn_doc['versions']} to the same JSON ({n} resources)")
print(f"cdktn: {0 if failures else 1} passed, {1 if failures else 0} failed")
sys.exit(1 if failures else 0)
PY
