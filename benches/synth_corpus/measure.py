#!/usr/bin/env python3
"""Measure how many corpus apps synthesize before and after `cdktf-fix --fix --unsafe-fixes`.

    python3 benches/synth_corpus/measure.py [--apps DIR] [--bin PATH] [--json OUT]
                                            [--results-md PATH | --no-results-md] [--no-reference]

For every app under --apps (default: apps/ beside this script):
  * "before": an untouched copy;
  * "after": a copy in which `cdktf-fix --fix --unsafe-fixes --format json -o REPORT .` ran (cwd = the
    copy); we record the exit code, stderr lines, the fixes applied (codes) and the findings left;
    then a second identical run must change nothing (idempotence: tree hash and 0 fixes applied);
  * "reference" (unless --no-reference): a copy with the hand fixes of manifest.json applied. Its
    synth output is compared with the "after" one (informational: a different but valid fix, or a
    fix of a finding the reference leaves alone, also shows as a mismatch).
The binary is copied to a temp file first, so a rebuild during the run does not matter.

Synthesis uses tests/synth/synth_check.py under the synth venv (cdktf 0.21.0 + provider-aws 21.22.1):
one process for all "before" copies and one for all "after" (+ reference) copies; a process that
stops on a timeout (exit 3) is restarted for the remaining apps.

Prints a per-app table, the totals, the regressions (synthesized before, fails after) and the
remaining after-failures grouped by error kind. Writes RESULTS.md beside this script (figures, date,
the binary's --version). Exit status: 1 if any regression (or a non-idempotent fix), else 0.
"""
import argparse
import collections
import datetime
import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import synthlib  # noqa: E402

DEFAULT_BIN = os.path.join(synthlib.REPO, "target", "debug", "cdktf-fix")
IGNORE = shutil.ignore_patterns("cdktf.out", "__pycache__", "*.pyc", ".venv", "node_modules")


def tree_hash(root):
    h = hashlib.sha256()
    for dp, dns, fns in os.walk(root):
        dns[:] = sorted(d for d in dns if d not in ("__pycache__", "cdktf.out"))
        for fn in sorted(fns):
            p = os.path.join(dp, fn)
            h.update(os.path.relpath(p, root).encode() + b"\0")
            with open(p, "rb") as fh:
                h.update(fh.read())
            h.update(b"\0")
    return h.hexdigest()


def run_fix(binary, app_dir, report_path):
    """One `--fix --unsafe-fixes` run in app_dir. Returns a dict with rc, stderr lines, applied, remaining."""
    cmd = [binary, "--fix", "--unsafe-fixes", "--format", "json", "-o", report_path, "."]
    try:
        p = subprocess.run(cmd, cwd=app_dir, capture_output=True, text=True, timeout=300)
        rc, err = p.returncode, p.stderr
    except subprocess.TimeoutExpired:
        rc, err = None, "timeout after 300 s"
    rep = {}
    if os.path.exists(report_path):
        try:
            rep = json.load(open(report_path))
        except json.JSONDecodeError:
            rep = {}
        os.remove(report_path)
    applied = rep.get("applied") or []
    findings = rep.get("findings") or []
    remaining = [f for f in findings if f.get("status") != "fixed"]
    return {
        "rc": rc,
        "stderr": [ln.strip() for ln in err.splitlines() if ln.strip()][:20],
        "applied": [f"{a.get('code')} {a.get('path')}:{a.get('line')} {a.get('title', '')}" for a in applied],
        "applied_codes": [a.get("code") for a in applied],
        "remaining": [f"{f.get('code')} [{f.get('codemod')}] {f.get('path')}:{(f.get('start') or {}).get('line')}"
                      for f in remaining],
        "errors": rep.get("errors") or [],
        "report_ok": bool(rep),
    }


def normalize(synth):
    """Synth JSON without cdktf's '//' metadata, for comparing two synths of the same app."""
    def strip(x):
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if k != "//"}
        if isinstance(x, list):
            return [strip(v) for v in x]
        return x
    return strip(synth or {})


def first_line(s, n=150):
    s = (s or "").strip().splitlines()
    return (s[0] if s else "")[:n]


def load_manifest(path):
    if os.path.exists(path):
        return json.load(open(path)).get("apps", {})
    return {}


def apply_reference(app_dir, mistakes):
    for m in mistakes:
        for e in m.get("fix", []):
            p = os.path.join(app_dir, e["file"])
            txt = open(p).read()
            if e["find"] not in txt:
                return False
            open(p, "w").write(txt.replace(e["find"], e["replace"], e.get("count", -1)))
    return True


