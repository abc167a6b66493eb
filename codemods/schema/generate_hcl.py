#!/usr/bin/env python3
"""Build the compact Terraform (HCL) schema index of the AWS provider (developer-run).

Usage (from the repository root):

    python3 codemods/schema/generate_hcl.py [--plugin-dir /opt/tf-plugins] \
        [--provider-version 5.100.0] [--out codemods/schema/hcl-aws-5.100.0.json.gz]

What it does:
  1. Writes a one-file module pinning hashicorp/aws to --provider-version into a temporary
     directory, runs `terraform init -backend=false -plugin-dir=<dir>` (offline: the provider
     comes from the local plugin directory) and `terraform providers schema -json`.
  2. Keeps what the HCL codemods need of every resource and data-source type: its arguments
     (type, required / optional / computed, deprecated) and its nested block types (nesting
     mode, min/max items, their own arguments and blocks), without descriptions.
  3. Writes sorted, compact JSON, gzip -9 with mtime 0 and no file name (so the same inputs give
     the same bytes; only `generated` (the date, --date) changes between days).

Only the standard library is used.  See README.md beside this file ("HCL schema index").
"""

import argparse
import datetime
import gzip
import json
import os
import subprocess
import sys
import tempfile

FORMAT = 1
GENERATED_BY = "codemods/schema/generate_hcl.py"
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "registry.terraform.io/hashicorp/aws"


def type_str(t):
    """A Terraform type constraint as HCL spells it, objects shortened to `object`."""
    if isinstance(t, str):
        return "any" if t == "dynamic" else t
    kind = t[0]
    if kind in ("list", "set", "map"):
        return f"{kind}({type_str(t[1])})"
    if kind == "object":
        return "object"
    if kind == "tuple":
        return "tuple"
    return str(kind)


def attr_entry(a):
    """[type, flags]: flags are r (required), o (optional), c (computed), d (deprecated)."""
    if "nested_type" in a:
        nt = a["nested_type"]
        mode = nt.get("nesting_mode", "single")
        ty = "object" if mode == "single" else f"{mode}(object)"
    else:
        ty = type_str(a.get("type", "dynamic"))
    flags = ""
    if a.get("required"):
        flags += "r"
    if a.get("optional"):
        flags += "o"
    if a.get("computed"):
        flags += "c"
    if a.get("deprecated"):
        flags += "d"
    return [ty, flags]


def block_entry(b):
    out = {}
    attrs = {n: attr_entry(a) for n, a in b.get("attributes", {}).items()}
    if attrs:
        out["a"] = attrs
    blocks = {}
    for n, bt in b.get("block_types", {}).items():
        e = block_entry(bt.get("block", {}))
        e["n"] = bt.get("nesting_mode", "list")
        if bt.get("min_items"):
            e["min"] = bt["min_items"]
        if bt.get("max_items"):
            e["max"] = bt["max_items"]
        if bt.get("block", {}).get("deprecated"):
            e["d"] = 1
        blocks[n] = e
    if blocks:
        out["b"] = blocks
    return out


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plugin-dir", default="/opt/tf-plugins")
    ap.add_argument("--provider-version", default="5.100.0")
    ap.add_argument("--terraform", default="terraform")
    ap.add_argument("--date", default=datetime.date.today().isoformat(),
                    help="generation date recorded in the index (default: today)")
    ap.add_argument("--schema-json", default=None,
                    help="read this `terraform providers schema -json` output instead of running terraform")
    ap.add_argument("--out", default=None)
    a = ap.parse_args(argv)
    out = a.out or os.path.join(HERE, f"hcl-aws-{a.provider_version}.json.gz")

    tf_version = json.loads(subprocess.run([a.terraform, "version", "-json"], check=True,
                                           capture_output=True, text=True).stdout)["terraform_version"]
    if a.schema_json:
        with open(a.schema_json) as f:
            schema = json.load(f)
    else:
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, "main.tf"), "w") as f:
                f.write('terraform {\n  required_providers {\n    aws = {\n'
                        f'      source  = "hashicorp/aws"\n      version = "{a.provider_version}"\n'
                        '    }\n  }\n}\n')
            env = dict(os.environ, TF_IN_AUTOMATION="1", CHECKPOINT_DISABLE="1")
            subprocess.run([a.terraform, "init", "-backend=false", "-input=false",
                            f"-plugin-dir={a.plugin_dir}"], cwd=d, check=True, env=env,
                           stdout=subprocess.DEVNULL)
            res = subprocess.run([a.terraform, "providers", "schema", "-json"], cwd=d, check=True,
                                 env=env, capture_output=True, text=True)
            schema = json.loads(res.stdout)
    p = schema["provider_schemas"][SOURCE]
    index = {
        "format": FORMAT,
        "provider": "hashicorp/aws",
        "provider_version": a.provider_version,
        "terraform_version": tf_version,
        "schema_format_version": schema.get("format_version"),
        "generated": a.date,
        "generated_by": GENERATED_BY,
        "source": f"terraform providers schema -json (terraform init -plugin-dir={a.plugin_dir})",
        "resources": {t: block_entry(s["block"]) for t, s in p["resource_schemas"].items()},
        "data_sources": {t: block_entry(s["block"]) for t, s in p["data_source_schemas"].items()},
    }
    data = json.dumps(index, sort_keys=True, separators=(",", ":")).encode()
    with open(out, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, compresslevel=9, mtime=0) as g:
            g.write(data)
    print(f"{out}: {len(index['resources'])} resources, {len(index['data_sources'])} data sources, "
          f"{len(data):,} bytes of JSON, {os.path.getsize(out):,} bytes gzipped "
          f"(hashicorp/aws {a.provider_version}, terraform {tf_version})")


if __name__ == "__main__":
    main(sys.argv[1:])
