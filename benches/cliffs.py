#!/usr/bin/env python3
"""The cost cliffs found on real and generated input, as bench cases that print their figures
(seconds and peak memory per size), so a regression shows as a curve that bends:

  unused-import     1,000 / 4,000 / 20,000 unused imports in one file
  tf-partition      10 / 40 / 80 copies of a 306-line IAM file in one module (one declaration)
  big file --diff   a 2 / 5 / 10 MB generated stack with 3 findings, shown as a diff
  many findings     a 1 / 2 / 4 MB stack of buckets, ~20,000 findings per MB, all fixed
                    (--unsafe-fixes --diff); was quadratic (a 200 KB file took minutes)
  one long line     a 1 / 2 / 4 MB expression on a single line, with one finding

Each figure is the median of three runs of the release binary (`--cdktf-fix`). A case is
linear when the seconds per unit stay flat as the size grows.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def timed(cmd, cwd):
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, ru = os.wait4(p.pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            sys.exit(f"{' '.join(cmd)} failed ({code}): {p.stderr.read().decode()[-500:]}")
        runs.append((time.perf_counter() - start, ru.ru_maxrss / 1024))
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def report(name, unit, rows):
    print(f"{name}:")
    base = None
    for size, (secs, mb) in rows:
        per = secs / size
        base = base or per
        print(f"  {size:>8,} {unit:<12} {secs:>7.2f} s  {mb:>6.0f} MB peak  {per * 1000:>9.4f} ms/{unit.rstrip('s')}  ({per / base:.2f}x the smallest's rate)")
    print()


def unused_imports(cf, d):
    rows = []
    for n in (1000, 4000, 20000):
        path = os.path.join(d, f"unused_{n}.py")
        with open(path, "w") as f:
            f.write("from cdktf import App\n")
            f.writelines(f"import mod{i}\n" for i in range(n))
            f.write("App()\n")
        rows.append((n, timed([cf, "--isolated", "--diff", path], d)))
    report("unused-import, --diff", "imports", rows)


def partition_module(cf, d):
    block = "".join(
        f'resource "aws_iam_role_policy_attachment" "p{{n}}_{i}" {{\n  role       = aws_iam_role.r.name\n'
        f'  policy_arn = "arn:aws:iam::aws:policy/Policy{i}"\n}}\n'
        f'data "aws_iam_policy_document" "d{{n}}_{i}" {{\n  statement {{\n'
        f'    resources = ["arn:aws:s3:::bucket-{i}/*"]\n  }}\n}}\n'
        for i in range(34))
    rows = []
    for copies in (10, 40, 80):
        m = os.path.join(d, f"module_{copies}")
        os.makedirs(m)
        for n in range(copies):
            with open(os.path.join(m, f"iam{n}.tf"), "w") as f:
                f.write(block.replace("{n}", str(n)))
        rows.append((copies, timed([cf, "--isolated", "--diff", "--unsafe-fixes", m], d)))
    report("tf-hardcoded-partition, one module, --diff --unsafe-fixes", "files", rows)


CLEAN = '''
        bucket_{i} = S3Bucket(self, "bucket_{i}", bucket_prefix="data-{i}-", tags={{"team": "core"}})
'''

# A global bucket name without an account id: one s3-bucket-name-not-unique finding each.
NAMED = '''
        bucket_{i} = S3Bucket(self, "bucket_{i}", bucket="data-{i}", tags={{"team": "core"}})
'''


def write_stack(path, mb, stack):
    """A stack of `mb` megabytes of `stack` statements, plus an unused import, an `id`
    parameter and an S3 backend lock override (3 findings)."""
    with open(path, "w") as f:
        f.write("import os\nfrom cdktf import TerraformStack\n"
                "from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket\n\n\n"
                "class Big(TerraformStack):\n    def __init__(self, scope, id):\n"
                "        super().__init__(scope, id)\n")
        i = 0
        while f.tell() < mb * 1_000_000:
            f.write(stack.format(i=i))
            i += 1
        f.write("        self.add_override(\"terraform.backend.s3.use_lockfile\", True)\n")


def own_dir(d, name):
    """Each file in a directory of its own: the fixers that look at the whole app (callers of
    a renamed parameter) must not parse the other cases' files."""
    sub = os.path.join(d, name)
    os.makedirs(sub)
    with open(os.path.join(sub, "cdktf.json"), "w") as f:
        f.write("{}\n")
    return os.path.join(sub, "stack.py")


def big_file(cf, d):
    rows = []
    for mb in (2, 5, 10):
        path = own_dir(d, f"big_{mb}mb")
        write_stack(path, mb, CLEAN)
        rows.append((mb, timed([cf, "--isolated", "--diff", "--terraform-version", "1.9.0", path], d)))
    report("a big stack with 3 findings, --diff", "MB", rows)


def many_findings(cf, d):
    rows = []
    for mb in (1, 2, 4):
        path = own_dir(d, f"many_{mb}mb")
        write_stack(path, mb, NAMED)
        cmd = [cf, "--isolated", "--diff", "--unsafe-fixes", "--terraform-version", "1.9.0", path]
        rows.append((mb, timed(cmd, d)))
    report("~20,000 findings per MB, all fixed, --unsafe-fixes --diff", "MB", rows)


def long_line(cf, d):
    rows = []
    for mb in (1, 2, 4):
        path = own_dir(d, f"line_{mb}mb")
        n = mb * 1_000_000 // 12
        with open(path, "w") as f:
            f.write("import os\nfrom cdktf import App\nApp()\nx = [" + ", ".join(f'"{i:07d}"' for i in range(n)) + "]\n")
        rows.append((mb, timed([cf, "--isolated", "--diff", path], d)))
    report("one long expression line, one finding, --diff", "MB", rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cdktf-fix", default="target/release/cdktf-fix")
    args = ap.parse_args()
    cf = os.path.abspath(args.cdktf_fix)
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "cdktf.json"), "w") as f:
            f.write("{}\n")
        unused_imports(cf, d)
        partition_module(cf, d)
        big_file(cf, d)
        many_findings(cf, d)
        long_line(cf, d)


if __name__ == "__main__":
    main()