def planted_left(after_dir, ref_dir, mistakes):
    """Planted mistakes whose text is still in the after copy (text match, a heuristic).

    Each mistake has a marker: its manifest `marker`, else the `find` text of the first edit of its
    reference fix that is gone from the reference copy (generic anchors, such as an import line the
    fix extends, are skipped). The mistake counts as still there when its marker still occurs in the
    after copy (in the edit's file, or in any .py file for a manifest marker). Mistakes without a
    marker (no reference edit: hard-coded ids and the like) are returned as `unchecked`."""
    def read(root, rel):
        try:
            return open(os.path.join(root, rel)).read()
        except OSError:
            return None

    def all_py(root):
        out = []
        for dp, _, fns in os.walk(root):
            out += [open(os.path.join(dp, f)).read() for f in fns if f.endswith(".py")]
        return "\n".join(out)

    left, unchecked = [], []
    for m in mistakes:
        label = f"{m['kind']}: {m['desc']}"
        if m.get("marker"):
            present = m["marker"] in all_py(after_dir)
        else:
            present = None
            for e in m.get("fix", []):
                a, r = read(after_dir, e["file"]), read(ref_dir, e["file"])
                if a is None or r is None or e["find"] in r:
                    continue
                present = e["find"] in a
                break
        if present is None:
            unchecked.append(label)
        elif present:
            left.append(label)
    return left, unchecked


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--apps", default=os.path.join(HERE, "apps"))
    ap.add_argument("--bin", default=DEFAULT_BIN, help="cdktf-fix binary (default: target/debug/cdktf-fix)")
    ap.add_argument("--manifest", default=os.path.join(HERE, "manifest.json"))
    ap.add_argument("--venv", default=synthlib.DEFAULT_VENV)
    ap.add_argument("--json", help="write the full results as JSON here")
    ap.add_argument("--results-md", default=os.path.join(HERE, "RESULTS.md"))
    ap.add_argument("--no-results-md", action="store_true")
    ap.add_argument("--no-reference", action="store_true", help="skip the reference-fix comparison")
    ap.add_argument("--keep", action="store_true", help="keep the temp copies")
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="synth-corpus-measure-")
    binary = os.path.join(work, "cdktf-fix")
    shutil.copy2(args.bin, binary)
    os.chmod(binary, os.stat(binary).st_mode | stat.S_IEXEC)
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"binary: {args.bin} ({version})", file=sys.stderr)

    manifest = load_manifest(args.manifest)
    names = sorted(d for d in os.listdir(args.apps) if os.path.isfile(os.path.join(args.apps, d, "tap.py")))
    rows = {}
    before_dirs, after_dirs, ref_dirs = {}, {}, {}
    for n in names:
        src = os.path.join(args.apps, n)
        b = os.path.join(work, "before", n)
        a = os.path.join(work, "after", n)
        shutil.copytree(src, b, ignore=IGNORE)
        shutil.copytree(src, a, ignore=IGNORE)
        before_dirs[n], after_dirs[n] = b, a
        report = os.path.join(work, f"report-{n}.json")
        fix1 = run_fix(binary, a, report)
        h1 = tree_hash(a)
        fix2 = run_fix(binary, a, report)
        h2 = tree_hash(a)
        rows[n] = {
            "intended_correct": (manifest.get(n) or {}).get("intended_correct"),
            "planted": [f"{m['kind']}: {m['desc']}" for m in (manifest.get(n) or {}).get("mistakes", [])],
            "fix": fix1,
            "changed": h1 != tree_hash(b),
            "idempotent": h1 == h2 and not fix2["applied"],
            "second_run_applied": fix2["applied"],
        }
        if not args.no_reference and (manifest.get(n) or {}).get("mistakes"):
            r = os.path.join(work, "reference", n)
            shutil.copytree(src, r, ignore=IGNORE)
            if apply_reference(r, manifest[n]["mistakes"]):
                ref_dirs[n] = r
        print(f"fixed {n}: rc={fix1['rc']} applied={len(fix1['applied'])} remaining={len(fix1['remaining'])}"
              f" idempotent={rows[n]['idempotent']}", file=sys.stderr)

    py = synthlib.venv_python(args.venv)
    log = os.path.join(work, "synth.stderr")
    before, runs_b = synthlib.synth([before_dirs[n] for n in names], py=py, log=log)
    after, runs_a = synthlib.synth([after_dirs[n] for n in names] + [ref_dirs[n] for n in names if n in ref_dirs],
                                   py=py, log=log)

    for n in names:
        rb, ra = before[before_dirs[n]], after[after_dirs[n]]
        rr = after.get(ref_dirs.get(n)) if n in ref_dirs else None
        row = rows[n]
        row.update({
            "before_ok": rb["ok"], "before_error_kind": rb.get("error_kind"), "before_error": first_line(rb.get("error")),
            "before_where": rb.get("where"), "before_resources": synthlib.resource_count(rb),
            "after_ok": ra["ok"], "after_error_kind": ra.get("error_kind"), "after_error": first_line(ra.get("error")),
            "after_where": ra.get("where"), "after_resources": synthlib.resource_count(ra),
        })
        if n in ref_dirs:
            row["planted_left"], row["planted_unchecked"] = planted_left(after_dirs[n], ref_dirs[n],
                                                                         manifest[n]["mistakes"])
        if rr is not None:
            row["reference_ok"] = rr["ok"]
            row["matches_reference"] = (ra["ok"] and rr["ok"]
                                        and normalize(ra.get("synth")) == normalize(rr.get("synth")))
            if ra["ok"] and rr["ok"] and not row["matches_reference"]:
                diff_types = sorted(set(ra.get("resources", {})) ^ set(rr.get("resources", {})))
                row["reference_diff"] = diff_types or "same resource types, different arguments"

    # ---- report ----
    def cell(ok, kind):
        return "ok" if ok else (kind or "?")

    hdr = f"{'app':34} {'before':22} {'after':22} {'res b/a':>9} {'fixes':>5} {'left':>4} {'ref':>4}"
    print(hdr)
    print("-" * len(hdr))
    for n in names:
        r = rows[n]
        ref = "-" if "matches_reference" not in r else ("=" if r["matches_reference"] else "!=")
        print(f"{n:34} {cell(r['before_ok'], r['before_error_kind']):22} {cell(r['after_ok'], r['after_error_kind']):22}"
              f" {r['before_resources']:>4}/{r['after_resources']:<4} {len(r['fix']['applied']):>5}"
              f" {len(r['fix']['remaining']):>4} {ref:>4}")

    total = len(names)
    nb = sum(rows[n]["before_ok"] for n in names)
    na = sum(rows[n]["after_ok"] for n in names)
    regressions = [n for n in names if rows[n]["before_ok"] and not rows[n]["after_ok"]]
    not_idem = [n for n in names if not rows[n]["idempotent"]]
    newly = [n for n in names if not rows[n]["before_ok"] and rows[n]["after_ok"]]
    fixes_total = sum(len(rows[n]["fix"]["applied"]) for n in names)
    pct = lambda x: f"{100.0 * x / total:.1f}%" if total else "-"
    print()
    print(f"apps: {total}")
    print(f"synthesize before: {nb} ({pct(nb)})")
    print(f"synthesize after:  {na} ({pct(na)})   newly synthesizing: {len(newly)}")
    print(f"fixes applied: {fixes_total}; apps changed: {sum(rows[n]['changed'] for n in names)}")
    print(f"regressions (ok before, fail after): {len(regressions)} {regressions}")
    print(f"not idempotent: {len(not_idem)} {not_idem}")
    if ref_dirs:
        m_eq = [n for n in names if rows[n].get("matches_reference")]
        print(f"after == reference fix (synth JSON): {len(m_eq)} of {len(ref_dirs)} apps with planted mistakes")
    groups = collections.defaultdict(list)
    for n in names:
        if not rows[n]["after_ok"]:
            groups[rows[n]["after_error_kind"]].append(n)
    print("\nremaining after-failures by error kind:")
    for kind, apps in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0] or "")):
        print(f"  {kind}: {len(apps)}")
        for n in apps:
            r = rows[n]
            print(f"    {n} ({r['after_where']}): {r['after_error']}")
            for m in r.get("planted_left", []):
                print(f"        planted, still there: {m}")
    left_by_kind = collections.defaultdict(list)
    for n in names:
        for m in rows[n].get("planted_left", []):
            left_by_kind[int(m.split(":", 1)[0])].append((n, m.split(": ", 1)[1], rows[n]["after_ok"]))
    if ref_dirs:
        print("\nplanted mistakes still there after the fix (text match), by kind:")
        for kind in sorted(left_by_kind):
            print(f"  kind {kind}: {len(left_by_kind[kind])}")
            for n, desc, ok in left_by_kind[kind]:
                print(f"    {n}{' (synthesizes anyway)' if ok else ''}: {desc}")

    summary = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "binary": args.bin, "version": version, "apps": total,
        "before_ok": nb, "after_ok": na, "newly_ok": newly, "regressions": regressions,
        "not_idempotent": not_idem, "fixes_applied": fixes_total,
        "after_failures": {k: v for k, v in groups.items()},
        "planted_left_by_kind": {str(k): [f"{n}: {d}" for n, d, _ in v] for k, v in sorted(left_by_kind.items())},
        "planted_total": sum(len((manifest.get(n) or {}).get("mistakes", [])) for n in names),
        "synth_runs": {"before": runs_b, "after": runs_a},
    }
    if args.json:
        json.dump({"summary": summary, "apps": rows}, open(args.json, "w"), indent=1)
    if not args.no_results_md:
        write_results_md(args.results_md, summary, rows, names, bool(ref_dirs))
    if args.keep:
        print(f"kept {work}", file=sys.stderr)
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if (regressions or not_idem) else 0


