#!/usr/bin/env python3
"""Time cdktf-fix against `ast-grep scan` on the generated corpus and print a table of figures.

Run through `bash benches/run.sh`, which builds the release binary and installs ast-grep first.
Three commands are timed, interleaved round-robin (so that load from other processes falls on
all of them alike), after one warm-up run each:

  (a) cdktf-fix, full scan with every default codemod (Python and Terraform files);
  (b) cdktf-fix with only the codemods exported to ast-grep (`--export-ast-grep`);
  (c) `ast-grep scan` with those exported rules.

(b) and (c) run the same rules on the same files; before timing, their finding counts are
compared rule by rule. Both tools use every core (their default). Wall time is the median of the
runs; CPU time (user + sys of the child) is printed too, since on a shared machine it is the
steadier of the two.
"""

import argparse
import collections
import datetime
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_corpus  # noqa: E402


def run(cmd, capture=False):
    """Run `cmd`; return (wall seconds, cpu seconds, exit code, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=capture)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # cdktf-fix exits 1 when it reports findings; 2 (or a signal) is a failure.
    if p.returncode not in (0, 1):
        err = p.stderr if isinstance(p.stderr, str) else p.stderr.decode(errors="replace")
        sys.exit(f"{' '.join(cmd)} failed with {p.returncode}: {err[-2000:]}")
    return wall, cpu, p.returncode, p.stdout


def run_rss(cmd):
    """Run `cmd`; return (wall seconds, cpu seconds, peak RSS in MB) of that one process."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    err = p.stderr.read().decode(errors="replace") if p.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed with {code}: {err[-2000:]}")
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024


def interleaved(commands, runs):
    """Time each command `runs` times, round-robin after one warm-up each (as farm-bench does):
    {name: (min wall, median wall, min cpu, median cpu, max rss MB)}."""
    samples = {k: [] for k in commands}
    for cmd in commands.values():
        run_rss(cmd)
    for _ in range(runs):
        for k, cmd in commands.items():
            samples[k].append(run_rss(cmd))
    out = {}
    for k, xs in samples.items():
        walls = [x[0] for x in xs]
        cpus = [x[1] for x in xs]
        out[k] = (min(walls), statistics.median(walls), min(cpus), statistics.median(cpus),
                  max(x[2] for x in xs))
    return out


def print_timed(title, timed, base=None):
    print(title)
    print(f"  {'command':<44} {'wall min':>9} {'wall med':>9} {'CPU min':>8} {'CPU med':>8} "
          f"{'peak MB':>8}" + (f" {'CPU / ' + base:>16}" if base else ""))
    for k, (wmin, wmed, cmin, cmed, rss) in timed.items():
        ratio = f" {cmed / timed[base][3]:>15.2f}x" if base else ""
        print(f"  {k:<44} {wmin:>9.2f} {wmed:>9.2f} {cmin:>8.2f} {cmed:>8.2f} {rss:>8.0f}{ratio}")
    print()


def floor_binary():
    out = subprocess.run(["cargo", "bench", "--no-run", "--bench", "parse_floor"],
                         capture_output=True, text=True, cwd=os.path.dirname(HERE))
    for line in out.stderr.splitlines():
        if "Executable" in line and "parse_floor" in line:
            return os.path.join(os.path.dirname(HERE), line.rsplit("(", 1)[1].rstrip(")"))
    sys.exit("could not build benches/parse_floor.rs: " + out.stderr[-1000:])


