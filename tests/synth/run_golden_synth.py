#!/usr/bin/env python3
"""Real-synth oracle over complete-stack golden cases (stdlib only, Python >= 3.11).

    python3 tests/synth/run_golden_synth.py                 # every golden/*/*/ with a [synth] table
    python3 tests/synth/run_golden_synth.py CASE_DIR ...    # explicit cases (e.g. tests/synth/drafts/*)
    python3 tests/synth/run_golden_synth.py --cdktn [CASE_DIR ...]
        # the same cases under cdktn 0.24.0 + cdktn-provider-aws 25.8.1
        # (tests/synth/cdktn-requirements.txt): the expected app migrated by
        # `cdktf-fix --select cdktn-migration`, the input mapped by token (`cdktf` -> `cdktn`,
        # `cdktf_cdktf_provider_aws` -> `cdktn_provider_aws` in code, never in strings or
        # comments, as tests/golden.rs maps them); the same [synth] assertions, and the migrated
        # app's Terraform JSON must equal the cdktf synth's (see `normal` for what may differ).
        # Cases whose case.toml says `cdktf-only`, or whose dependency files pin a cdktf
        # package, are CDKTF-specific and skipped

A case dir holds case.toml (with a [synth] table), input/tap.py (+ input/lib/) and
expected/tap.py (+ expected/lib/). The script runs setup.sh (creates/reuses the pinned
venv), then ONE synth_check.py process over every input and expected app, then checks
each case's [synth] assertions (keys documented in tests/synth/README.md).

Output: one line per case, `ok <case>` or `FAIL <case>: <why>`, then `N passed, M failed`.
Exit 1 if any case failed (or the harness broke), else 0.

Env: CDKTF_FIX_SYNTH_VENV (venv dir, passed to setup.sh), CDKTF_FIX_SYNTH_TIMEOUT (seconds
for the whole synth_check run; default 120 + 20 per app), CDKTF_FIX_SYNTH_VERBOSE=1 (echo
synth_check's stderr).
"""

import concurrent.futures
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tokenize

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    sys.exit("run_golden_synth.py needs Python >= 3.11 (tomllib)")

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

SIDES = ("input", "expect")
LIST_KEYS = ("resources", "missing", "has", "lacks", "contains_text", "absent_text")
KNOWN = (
    {"input_fails", "input_error_contains", "same_resources_as_input"}
    | {f"{s}_{k}" for s in SIDES for k in LIST_KEYS}
    | {f"{s}_json" for s in SIDES}
)

_MISSING = object()
ENV_KEEP = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "JSII_RUNTIME_PACKAGE_CACHE_ROOT")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- discovery

def load_synth_table(case_dir):
    p = os.path.join(case_dir, "case.toml")
    if not os.path.isfile(p):
        return None
    with open(p, "rb") as fh:
        doc = tomllib.load(fh)
    t = doc.get("synth")
    return t if isinstance(t, dict) else None


def is_complete_case(d):
    return (
        os.path.isfile(os.path.join(d, "input", "tap.py"))
        and os.path.isfile(os.path.join(d, "expected", "tap.py"))
        and os.path.isfile(os.path.join(d, "case.toml"))
    )


def discover():
    root = os.path.join(REPO, "golden")
    found = []
    if not os.path.isdir(root):
        return found
    for a in sorted(os.listdir(root)):
        pa = os.path.join(root, a)
        if not os.path.isdir(pa):
            continue
        for b in sorted(os.listdir(pa)):
            d = os.path.join(pa, b)
            if os.path.isdir(d) and is_complete_case(d):
                try:
                    if load_synth_table(d) is not None:
                        found.append(d)
                except tomllib.TOMLDecodeError:
                    found.append(d)  # surfaces as a FAIL below instead of silently skipping
    return found


# ---------------------------------------------------------------- assertions

def as_list(v):
    return [v] if isinstance(v, str) else list(v)