def write_results_md(path, s, rows, names, with_ref):
    total = s["apps"]
    pct = lambda x: f"{100.0 * x / total:.1f}%" if total else "-"
    versions = (s["synth_runs"]["before"][0].get("versions") if s["synth_runs"]["before"] else {}) or {}
    L = [
        "# Synth corpus: results",
        "",
        "Written by `benches/synth_corpus/measure.py`; rerun it to refresh. The corpus and its planted",
        "mistakes are described in README.md and manifest.json.",
        "",
        f"- date: {s['date']}",
        f"- binary: `{s['version']}`",
        f"- synth oracle: " + ", ".join(f"{k} {v}" for k, v in sorted(versions.items())),
        f"- command per app: `cdktf-fix --fix --unsafe-fixes .` (with `--format json -o REPORT`), run twice",
        "",
        "| | apps | % |",
        "|---|---:|---:|",
        f"| apps | {total} | |",
        f"| synthesize before | {s['before_ok']} | {pct(s['before_ok'])} |",
        f"| synthesize after | {s['after_ok']} | {pct(s['after_ok'])} |",
        f"| newly synthesizing | {len(s['newly_ok'])} | |",
        f"| regressions (ok before, fail after) | {len(s['regressions'])} | |",
        f"| not idempotent | {len(s['not_idempotent'])} | |",
        "",
        f"Fixes applied in total: {s['fixes_applied']}. Regressions: {', '.join(s['regressions']) or 'none'}.",
        "",
        "## Remaining failures after the fix, by error kind",
        "",
    ]
    if not s["after_failures"]:
        L.append("None.")
    for kind, apps in sorted(s["after_failures"].items(), key=lambda kv: (-len(kv[1]), kv[0] or "")):
        L.append(f"### {kind} ({len(apps)})")
        L.append("")
        for n in apps:
            r = rows[n]
            L.append(f"- `{n}` ({r['after_where']}): {r['after_error']}")
        L.append("")
    if s.get("planted_left_by_kind") is not None:
        L += ["## Planted mistakes still there after the fix, by kind", "",
              "Text match against the reference fix in manifest.json (a heuristic); mistakes the manifest gives",
              "no reference edit for (hard-coded ids and the like) are not counted. Kinds: 1 class/module name,",
              "2 keyword, 3 value type/shape, 4 token misuse, 5 Fn function, 6 typed struct for an untyped block,",
              "7 struct of another block, 8 other (seeds).", ""]
        left = s["planted_left_by_kind"]
        L.append(f"{sum(len(v) for v in left.values())} of {s['planted_total']} planted mistakes still there.")
        L.append("")
        for k, items in left.items():
            L.append(f"- kind {k} ({len(items)}): " + "; ".join(f"`{x.split(': ', 1)[0]}` {x.split(': ', 1)[1]}" for x in items))
        L.append("")
    L += ["## Per app", "",
          "| app | planted | before | after | resources b/a | fixes | left | = ref |",
          "|---|---:|---|---|---:|---:|---:|:---:|"]
    for n in names:
        r = rows[n]
        b = "ok" if r["before_ok"] else r["before_error_kind"]
        a = "ok" if r["after_ok"] else r["after_error_kind"]
        ref = "" if "matches_reference" not in r else ("yes" if r["matches_reference"] else "no")
        L.append(f"| {n} | {len(r['planted'])} | {b} | {a} | {r['before_resources']}/{r['after_resources']} |"
                 f" {len(r['fix']['applied'])} | {len(r['fix']['remaining'])} | {ref} |")
    if with_ref:
        L += ["", "`= ref`: the after-fix synth JSON equals the synth of the hand-fixed reference copy (manifest.json),",
              "ignoring cdktf's `//` metadata. `no` can also mean a different valid fix, or a fix of something the",
              "reference leaves alone (for example a hard-coded tag)."]
    open(path, "w").write("\n".join(L) + "\n")


if __name__ == "__main__":
    sys.exit(main())
