#!/usr/bin/env python3
"""terraform validate on every corpus module before and after `cdktf-fix --fix --unsafe-fixes`.

Usage: python3 benches/hcl_corpus/gen.py && CDKTF_FIX=target/release/cdktf-fix python3 benches/hcl_corpus/measure.py [-v]
Needs terraform and the plugin directory /opt/tf-plugins (hashicorp/aws 5.100.0); about 2 minutes on 2 cores.
Prints, per module, valid/INVALID before -> after and the broken snippets; then the totals, the
findings by codemod, terraform fmt cleanliness before/after, and whether a second fix run changes
anything (idempotence)."""
import concurrent.futures, json, os, shutil, subprocess, sys, tempfile, time
HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.environ.get("CDKTF_FIX", os.path.join(HERE, "..", "..", "target", "release", "cdktf-fix"))
PLUGINS = "/opt/tf-plugins"

def validate(d, env):
    r = subprocess.run(["terraform", "init", "-backend=false", "-input=false", "-no-color", f"-plugin-dir={PLUGINS}"],
                       cwd=d, env=env, capture_output=True, text=True)
    if r.returncode:
        return False, [("error", "init: " + r.stderr[-500:])]
    r = subprocess.run(["terraform", "validate", "-json", "-no-color"], cwd=d, env=env, capture_output=True, text=True)
    doc = json.loads(r.stdout)
    return doc["valid"], [(x["severity"], x["summary"] + ": " + x.get("detail", "")[:120]) for x in doc["diagnostics"]]

def main():
    tmp = tempfile.mkdtemp(prefix="hcl-corpus-")
    cli = os.path.join(tmp, "rc"); open(cli, "w").close()
    env = dict(os.environ, TF_CLI_CONFIG_FILE=cli, CHECKPOINT_DISABLE="1")
    mods = sorted(os.listdir(os.path.join(HERE, "modules")))
    for side in ("before", "after"):
        shutil.copytree(os.path.join(HERE, "modules"), os.path.join(tmp, side))
    t = time.monotonic()
    fix = subprocess.run([BIN, "--fix", "--unsafe-fixes", "--exit-zero", "."], cwd=os.path.join(tmp, "after"),
                         capture_output=True, text=True)
    fix_s = time.monotonic() - t
    report = subprocess.run([BIN, "--format", "json", "--exit-zero", "."], cwd=os.path.join(tmp, "before"),
                            capture_output=True, text=True)
    rep = json.loads(report.stdout)
    dirs = [os.path.join(tmp, s, m) for s in ("before", "after") for m in mods]
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        res = dict(zip(dirs, pool.map(lambda d: validate(d, env), dirs)))
    vb = va = fixed = broke = 0; warn_b = warn_a = 0
    for m in mods:
        b = res[os.path.join(tmp, "before", m)]; a = res[os.path.join(tmp, "after", m)]
        vb += b[0]; va += a[0]; fixed += (not b[0]) and a[0]; broke += b[0] and not a[0]
        warn_b += sum(s == "warning" for s, _ in b[1]); warn_a += sum(s == "warning" for s, _ in a[1])
        manifest = open(os.path.join(HERE, "modules", m, "MANIFEST")).read().split()
        print(f"{m} {'valid' if b[0] else 'INVALID'} -> {'valid' if a[0] else 'INVALID'}  [{' '.join(x for x in manifest if not x.endswith(':ok'))}]")
        if "-v" in sys.argv:
            for s, d in a[1]:
                print(f"      after: [{s}] {d}")
    by = {}
    for f in rep["findings"]:
        by[f["codemod"]] = by.get(f["codemod"], 0) + 1
    print(f"\nmodules: {len(mods)}; valid before: {vb}; valid after: {va}; made valid: {fixed}; "
          f"broken by the fix: {broke}; warnings before/after: {warn_b}/{warn_a}")
    print(f"findings before (by codemod): {json.dumps(by, sort_keys=True)}")
    print(f"fix run: {fix_s:.2f} s; {fix.stdout.strip().splitlines()[-1] if fix.stdout.strip() else fix.stderr.strip()[-300:]}")
    # idempotence: a second fix run changes nothing
    again = subprocess.run([BIN, "--fix", "--unsafe-fixes", "--exit-zero", "--format", "json", "."],
                           cwd=os.path.join(tmp, "after"), capture_output=True, text=True)
    def unformatted(side):
        r = subprocess.run(["terraform", "fmt", "-check", "-recursive", "-list=true"], cwd=os.path.join(tmp, side),
                           env=env, capture_output=True, text=True)
        return set(r.stdout.split())
    ub, ua = unformatted("before"), unformatted("after")
    print(f"files not terraform-fmt clean: before {len(ub)}, after {len(ua)}, newly unformatted by the fix: {sorted(ua - ub)}")
    print(f"second fix run applied: {len(json.loads(again.stdout)['applied'])}")
    shutil.rmtree(tmp)

main()