def dig(obj, path):
    """Dotted path into JSON: dict keys, list indices ("ingress.0.from_port")."""
    cur = obj
    for part in path.split("."):
        if isinstance(cur, dict):
            if part not in cur:
                return _MISSING
            cur = cur[part]
        elif isinstance(cur, list):
            try:
                cur = cur[int(part)]
            except (ValueError, IndexError):
                return _MISSING
        else:
            return _MISSING
    return cur


def has_resource(res, spec):
    """spec: "aws_type", "aws_type.name", "data.aws_type", "data.aws_type.name"."""
    table = res["resources"]
    if spec.startswith("data."):
        table, spec = res["data"], spec[len("data."):]
    tftype, _, name = spec.partition(".")
    names = table.get(tftype)
    if not names:
        return False
    return not name or name in names


def check_side(side, res, synth):
    """Yield failure strings for the generic <side>_* keys (side: "input" or "expect")."""
    label = "expected" if side == "expect" else side
    stacks = list(res["synth"].values())
    text = "\n".join(json.dumps(s, sort_keys=True) for s in stacks)
    for spec in as_list(synth.get(f"{side}_resources", [])):
        if not has_resource(res, spec):
            yield f"{label} has no {spec} (has {sorted(res['resources'])}, data {sorted(res['data'])})"
    for spec in as_list(synth.get(f"{side}_missing", [])):
        if has_resource(res, spec):
            yield f"{label} still has {spec}"
    for path in as_list(synth.get(f"{side}_has", [])):
        if not any(dig(s, path) is not _MISSING for s in stacks):
            yield f"{label} JSON lacks {path}"
    for path in as_list(synth.get(f"{side}_lacks", [])):
        for s in stacks:
            v = dig(s, path)
            if v is not _MISSING:
                yield f"{label} JSON still has {path} = {json.dumps(v)}"
                break
    for path, want in (synth.get(f"{side}_json") or {}).items():
        got = [dig(s, path) for s in stacks]
        if want not in got:
            shown = [json.dumps(g) if g is not _MISSING else "<missing>" for g in got]
            yield f"{label} JSON {path}: want {json.dumps(want)}, got {', '.join(shown) or '<no stacks>'}"
    for needle in as_list(synth.get(f"{side}_contains_text", [])):
        if needle not in text:
            yield f"{label} JSON does not contain {needle!r}"
    for needle in as_list(synth.get(f"{side}_absent_text", [])):
        if needle in text:
            yield f"{label} JSON still contains {needle!r}"


def check_case(synth, inp, exp):
    why = []
    unknown = sorted(set(synth) - KNOWN)
    if unknown:
        return [f"unknown [synth] key(s) {unknown}"]
    # The input: either it must fail with the given kind, or it must synthesize.
    want_fail = synth.get("input_fails")
    if want_fail:
        if inp["ok"]:
            why.append(f"input synthesized, expected {want_fail}")
        elif want_fail != inp["error_kind"] and want_fail not in inp["error_mro"]:
            why.append(f"input failed with {inp['error_kind']} ({inp['error']}), expected {want_fail}")
        else:
            for needle in as_list(synth.get("input_error_contains", [])):
                if needle not in (inp.get("error_full") or inp.get("error") or ""):
                    why.append(f"input error does not mention {needle!r}: {inp['error']}")
    else:
        if "input_error_contains" in synth:
            why.append("input_error_contains needs input_fails")
        if not inp["ok"]:
            why.append(f"input should synthesize but failed: {inp['error_kind']}: {inp['error']} at {inp['where']}")
    if inp["ok"]:
        why.extend(check_side("input", inp, synth))
    elif any(k.startswith("input_") and k not in ("input_fails", "input_error_contains") for k in synth):
        why.append("input_* JSON assertions given but the input did not synthesize")
    # The expected output must always synthesize.
    if not exp["ok"]:
        why.append(f"expected failed: {exp['error_kind']}: {exp['error']} at {exp['where']}")
        return why
    why.extend(check_side("expect", exp, synth))
    if synth.get("same_resources_as_input"):
        if not inp["ok"]:
            why.append("same_resources_as_input needs an input that synthesizes")
        elif (inp["resources"], inp["data"]) != (exp["resources"], exp["data"]):
            why.append(
                f"resources differ: input {inp['resources']} {inp['data']} vs expected {exp['resources']} {exp['data']}"
            )
    return why