def ratios(args, cf, ruff):
    """The floor, ruff, --fix, threads and scaling: ratios of CPU time, same files, same run."""
    floor = floor_binary()
    corpus = args.corpus
    commands = {
        "parse only (the floor), .py + .tf": [floor, corpus],
        "cdktf-fix, all codemods": [cf, "--isolated", "--quiet", corpus],
        "cdktf-fix --diff --unsafe-fixes": [cf, "--isolated", "--quiet", "--diff", "--unsafe-fixes", corpus],
        "cdktf-fix, all codemods, --threads 1": [cf, "--isolated", "--quiet", "--threads", "1", corpus],
    }
    if ruff:
        # The same Python files, ruff's 800+ rules: the best-in-class Python scanner.
        commands["ruff check --select ALL --no-cache (.py)"] = [
            ruff, "check", "--select", "ALL", "--no-cache", "--exit-zero", "--quiet", corpus]
    timed = interleaved(commands, args.runs)
    print_timed("ratios (CPU median over the floor):", timed, base="parse only (the floor), .py + .tf")
    full = timed["cdktf-fix, all codemods"]
    one = timed["cdktf-fix, all codemods, --threads 1"]
    fix = timed["cdktf-fix --diff --unsafe-fixes"]
    print(f"  full scan / parse floor (CPU): {full[3] / timed['parse only (the floor), .py + .tf'][3]:.2f}x (target <= 1.5x)")
    print(f"  --diff --unsafe-fixes / check (CPU): {fix[3] / full[3]:.2f}x (target <= 1.5x)")
    print(f"  wall, --threads 1 / all {os.cpu_count()} cores: {one[1] / full[1]:.2f}x (target: {os.cpu_count()}x)")
    if ruff:
        r = timed["ruff check --select ALL --no-cache (.py)"]
        # The full scan also reads the corpus' few .tf files; ruff only the .py ones.
        print(f"  full scan / ruff check --select ALL (CPU): {full[3] / r[3]:.2f}x (target <= 1x)")
    print()
    if args.scaling:
        print("scaling with corpus size (CPU median, one thread per process as set):")
        base = None
        for frac in (0.25, 0.5, 1.0, 2.0):
            size = max(1, int(args.size_mb * frac))
            path = f"{corpus}-{size}mb" if frac != 1.0 else corpus
            ensure_corpus(path, size, args.seed)
            n, b = corpus_files(path, (".py", ".tf"))
            t = interleaved({"scan": [cf, "--isolated", "--quiet", path]}, args.runs)["scan"]
            per_mb = t[3] / (b / 1e6)
            base = base or per_mb
            print(f"  {size:>4} MB ({n} files): {t[3]:.2f} CPU s, {per_mb:.3f} s/MB ({per_mb / base:.2f}x the 1/4 corpus' rate)")
        print()


def corpus_files(root, exts):
    n = size = 0
    for d, dirs, files in os.walk(root):
        for f in files:
            if f.endswith(exts):
                n += 1
                size += os.path.getsize(os.path.join(d, f))
    return n, size


