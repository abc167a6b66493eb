#!/usr/bin/env python3
"""Compare two HCL schema indexes field by field (stdlib only): the fidelity check of the
`generate_hcl.py --from-jsii` derivation against the real `terraform providers schema -json` one.

Usage (from the repository root):

    python3 codemods/schema/generate_hcl.py \\
        --from-jsii ~/.cache/cdktf-fix/schema-venv-cdktf-cdktf-provider-aws-20.1.0 \\
        --out /tmp/jsii-5.100.0.json.gz
    python3 codemods/schema/compare_hcl_index.py codemods/schema/hcl-aws-5.100.0.json.gz \\
        /tmp/jsii-5.100.0.json.gz [--examples 3]

The first file is the reference (REAL), the second the derived one (DERIVED); both should come
from the same provider version (cdktf-cdktf-provider-aws 20.1.0 was generated from hashicorp/aws
5.100.0, the version of hcl-aws-5.100.0.json.gz).  Prints, per field, how many of the compared
items agree, and the kinds of difference with their counts and a few examples (`type.path.name`).
Exit status 0 always: it measures, it does not judge.  See README.md ("HCL schema index").
"""

import argparse
import collections
import gzip
import json
import sys


def load(path):
    with gzip.open(path, "rb") as f:
        return json.load(f)


class Tally:
    def __init__(self):
        self.agree = collections.Counter()
        self.total = collections.Counter()
        self.diffs = collections.defaultdict(list)  # (field, pattern) -> [where]

    def see(self, field, real, derived, where):
        self.total[field] += 1
        if real == derived:
            self.agree[field] += 1
        else:
            self.diffs[(field, f"real {real!r} / derived {derived!r}")].append(where)

    def names(self, field, real, derived, where):
        """Name sets: agreement counted over the union."""
        for n in sorted(set(real) | set(derived)):
            self.total[field] += 1
            if n in real and n in derived:
                self.agree[field] += 1
            else:
                side = "only in real" if n in real else "only in derived"
                self.diffs[(field, side)].append(f"{where}.{n}")


def flag_set(flags):
    return {k: (k in flags) for k in "rocd"}


def compare_block(t, real, derived, where):
    ra, da = real.get("a", {}), derived.get("a", {})
    rb, db = real.get("b", {}), derived.get("b", {})
    # an argument written as attribute on one side and block on the other
    for n in sorted((set(ra) & set(db)) | (set(rb) & set(da))):
        t.diffs[("kind", "attribute in real, block in derived" if n in ra else "block in real, attribute in derived")
                ].append(f"{where}.{n}")
    t.names("argument names", set(ra) | set(rb), set(da) | set(db), where)
    t.names("attribute names", set(ra), set(da), where)
    t.names("block names", set(rb), set(db), where)
    for n in sorted(set(ra) & set(da)):
        (rt, rf), (dt, df) = ra[n], da[n]
        w = f"{where}.{n}"
        t.see("attribute type", rt, dt, w)
        t.see("flags (all of r/o/c/d)", rf, df, w)
        rs, ds = flag_set(rf), flag_set(df)
        for k, name in (("r", "required"), ("o", "optional"), ("c", "computed"), ("d", "deprecated")):
            t.see(f"flag {k} ({name})", rs[k], ds[k], w)
        t.see("flags without d", rf.replace("d", ""), df.replace("d", ""), w)
    for n in sorted(set(rb) & set(db)):
        r, d = rb[n], db[n]
        w = f"{where}.{n}"
        t.see("block nesting n", r.get("n"), d.get("n"), w)
        t.see("block min", r.get("min", 0), d.get("min", 0), w)
        t.see("block max", r.get("max", 0), d.get("max", 0), w)
        t.see("block max 1 or not", r.get("max", 0) == 1, d.get("max", 0) == 1, w)
        t.see("block deprecated", bool(r.get("d")), bool(d.get("d")), w)
        compare_block(t, r, d, w)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("real")
    ap.add_argument("derived")
    ap.add_argument("--examples", type=int, default=3, help="examples per kind of difference (default 3)")
    ap.add_argument("--min-count", type=int, default=1, help="list kinds of difference seen at least this often")
    a = ap.parse_args(argv)
    R, D = load(a.real), load(a.derived)
    print(f"real:    {a.real}: hashicorp/aws {R.get('provider_version')} ({R.get('source')})")
    print(f"derived: {a.derived}: hashicorp/aws {D.get('provider_version')} ({D.get('source')})")
    t = Tally()
    for kind in ("resources", "data_sources"):
        t.names(f"{kind} types", set(R[kind]), set(D[kind]), kind)
        for ty in sorted(set(R[kind]) & set(D[kind])):
            compare_block(t, R[kind][ty], D[kind][ty], ty)
    print()
    print(f"{'field':32} {'agree':>9} {'of':>9} {'%':>8}")
    for field in t.total:
        n, ok = t.total[field], t.agree[field]
        print(f"{field:32} {ok:9,} {n:9,} {100.0 * ok / n if n else 100:8.3f}")
    print()
    print("differences (count, field: kind, examples):")
    for (field, pattern), wheres in sorted(t.diffs.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(wheres) < a.min_count:
            continue
        ex = ", ".join(wheres[:a.examples])
        print(f"{len(wheres):7,}  {field}: {pattern}  [{ex}]")


if __name__ == "__main__":
    main(sys.argv[1:])