# ---------------------------------------------------------------- running

CDKTN_NAMES = {"cdktf": "cdktn", "cdktf_cdktf_provider_aws": "cdktn_provider_aws"}
CDKTN_VENV = os.path.expanduser("~/.cache/cdktf-fix/synth-venv-cdktn0.24.0-aws25.8.1")


def cdktn_names(src):
    """`src` with the CDKTF module names of its code (NAME tokens) in CDK Terrain's."""
    lines = src.splitlines(keepends=True)
    hits = [t for t in tokenize.generate_tokens(io.StringIO(src).readline)
            if t.type == tokenize.NAME and t.string in CDKTN_NAMES]
    for t in reversed(hits):
        row, col = t.start
        line = lines[row - 1]
        lines[row - 1] = line[:col] + CDKTN_NAMES[t.string] + line[col + len(t.string):]
    return "".join(lines)


def cdktf_specific(case_dir):
    """Why a case cannot run in CDK Terrain names, or None."""
    with open(os.path.join(case_dir, "case.toml"), "rb") as fh:
        doc = tomllib.load(fh)
    if doc.get("cdktf-only"):
        return f"cdktf-only: {doc['cdktf-only']}"
    for side in ("input", "expected"):
        for root, _, files in os.walk(os.path.join(case_dir, side)):
            for f in files:
                if f.startswith("requirements") or f in ("Pipfile", "pyproject.toml"):
                    text = open(os.path.join(root, f), encoding="utf-8").read()
                    if re.search(r"(?im)^\s*\"?cdktf", text):
                        return f"{os.path.relpath(os.path.join(root, f), case_dir)} pins cdktf packages"
    return None


