#!/usr/bin/env python3
"""Proof by the real tool: run `terraform validate` on the complete-module golden cases.

A golden case whose case.toml has a [validate] table is a whole Terraform module (input/ with
versions.tf, main.tf, ...). For each such case this script builds two module directories in a
temporary directory: the input, and the expected output (input/ overlaid with expected/, the
way tests/golden.rs reads a tree case; a single-file case becomes main.tf). It runs
`terraform init -backend=false -plugin-dir=<dir>` (offline: the provider comes from the local
plugin directory, /opt/tf-plugins or $CDKTF_FIX_TF_PLUGIN_DIR) and `terraform validate -json`
in each, two at a time, and checks:

  input_errors = [...]    the input is invalid and each text is in one of its error diagnostics
  input_warnings = [...]  each text is in one of the input's warning diagnostics
  expected = "valid"      the expected output is valid and has none of those diagnostics
  expected = "invalid"    (detect-only codemods: expected is the input) it still has every
                          input_errors text, i.e. what the codemod reports is what terraform
                          rejects
With neither input_errors nor input_warnings and expected = "valid", the input itself must be
valid with no warnings (a negative case: valid code the codemod leaves alone).

Without terraform on PATH or the plugin directory, prints one `SKIP:` line and exits 0.
Stdlib only (Python 3.11+ for tomllib).
"""

import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLDEN = os.path.join(ROOT, "golden")
PLUGIN_DIR = os.environ.get("CDKTF_FIX_TF_PLUGIN_DIR", "/opt/tf-plugins")


def cases():
    for codemod in sorted(os.listdir(GOLDEN)):
        cdir = os.path.join(GOLDEN, codemod)
        if not os.path.isdir(cdir):
            continue
        for case in sorted(os.listdir(cdir)):
            path = os.path.join(cdir, case)
            toml = os.path.join(path, "case.toml")
            if not os.path.isfile(toml):
                continue
            with open(toml, "rb") as f:
                cfg = tomllib.load(f)
            if "validate" in cfg:
                yield f"{codemod}/{case}", path, cfg["validate"]


def copy_tree(src, dst):
    for dirpath, _, files in os.walk(src):
        rel = os.path.relpath(dirpath, src)
        os.makedirs(os.path.join(dst, rel), exist_ok=True)
        for name in files:
            shutil.copyfile(os.path.join(dirpath, name), os.path.join(dst, rel, name))


def build(case, out, expected):
    """Write the case's input (or expected output) module into `out`."""
    os.makedirs(out)
    if os.path.isdir(os.path.join(case, "input")):
        copy_tree(os.path.join(case, "input"), out)
        if expected and os.path.isdir(os.path.join(case, "expected")):
            copy_tree(os.path.join(case, "expected"), out)
        return
    src = os.path.join(case, "expected.tf" if expected and os.path.isfile(os.path.join(case, "expected.tf")) else "input.tf")
    shutil.copyfile(src, os.path.join(out, "main.tf"))


def validate(module, env):
    """(valid, [(severity, text)]) of `terraform validate -json`, after init."""
    init = subprocess.run(["terraform", "init", "-backend=false", "-input=false", "-no-color",
                           f"-plugin-dir={PLUGIN_DIR}"], cwd=module, env=env,
                          capture_output=True, text=True)
    if init.returncode != 0:
        return False, [("error", "terraform init failed: " + init.stderr.strip()[-2000:])]
    res = subprocess.run(["terraform", "validate", "-json", "-no-color"], cwd=module, env=env,
                         capture_output=True, text=True)
    try:
        doc = json.loads(res.stdout)
    except json.JSONDecodeError:
        return False, [("error", "validate printed no JSON: " + res.stderr.strip()[-2000:])]
    diags = [(d.get("severity", ""), f"{d.get('summary', '')}: {d.get('detail', '')}")
             for d in doc.get("diagnostics", [])]
    return bool(doc.get("valid")), diags


def has(diags, severity, text):
    return any(s == severity and text in t for s, t in diags)


def check(name, cfg, before, after):
    errors = cfg.get("input_errors", [])
    warnings = cfg.get("input_warnings", [])
    want = cfg.get("expected", "valid")
    problems = []
    (ok_in, d_in), (ok_out, d_out) = before, after
    if errors and ok_in:
        problems.append("input validates, but the case expects errors")
    for t in errors:
        if not has(d_in, "error", t):
            problems.append(f"input has no error containing {t!r}")
    for t in warnings:
        if not has(d_in, "warning", t):
            problems.append(f"input has no warning containing {t!r}")
    if not errors and not warnings and (not ok_in or d_in):
        problems.append("negative case: the input must validate without diagnostics")
    if want == "valid":
        if not ok_out:
            problems.append("expected output does not validate")
        for t in errors + warnings:
            if any(t in x for _, x in d_out):
                problems.append(f"expected output still has {t!r}")
    elif want == "invalid":
        for t in errors:
            if not has(d_out, "error", t):
                problems.append(f"expected output lacks the reported error {t!r}")
    else:
        problems.append(f"expected must be \"valid\" or \"invalid\", not {want!r}")
    if problems:
        detail = "\n    ".join(problems)
        diags = "\n      ".join(f"[{s}] {t}" for s, t in d_in) or "(none)"
        diags_out = "\n      ".join(f"[{s}] {t}" for s, t in d_out) or "(none)"
        return f"FAIL {name}\n    {detail}\n    input diagnostics:\n      {diags}\n    expected-output diagnostics:\n      {diags_out}"
    return None


def main():
    missing = []
    if shutil.which("terraform") is None:
        missing.append("terraform on PATH")
    if not os.path.isdir(os.path.join(PLUGIN_DIR, "registry.terraform.io", "hashicorp", "aws")):
        missing.append(f"the plugin directory {PLUGIN_DIR} with hashicorp/aws")
    if missing:
        print(f"SKIP: golden terraform validate: missing {' and '.join(missing)} "
              "(set CDKTF_FIX_TF_PLUGIN_DIR to another plugin directory)")
        return 0
    start = time.monotonic()
    todo = list(cases())
    failures = []
    with tempfile.TemporaryDirectory(prefix="cdktf-fix-validate-") as tmp:
        cli = os.path.join(tmp, "terraformrc")
        with open(cli, "w") as f:
            f.write("")
        env = dict(os.environ, TF_CLI_CONFIG_FILE=cli, TF_IN_AUTOMATION="1",
                   CHECKPOINT_DISABLE="1", TF_INPUT="0")
        jobs = []
        for i, (name, path, cfg) in enumerate(todo):
            for side in ("input", "expected"):
                d = os.path.join(tmp, f"{i}-{side}")
                build(path, d, side == "expected")
                jobs.append(d)
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            results = dict(zip(jobs, pool.map(lambda d: validate(d, env), jobs)))
        for i, (name, path, cfg) in enumerate(todo):
            r = check(name, cfg, results[os.path.join(tmp, f"{i}-input")],
                      results[os.path.join(tmp, f"{i}-expected")])
            if r:
                failures.append(r)
                print(r)
            else:
                print(f"ok   {name}")
    took = time.monotonic() - start
    print(f"golden terraform validate: {len(todo) - len(failures)} passed, {len(failures)} failed "
          f"({len(todo)} complete-module cases, {took:.1f} s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