def ensure_corpus(path, size_mb, seed):
    stamp = os.path.join(path, ".bench-stamp")
    want = f"size_mb={size_mb} seed={seed} generator={os.path.getmtime(gen_corpus.__file__)}"
    if os.path.exists(stamp) and open(stamp).read() == want:
        return
    print(f"generating {size_mb} MB corpus in {path} (seed {seed}) ...", file=sys.stderr)
    gen_corpus.generate(path, size_mb, seed, 0.12)
    with open(stamp, "w") as f:
        f.write(want)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cdktf-fix", default="target/release/cdktf-fix")
    ap.add_argument("--ast-grep", default="target/bench-venv/bin/ast-grep")
    ap.add_argument("--corpus", default="target/bench-corpus")
    ap.add_argument("--rules", default="target/bench-rules")
    ap.add_argument("--size-mb", type=int, default=60)
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--ruff", default="target/bench-venv/bin/ruff")
    ap.add_argument("--no-scaling", dest="scaling", action="store_false",
                    help="skip the 1/4, 1/2, 1, 2x corpus runs")
    args = ap.parse_args()

    ensure_corpus(args.corpus, args.size_mb, args.seed)
    cf, sg = args.cdktf_fix, args.ast_grep

    # The comparable rules, exported from the specs.
    _, _, _, out = run([cf, "--isolated", "--export-ast-grep", args.rules], capture=True)
    compared = out.split()
    if not compared:
        sys.exit("no rule was exported")
    select = ",".join(compared)
    sgconfig = os.path.join(args.rules, "sgconfig.yml")

    commands = {
        "cdktf-fix, all codemods": [cf, "--isolated", "--quiet", args.corpus],
        "cdktf-fix, compared rules": [cf, "--isolated", "--quiet", "--select", select, args.corpus],
        "ast-grep scan, compared rules": [sg, "scan", "-c", sgconfig, "--report-style", "short",
                                          "--color", "never", args.corpus],
    }
    py = corpus_files(args.corpus, (".py",))
    py_tf = corpus_files(args.corpus, (".py", ".tf"))
    inputs = {
        "cdktf-fix, all codemods": py_tf,
        "cdktf-fix, compared rules": py,
        "ast-grep scan, compared rules": py,
    }

    # Same findings? Count per rule in each tool's JSON output.
    _, _, _, out = run([cf, "--isolated", "--select", select, "--format", "json", args.corpus],
                       capture=True)
    ours = collections.Counter(f["codemod"] for f in json.loads(out)["findings"])
    _, _, _, out = run([sg, "scan", "-c", sgconfig, "--json=stream", args.corpus], capture=True)
    theirs = collections.Counter(json.loads(line)["ruleId"] for line in out.splitlines() if line)
    _, _, _, out = run([cf, "--isolated", "--format", "json", args.corpus], capture=True)
    full_findings = len(json.loads(out)["findings"])
    findings = {
        "cdktf-fix, all codemods": full_findings,
        "cdktf-fix, compared rules": sum(ours.values()),
        "ast-grep scan, compared rules": sum(theirs.values()),
    }

    times = {k: [] for k in commands}
    cpus = {k: [] for k in commands}
    for k, cmd in commands.items():
        run(cmd)  # warm-up: page cache, binary
    for _ in range(args.runs):
        for k, cmd in commands.items():
            wall, cpu, _, _ = run(cmd)
            times[k].append(wall)
            cpus[k].append(cpu)

    cf_version = subprocess.run([cf, "--version"], capture_output=True, text=True).stdout.strip()
    sg_version = subprocess.run([sg, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC; "
          f"nproc: {os.cpu_count()}; load average before: {os.getloadavg()[0]:.1f}; "
          f"{platform.machine()}")
    print(f"{cf_version}; {sg_version}")
    print(f"corpus: {args.corpus} (seed {args.seed}): {py_tf[0]} .py/.tf files, "
          f"{py_tf[1] / 1e6:.1f} MB; {py[0]} .py files, {py[1] / 1e6:.1f} MB")
    print(f"compared rules: {', '.join(compared)}")
    print(f"runs: {args.runs} after one warm-up, interleaved; wall = median, CPU = median user+sys")
    print()
    print("findings per compared rule (cdktf-fix / ast-grep):")
    same = True
    for rule in compared:
        mark = "" if ours[rule] == theirs[rule] else "   <-- differs"
        same &= ours[rule] == theirs[rule]
        print(f"  {rule:<32} {ours[rule]:>6} / {theirs[rule]:<6}{mark}")
    print()
    header = ["tool", "files", "MB", "wall s", "CPU s", "files/s", "MB/s", "findings"]
    rows = []
    for k in commands:
        n, size = inputs[k]
        wall = statistics.median(times[k])
        cpu = statistics.median(cpus[k])
        rows.append([k, str(n), f"{size / 1e6:.1f}", f"{wall:.2f}", f"{cpu:.2f}",
                     f"{n / wall:,.0f}", f"{size / 1e6 / wall:.1f}", str(findings[k])])
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
        print("  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths))))
        for r in rows:
            print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
    b = statistics.median(times["cdktf-fix, compared rules"])
    c = statistics.median(times["ast-grep scan, compared rules"])
    print()
    print(f"cdktf-fix / ast-grep on the same rules and files: {c / b:.2f}x the speed "
          f"({'faster' if b < c else 'slower'})")
    print()
    ruff = args.ruff if os.path.exists(args.ruff) else None
    ratios(args, cf, ruff)
    if not same:
        print("finding counts differ: see above", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
