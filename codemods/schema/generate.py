#!/usr/bin/env python3
"""Generate the provider API index cdktf-fix embeds (codemods/schema/<name>-<version>.json.gz).

Run by a developer when a new provider package version is to be supported, never at user run
time. It installs the pinned real packages into a cached virtualenv, imports every submodule of
the provider package, and records for each class its kind, keyword arguments, required ones, and
which nested-block arguments take one struct versus a list of structs.

    python3 codemods/schema/generate.py                       # cdktf-cdktf-provider-aws 21.22.1
    python3 codemods/schema/generate.py --provider-version 21.21.0 --cdktf-version 0.21.0
    python3 codemods/schema/generate.py --package cdktn-provider-aws --module cdktn_provider_aws \\
        --core cdktn --core-version 0.22.0 --provider-version <v>

The output is deterministic (sorted keys, gzip with mtime 0), so regenerating an unchanged
version gives identical bytes.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
META_ARGS = ["connection", "count", "depends_on", "for_each", "lifecycle", "provider", "provisioners"]


def outer(args):
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "cdktf-fix"
    venv = Path(os.environ.get("CDKTF_FIX_SCHEMA_VENV", cache / f"schema-venv-{args.package}-{args.provider_version}"))
    py = venv / "bin" / "python"
    marker = venv / ".installed"
    pins = [f"{args.core}=={args.core_version}", f"{args.package}=={args.provider_version}", "constructs>=10.4.2,<11"]
    t0 = time.time()
    if not marker.exists() or marker.read_text() != " ".join(pins):
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *pins], check=True)
        marker.write_text(" ".join(pins))
    t1 = time.time()
    env = dict(os.environ)
    env.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    env.setdefault("JSII_RUNTIME_PACKAGE_CACHE_ROOT", str(cache / "jsii-cache"))
    out = HERE / f"{args.name}-{args.provider_version}.json.gz"
    subprocess.run([str(py), __file__, "--inner", "--out", str(out), "--module", args.module, "--core", args.core,
                    "--package", args.package, "--provider-version", args.provider_version,
                    "--core-version", args.core_version], check=True, env=env)
    t2 = time.time()
    print(f"install {t1 - t0:.1f}s, dump {t2 - t1:.1f}s, wrote {out} ({out.stat().st_size} bytes)")


def inner(args):
    import importlib
    import inspect
    import pkgutil
    import re
    import typing

    core = importlib.import_module(args.core)
    pkg = importlib.import_module(args.module)
    doc = pkg.__doc__ or ""
    m = re.search(r"provider version ([0-9][0-9.]*)", doc)
    tf_version = m.group(1).rstrip(".") if m else ""

    def is_struct(t):
        return isinstance(t, type) and hasattr(t, "__jsii_struct_bases__")

    def block_type(hint):
        """'Name' for one struct, '[Name]' for a sequence of structs, None otherwise."""
        args_ = typing.get_args(hint)
        origin = typing.get_origin(hint)
        if is_struct(hint):
            return hint.__name__
        if origin in (list, tuple) or (origin is not None and getattr(origin, "__name__", "") in ("Sequence", "List")):
            for a in args_:
                inner_t = block_type(a)
                if inner_t and not inner_t.startswith("["):
                    return f"[{inner_t}]"
            return None
        if origin is typing.Union:
            found = [block_type(a) for a in args_]
            found = [f for f in found if f]
            lists = [f for f in found if f.startswith("[")]
            return lists[0] if lists else (found[0] if found else None)
        return None

    def kind_of(cls):
        if issubclass(cls, core.TerraformProvider):
            return "provider"
        if issubclass(cls, core.TerraformDataSource):
            return "data"
        if issubclass(cls, core.TerraformResource):
            return "resource"
        if is_struct(cls):
            return "struct"
        return "other"

    def describe(cls, modname):
        entry = {"k": kind_of(cls)}
        tf = getattr(cls, "TF_RESOURCE_TYPE", None)
        if isinstance(tf, str):
            entry["tf"] = tf
        try:
            sig = inspect.signature(cls.__init__)
        except (TypeError, ValueError):
            return entry
        try:
            hints = typing.get_type_hints(cls.__init__)
        except Exception:
            hints = {}
        params = list(sig.parameters.values())[1:]
        positional = [p for p in params if p.kind == p.POSITIONAL_OR_KEYWORD]
        if entry["k"] in ("resource", "data", "provider") and len(positional) >= 2:
            entry["cid"] = positional[1].name
        args_, req, single, lists, types = [], [], [], [], {}
        for p in params:
            if p.kind != p.KEYWORD_ONLY or p.name in META_ARGS:
                continue
            args_.append(p.name)
            if p.default is inspect.Parameter.empty:
                req.append(p.name)
            bt = block_type(hints.get(p.name))
            if bt:
                types[p.name] = bt
                (lists if bt.startswith("[") else single).append(p.name)
        entry["args"] = args_
        if req:
            entry["req"] = req
        if single:
            entry["single"] = single
        if lists:
            entry["list"] = lists
        if types:
            entry["t"] = types
        return entry

    modules = {}
    index = {}
    names = sorted(m.name for m in pkgutil.iter_modules(pkg.__path__) if not m.name.startswith("_"))
    for name in names:
        mod = importlib.import_module(f"{args.module}.{name}")
        classes = {}
        for cname, cls in vars(mod).items():
            if not isinstance(cls, type) or cls.__module__ != mod.__name__ or cname.startswith("_"):
                continue
            if cname.endswith("OutputReference") or cname.endswith("List") and not is_struct(cls):
                continue
            classes[cname] = describe(cls, name)
            index.setdefault(cname, []).append(name)
        modules[name] = classes
    core_classes = {}
    for cname in sorted(dir(core)):
        cls = getattr(core, cname)
        if isinstance(cls, type) and (cname.endswith("Backend") or cname in ("TerraformStack", "App", "TerraformOutput")):
            core_classes[cname] = describe(cls, args.core)
            index.setdefault(cname, []).append(args.core)
    modules[args.core] = core_classes
    root_exports = sorted(n for n in dir(pkg) if not n.startswith("_"))
    doc = {
        "format": 1,
        "package": args.package,
        "python_module": args.module,
        "version": args.provider_version,
        "terraform_provider": "hashicorp/aws",
        "terraform_provider_version": tf_version,
        "cdktf": args.core_version,
        "generated_by": "codemods/schema/generate.py",
        "meta_args": META_ARGS,
        "root_exports": root_exports,
        "modules": modules,
        "index": {k: sorted(v) for k, v in sorted(index.items())},
    }
    data = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    with open(args.out, "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
            gz.write(data)
    print(f"{len(modules)} modules, {sum(len(c) for c in modules.values())} classes, {len(data)} bytes of JSON", flush=True)
    sys.stdout.flush()
    os._exit(0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--package", default="cdktf-cdktf-provider-aws")
    ap.add_argument("--module", default="cdktf_cdktf_provider_aws")
    ap.add_argument("--provider-version", default="21.22.1")
    ap.add_argument("--core", default="cdktf")
    ap.add_argument("--core-version", default="0.21.0")
    ap.add_argument("--name", default="aws")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inner:
        inner(args)
    else:
        outer(args)


if __name__ == "__main__":
    main()
