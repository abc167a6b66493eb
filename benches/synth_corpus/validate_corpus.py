#!/usr/bin/env python3
"""Validate the corpus itself against the real synth (cdktf 0.21.0 + provider-aws 21.22.1).

For every app: synthesize the app as it is ("orig") and, for apps with planted mistakes, a copy
with every reference fix of manifest.json applied ("fixed"), all in ONE synth_check process.
Checks:
  * every intended-correct app synthesizes;
  * every fixed copy synthesizes;
  * an app whose manifest says some mistake fails the synth on its own does fail before the fix
    (apps whose mistakes all synthesize anyway are reported, not failed).
Exit 1 if a check fails.  Usage: python3 validate_corpus.py [--apps DIR] [--json OUT] [--keep]
"""
import argparse
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import synthlib  # noqa: E402


def apply_fixes(app_dir, mistakes):
    for m in mistakes:
        for e in m["fix"]:
            p = os.path.join(app_dir, e["file"])
            txt = open(p).read()
            if e["find"] not in txt:
                raise SystemExit(f"{app_dir}: fix text not found in {e['file']}: {e['find'][:60]!r}")
            txt = txt.replace(e["find"], e["replace"], e.get("count", -1))
            open(p, "w").write(txt)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--apps", default=os.path.join(HERE, "apps"))
    ap.add_argument("--manifest", default=os.path.join(HERE, "manifest.json"))
    ap.add_argument("--json")
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()

    manifest = json.load(open(args.manifest))["apps"]
    names = sorted(os.listdir(args.apps))
    missing = set(names) ^ set(manifest)
    if missing:
        raise SystemExit(f"manifest and apps dir disagree: {sorted(missing)}")

    work = tempfile.mkdtemp(prefix="synth-corpus-validate-")
    orig, fixed = {}, {}
    for n in names:
        o = os.path.join(work, "orig", n)
        shutil.copytree(os.path.join(args.apps, n), o)
        orig[n] = o
        if manifest[n]["mistakes"]:
            f = os.path.join(work, "fixed", n)
            shutil.copytree(os.path.join(args.apps, n), f)
            apply_fixes(f, manifest[n]["mistakes"])
            fixed[n] = f
    results, runs = synthlib.synth(list(orig.values()) + list(fixed.values()),
                                   log=os.path.join(work, "synth.stderr"))

    problems, report = [], {}
    for n in names:
        info = manifest[n]
        r_o = results[orig[n]]
        r_f = results.get(fixed.get(n)) if n in fixed else None
        expect_fail = any(m["synth_fails_alone"] for m in info["mistakes"])
        row = {"orig_ok": r_o["ok"], "orig_error": r_o.get("error_kind"), "orig_msg": r_o.get("error"),
               "fixed_ok": None if r_f is None else r_f["ok"],
               "fixed_error": None if r_f is None else r_f.get("error_kind"),
               "fixed_msg": None if r_f is None else r_f.get("error"),
               "resources": synthlib.resource_count(r_o if r_o["ok"] else (r_f or {}))}
        report[n] = row
        status = "ok"
        if info["intended_correct"] and not r_o["ok"]:
            status = "FAIL: intended-correct app does not synthesize"
        elif r_f is not None and not r_f["ok"]:
            status = "FAIL: fixed copy does not synthesize"
        elif expect_fail and r_o["ok"]:
            status = "FAIL: expected to fail before the fix but synthesizes"
        elif not info["intended_correct"] and not expect_fail:
            status = "ok (mistakes synthesize anyway)"
        if status.startswith("FAIL"):
            problems.append(n)
        before = "ok" if r_o["ok"] else f"{r_o.get('error_kind')}: {(r_o.get('error') or '')[:90]}"
        after = "-" if r_f is None else ("ok" if r_f["ok"] else f"{r_f.get('error_kind')}: {(r_f.get('error') or '')[:90]}")
        print(f"{n:34} {status}\n    orig:  {before}\n    fixed: {after}")
    print(f"\n{len(names)} apps, {len(problems)} problems: {problems}")
    print("synth runs:", runs)
    if args.json:
        json.dump({"apps": report, "runs": runs}, open(args.json, "w"), indent=1)
    if args.keep:
        print("kept", work)
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