def as_cdktn(case_dir, tmp):
    """A copy of the case's apps in CDK Terrain names, under `tmp`: the expected (fixed) app
    migrated by cdktf-fix itself (`--select cdktn-migration`), as a user would; the input mapped
    by token, so that its failure is the same mistake under cdktn."""
    out = os.path.join(tmp, os.path.basename(os.path.dirname(case_dir)), os.path.basename(case_dir))
    shutil.copytree(os.path.join(case_dir, "expected"), os.path.join(out, "expected"))
    binary = os.environ.get("CDKTF_FIX_BIN", os.path.join(REPO, "target", "debug", "cdktf-fix"))
    r = subprocess.run([binary, "--isolated", "--quiet", "--select", "cdktn-migration", "--fix",
                        "--unsafe-fixes", os.path.join(out, "expected")],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode not in (0, 1):
        raise RuntimeError(f"cdktf-fix --select cdktn-migration failed on {case_dir}: {r.stderr}")
    for side in ("input",):
        shutil.copytree(os.path.join(case_dir, side), os.path.join(out, side))
        for root, _, files in os.walk(os.path.join(out, side)):
            for f in files:
                if f.endswith(".py"):
                    p = os.path.join(root, f)
                    with open(p, encoding="utf-8", newline="") as fh:
                        src = fh.read()
                    with open(p, "w", encoding="utf-8", newline="") as fh:
                        fh.write(cdktn_names(src))
    return out


def normal(doc):
    """The Terraform JSON without what may differ between cdktf and cdktn: the `//` metadata
    (paths, the backend's tool name), the AWS provider version constraint (each prebuilt release
    pins its own hashicorp/aws), and the spelling of the provider source (`aws` under
    cdktf-cdktf-provider-aws 21.22.1, `hashicorp/aws` under cdktn-provider-aws 25.8.1: one
    provider address, so state is unaffected), and the directory of the default local backend's
    state path (each synth process runs in its own temp cwd; the file name is compared)."""
    if isinstance(doc, dict):
        out = {k: normal(v) for k, v in doc.items() if k != "//"}
        aws = out.get("terraform", {}).get("required_providers", {}).get("aws")
        if isinstance(aws, dict):
            aws.pop("version", None)
            if aws.get("source") == "aws":
                aws["source"] = "hashicorp/aws"
        # The default local backend's path is under each synth process's own temp cwd.
        local = out.get("terraform", {}).get("backend", {}).get("local")
        if isinstance(local, dict) and isinstance(local.get("path"), str):
            local["path"] = os.path.basename(local["path"])
        return out
    if isinstance(doc, list):
        return [normal(v) for v in doc]
    return doc


def same_json(tf, tn):
    """Failures when the migrated app's Terraform JSON differs from the cdktf one."""
    if not (tf["ok"] and tn["ok"]):
        return [] if not tn["ok"] else [f"cdktf synth of the expected app failed: {tf.get('error')}"]
    out = []
    if sorted(tf["synth"]) != sorted(tn["synth"]):
        out.append(f"stacks differ: {sorted(tf['synth'])} vs {sorted(tn['synth'])}")
    for stack in tf["synth"]:
        a, b = normal(tf["synth"][stack]), normal(tn["synth"].get(stack, {}))
        if a != b:
            keys = sorted(set(a) | set(b))
            diff = [k for k in keys if a.get(k) != b.get(k)]
            out.append(f"stack {stack}: the migrated JSON differs in {diff}: " + "; ".join(
                f"{k}: {json.dumps(a.get(k))[:300]} vs {json.dumps(b.get(k))[:300]}" for k in diff))
    return out


def run_setup(cdktn=False):
    env = dict(os.environ)
    if cdktn:
        env["CDKTF_FIX_SYNTH_REQ"] = os.path.join(HERE, "cdktn-requirements.txt")
        env["CDKTF_FIX_SYNTH_VENV"] = os.environ.get("CDKTF_FIX_CDKTN_VENV", CDKTN_VENV)
    r = subprocess.run(["bash", os.path.join(HERE, "setup.sh")], stdout=subprocess.PIPE, text=True, env=env)
    lines = r.stdout.strip().splitlines()
    if r.returncode != 0 or not lines:
        raise RuntimeError(f"setup.sh failed (rc={r.returncode})")
    return lines[-1].strip()


def run_synth(py, apps, core=None):
    venv = os.path.dirname(os.path.dirname(py))
    # Minimal, fixed environment: the apps read ENVIRONMENT_SUFFIX, AWS_REGION, ... and node
    # reads CDKTF_*/SYNTH_HCL_OUTPUT; none of the caller's values may leak into the output.
    env = {k: os.environ[k] for k in ENV_KEEP if k in os.environ}
    env["JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"] = "20"
    env.setdefault("JSII_RUNTIME_PACKAGE_CACHE_ROOT", os.path.join(os.path.dirname(venv), "jsii-cache"))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    timeout = int(os.environ.get("CDKTF_FIX_SYNTH_TIMEOUT", 120 + 20 * len(apps)))
    # Fixed, empty cwd: node's cwd leaks into the default local backend path.
    cwd = tempfile.mkdtemp(prefix="cdktf-fix-synth-cwd-")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(
            [py, os.path.join(HERE, "synth_check.py"), *(["--core", core] if core else []), *apps],
            stdout=out, stderr=err, env=env, cwd=cwd, start_new_session=True,
        )
        try:
            rc = p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            rc = None
        finally:
            try:  # also reaps the orphaned node kernel left by os._exit
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            p.wait()
            os.rmdir(cwd)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode(errors="replace")
    if os.environ.get("CDKTF_FIX_SYNTH_VERBOSE") == "1":
        sys.stderr.write(stderr)
    if rc is None:
        sys.stderr.write(stderr[-4000:])
        raise RuntimeError(f"synth_check.py timed out after {timeout}s")
    try:
        doc = json.loads(stdout)
    except json.JSONDecodeError:
        sys.stderr.write(stderr[-4000:])
        raise RuntimeError(f"synth_check.py printed no JSON (rc={rc})")
    if rc != 0 or "harness_error" in doc or "aborted" in doc:
        sys.stderr.write(stderr[-4000:])
        raise RuntimeError(
            f"synth_check.py rc={rc}: {doc.get('harness_error') or doc.get('aborted') or 'see stderr'}"
        )
    return doc


def main(argv):
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__)
        return 0
    t0 = time.monotonic()
    cdktn = "--cdktn" in argv
    argv = [a for a in argv if a != "--cdktn"]
    cases = [os.path.abspath(a).rstrip(os.sep) for a in argv] if argv else discover()
    names = {c: os.path.relpath(c, REPO) if c.startswith(REPO + os.sep) else c for c in cases}
    results, tables, apps = {}, {}, []
    tmp = tempfile.mkdtemp(prefix="cdktf-fix-cdktn-cases-") if cdktn else None
    where = {}  # case -> the directory its apps are synthesized from
    skipped = 0
    for c in list(cases):
        if cdktn and is_complete_case(c):
            why = cdktf_specific(c)
            if why:
                log(f"run_golden_synth: skip {names[c]} in cdktn names ({why})")
                cases.remove(c)
                skipped += 1
                continue
    for c in cases:
        try:
            if not is_complete_case(c):
                results[c] = ["not a complete-stack case (needs case.toml, input/tap.py, expected/tap.py)"]
                continue
            t = load_synth_table(c)
            if t is None:
                results[c] = ["case.toml has no [synth] table"]
                continue
            tables[c] = t
            where[c] = as_cdktn(c, tmp) if cdktn else c
            apps += [os.path.join(where[c], "input"), os.path.join(where[c], "expected")]
        except (OSError, tomllib.TOMLDecodeError) as e:
            results[c] = [f"case.toml: {e}"]

    if apps:
        try:
            ts = time.monotonic()
            py = run_setup(cdktn)
            log(f"run_golden_synth: setup {time.monotonic() - ts:.1f}s, synthesizing {len(apps)} apps")
            ts = time.monotonic()
            with concurrent.futures.ThreadPoolExecutor(2) as pool:
                job = pool.submit(run_synth, py, apps, "cdktn" if cdktn else None)
                # In cdktn names, the fixed apps are also synthesized under cdktf, side by side,
                # to compare the Terraform JSON the migration produces with the pre-migration one.
                tf_job = pool.submit(run_synth, run_setup(False),
                                     [os.path.join(c, "expected") for c in tables]) if cdktn else None
                doc = job.result()
                tf_doc = tf_job.result() if tf_job else None
            log(f"run_golden_synth: synth_check {time.monotonic() - ts:.1f}s "
                f"(provider import {doc.get('import_seconds')}s)")
            for c, t in tables.items():
                results[c] = check_case(t, doc["cases"][os.path.join(where[c], "input")],
                                        doc["cases"][os.path.join(where[c], "expected")])
                if tf_doc is not None:
                    results[c] += same_json(tf_doc["cases"][os.path.join(c, "expected")],
                                            doc["cases"][os.path.join(where[c], "expected")])
        except RuntimeError as e:
            log(f"run_golden_synth: HARNESS FAILURE: {e}")
            for c in tables:
                results[c] = [f"harness failure: {e}"]

    passed = failed = 0
    for c in cases:
        why = results[c]
        if why:
            failed += 1
            print(f"FAIL {names[c]}: " + "; ".join(why))
        else:
            passed += 1
            print(f"ok {names[c]}")
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)
    log(f"run_golden_synth: total {time.monotonic() - t0:.1f}s")
    flavour = f" in CDK Terrain names, cdktn 0.24.0 ({skipped} CDKTF-specific skipped)" if cdktn else ""
    print(f"{passed} passed, {failed} failed{flavour}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
