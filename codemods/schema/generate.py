#!/usr/bin/env python3
"""Build the compact provider API index used by cdktf-fix (developer-run, not run at user run time).

Usage (from the repository root):

    python3 codemods/schema/generate.py [--provider-version 21.22.1] [--cdktf-version 0.21.0] \
        [--package cdktf-cdktf-provider-aws] [--out codemods/schema/aws-21.22.1.json.gz]

What it does:
  1. Creates (or reuses) a virtualenv at
     ${CDKTF_FIX_SCHEMA_VENV:-$HOME/.cache/cdktf-fix/schema-venv-<package>-<version>}
     and pip-installs the pinned real packages from PyPI: <core>==<core-version>,
     <package>==<provider-version>, constructs.
  2. Re-runs this file inside the venv's python with --inner.  The inner dump imports every
     submodule of the provider package, introspects every public class and writes the index as
     JSON, gzip -9 with mtime 0 and no file name in the header (byte-reproducible).
  3. The inner dump ends with os._exit so that jsii's slow node-kernel shutdown is skipped.

The same script works for later provider versions and for the cdktn (CDK Terrain) fork, e.g.

    python3 codemods/schema/generate.py --package cdktn-provider-aws --provider-version 25.8.1 \
        --core-package cdktn --core-version 0.24.0

Only the standard library is used outside the venv.  See README.md beside this file.
"""

import argparse
import json
import os
import subprocess
import sys
import time

FORMAT = 1
GENERATED_BY = "codemods/schema/generate.py"
META_ARGS = ["connection", "count", "depends_on", "for_each", "lifecycle", "provider", "provisioners"]

HERE = os.path.dirname(os.path.abspath(__file__))


# --------------------------------------------------------------------------------------------
# outer part: runs with any python3 >= 3.9, stdlib only
# --------------------------------------------------------------------------------------------

def default_out(package, version):
    short = package.rsplit("provider-", 1)[-1]
    if package.startswith("cdktf-cdktf-provider-"):
        name = f"{short}-{version}.json.gz"
    else:
        name = f"{package.split('-', 1)[0]}-{short}-{version}.json.gz"
    return os.path.join(HERE, name)


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--provider-version", default="21.22.1")
    ap.add_argument("--package", default="cdktf-cdktf-provider-aws",
                    help="PyPI name of the prebuilt provider (default: %(default)s)")
    ap.add_argument("--python-module", default=None,
                    help="import name of the provider package (default: package with - replaced by _)")
    ap.add_argument("--core-package", default=None,
                    help="PyPI name of the CDK core (default: cdktf, or cdktn for cdktn-* packages)")
    ap.add_argument("--cdktf-version", "--core-version", dest="core_version", default="0.21.0",
                    help="version of the core package (default: %(default)s)")
    ap.add_argument("--constructs-version", default=None,
                    help="pin constructs (default: whatever pip resolves)")
    ap.add_argument("--out", default=None, help="output .json.gz (default: codemods/schema/<provider>-<version>.json.gz)")
    ap.add_argument("--cache-dir", default=os.environ.get("CDKTF_FIX_CACHE",
                                                          os.path.join(os.path.expanduser("~"), ".cache", "cdktf-fix")))
    ap.add_argument("--reinstall", action="store_true", help="pip-install again even if the venv looks complete")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.python_module is None:
        a.python_module = a.package.replace("-", "_")
    if a.core_package is None:
        a.core_package = "cdktn" if a.package.startswith("cdktn") else "cdktf"
    a.core_module = a.core_package.replace("-", "_")
    if a.out is None:
        a.out = default_out(a.package, a.provider_version)
    return a


def venv_has(py, pins):
    """True if the venv's python has exactly the pinned distributions installed."""
    code = ("import json,sys\nfrom importlib.metadata import version\nout={}\n"
            "for n in json.loads(sys.argv[1]):\n"
            "    try: out[n]=version(n)\n"
            "    except Exception: out[n]=None\n"
            "print(json.dumps(out))")
    try:
        r = subprocess.run([py, "-c", code, json.dumps(list(pins))], capture_output=True, text=True, check=True)
        got = json.loads(r.stdout)
    except Exception:
        return False
    for n, v in pins.items():
        have = got.get(n)
        if have is None or (v is not None and have != v):
            return False
    return True


def outer(a):
    venv = os.environ.get("CDKTF_FIX_SCHEMA_VENV") or os.path.join(
        a.cache_dir, f"schema-venv-{a.package}-{a.provider_version}")
    py = os.path.join(venv, "bin", "python")
    pins = {a.core_package: a.core_version, a.package: a.provider_version, "constructs": a.constructs_version}
    t0 = time.monotonic()
    if not os.path.exists(py):
        print(f"[generate] creating venv {venv}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    if a.reinstall or not venv_has(py, pins):
        reqs = [f"{n}=={v}" if v else n for n, v in pins.items()]
        print(f"[generate] pip install {' '.join(reqs)}", file=sys.stderr)
        subprocess.run([py, "-m", "pip", "install", "--disable-pip-version-check", "-q"] + reqs, check=True)
        install_s = time.monotonic() - t0
        print(f"[generate] install took {install_s:.1f} s", file=sys.stderr)
    else:
        print(f"[generate] reusing venv {venv} (pins satisfied)", file=sys.stderr)

    env = dict(os.environ)
    env.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    env.setdefault("JSII_RUNTIME_PACKAGE_CACHE_ROOT", os.path.join(a.cache_dir, "jsii-cache"))
    os.makedirs(env["JSII_RUNTIME_PACKAGE_CACHE_ROOT"], exist_ok=True)
    cmd = [py, os.path.abspath(__file__), "--inner",
           "--package", a.package, "--python-module", a.python_module,
           "--core-package", a.core_package, "--core-version", a.core_version,
           "--provider-version", a.provider_version, "--out", os.path.abspath(a.out)]
    t1 = time.monotonic()
    r = subprocess.run(cmd, env=env)
    if r.returncode != 0:
        sys.exit(f"[generate] inner dump failed with exit code {r.returncode}")
    print(f"[generate] dump subprocess took {time.monotonic() - t1:.1f} s (wall, incl. interpreter start)",
          file=sys.stderr)
    print(f"[generate] wrote {a.out} ({os.path.getsize(a.out)} bytes)", file=sys.stderr)


# --------------------------------------------------------------------------------------------
# inner part: runs inside the venv, with the provider package importable
# --------------------------------------------------------------------------------------------

def inner(a):
    import collections.abc
    import gzip
    import importlib
    import inspect
    import pkgutil
    import re
    import typing

    import jsii  # noqa: F401  (the runtime must be importable)

    log = lambda *x: print("[dump]", *x, file=sys.stderr, flush=True)  # noqa: E731
    t0 = time.monotonic()
    core = importlib.import_module(a.core_module)
    t_core = time.monotonic() - t0
    root = importlib.import_module(a.python_module)  # its __init__ imports every submodule
    prefix = a.python_module + "."
    names = sorted(m.name for m in pkgutil.iter_modules(root.__path__) if not m.name.startswith("_"))
    mods = {}
    for n in names:
        mods[n] = importlib.import_module(prefix + n)
    t_import = time.monotonic() - t0
    log(f"imported {a.core_module} in {t_core:.1f} s, {a.python_module} + {len(mods)} submodules in {t_import:.1f} s")

    # ---- tests -----------------------------------------------------------------------------
    def is_struct(cls):
        # jsii.data_type(...) sets these three dunders *on the decorated class itself* and
        # registers it in jsii._reference_map._data_types.  Checking vars(cls) (not getattr)
        # avoids inheriting the mark from a struct base class.
        return isinstance(cls, type) and "__jsii_struct_bases__" in vars(cls) and "__jsii_type__" in vars(cls)

    def sub(cls, base_name):
        base = getattr(core, base_name, None)
        return base is not None and isinstance(cls, type) and issubclass(cls, base)

    def tf_type(cls):
        try:
            v = cls.TF_RESOURCE_TYPE
            return v if isinstance(v, str) else None
        except Exception:
            return None

    # struct name -> [class] over the whole package, for resolving forward refs in the fallback
    struct_by_name = collections.defaultdict(list)

    def classes_of(mod):
        out = []
        for name, obj in sorted(vars(mod).items()):
            if name.startswith("_") or not isinstance(obj, type):
                continue
            if obj.__module__ != mod.__name__:
                continue
            out.append((name, obj))
        return out

    all_classes = {n: classes_of(m) for n, m in mods.items()}
    all_classes[a.core_module] = classes_of(core)
    for mod_name, lst in all_classes.items():
        for name, cls in lst:
            if is_struct(cls):
                struct_by_name[name].append(cls)

    stats = collections.Counter()

    def resolve_forward(fr, globs):
        name = fr.__forward_arg__ if isinstance(fr, typing.ForwardRef) else fr
        if name in globs:
            return globs[name]
        try:
            return eval(name, globs)  # e.g. "_cdktf_9a9027ec.IResolvable"
        except Exception:
            pass
        cands = struct_by_name.get(name.split(".")[-1], [])
        return cands[0] if len(cands) == 1 else None

    def classify(tp, globs, depth=0):
        """-> (shape, struct_class) with shape in single/list/map, or None if no struct inside."""
        if depth > 8:
            return None
        if isinstance(tp, (typing.ForwardRef, str)):
            tp = resolve_forward(tp, globs)
            if tp is None:
                return None
        if isinstance(tp, type) and is_struct(tp):
            return ("single", tp)
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is typing.Union:
            found = [r for r in (classify(x, globs, depth + 1) for x in args) if r]
            # Union[IResolvable, Sequence[S]] -> list; Union[S, Dict[str, Any]] -> single
            for shape in ("list", "map", "single"):
                for r in found:
                    if r[0] == shape:
                        return r
            return None
        if origin in (collections.abc.Sequence, list, collections.abc.MutableSequence, tuple,
                      collections.abc.Set, set, frozenset) and args:
            r = classify(args[0], globs, depth + 1)
            if r and r[0] == "single":
                return ("list", r[1])
            return None
        if origin in (collections.abc.Mapping, dict, collections.abc.MutableMapping) and len(args) == 2:
            r = classify(args[1], globs, depth + 1)
            if r and r[0] == "single":
                return ("map", r[1])
            return None
        return None

    def type_code(tp, globs, depth=0):
        """A keyword's or attribute's value type, compactly: `s` string, `n` number, `b` bool,
        `a` any, `S` a block struct, `[x]` a list of x, `{x}` a map of x, `f` a function;
        IResolvable (a token in place of the value) is dropped from unions."""
        if depth > 8:
            return "a"
        if isinstance(tp, (typing.ForwardRef, str)):
            r = resolve_forward(tp, globs)
            if r is None:
                return "a"
            tp = r
        if tp is str:
            return "s"
        if tp is bool:
            return "b"
        if tp in (int, float):
            return "n"
        if isinstance(tp, type) and is_struct(tp):
            return "S"
        # A nested block's output: a list of objects (`.get(i)`) or one object.
        if sub(tp, "ComplexList"):
            return "L"
        if sub(tp, "ComplexObject"):
            return "O"
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is typing.Union:
            codes = []
            for x in args:
                if x is type(None) or getattr(x, "__name__", "") == "IResolvable":
                    continue
                c = type_code(x, globs, depth + 1)
                if c not in codes:
                    codes.append(c)
            # A struct or a map of anything: the struct (dicts are accepted for it).
            if "S" in codes:
                return "S"
            if len(codes) == 2 and "[S]" in codes:
                return "[S]"
            return codes[0] if len(codes) == 1 else "a"
        if origin in (collections.abc.Sequence, list, collections.abc.MutableSequence, tuple,
                      collections.abc.Set, set, frozenset):
            return "[" + (type_code(args[0], globs, depth + 1) if args else "a") + "]"
        if origin in (collections.abc.Mapping, dict, collections.abc.MutableMapping):
            return "{" + (type_code(args[1], globs, depth + 1) if len(args) == 2 else "a") + "}"
        if origin is collections.abc.Callable or tp is collections.abc.Callable:
            return "f"
        return "a"

    def attributes(cls, globs):
        """Public members a class defines itself: properties with their types, methods as `f`
        (the Fn functions, TerraformResource's add_override, ...). `*_input` getters, which
        mirror the keywords, are left out."""
        out = {}
        # The core's classes keep their API in generated bases (Fn's functions are FnGenerated's).
        def in_core(c):
            m = c.__module__
            return m in (a.core_module, "constructs") or m.startswith((a.core_module + ".", "constructs."))

        own = [c for c in cls.__mro__ if in_core(c)] if in_core(cls) else [cls]
        members = {}
        for c in reversed(own):
            members.update(vars(c))
        for name, v in sorted(members.items()):
            if name.startswith("_") or name.endswith("_input"):
                continue
            # put_x / reset_x mirror the keywords; generate_config_for_import is on every class.
            if name.startswith(("put_", "reset_")) or name == "generate_config_for_import":
                continue
            if isinstance(v, property):
                try:
                    hint = typing.get_type_hints(v.fget).get("return", typing.Any)
                except Exception:
                    hint = typing.Any
                out[name] = type_code(hint, globs)
            elif isinstance(v, (staticmethod, classmethod)) or inspect.isfunction(v):
                out[name] = "f"
        return out

    def struct_ref(scls, mod):
        # plain class name when the struct lives in the same module (the normal case);
        # "<module>.<Class>" otherwise, so the consumer can always find it.
        m = scls.__module__
        if m == mod.__name__:
            return scls.__name__
        short = m[len(prefix):] if m.startswith(prefix) else m
        stats["cross_module_struct_ref"] += 1
        return f"{short}.{scls.__name__}"

    def describe(cls, mod):
        if is_struct(cls):
            k = "struct"
        elif sub(cls, "TerraformResource") and tf_type(cls):
            k = "resource"
        elif sub(cls, "TerraformDataSource") and tf_type(cls):
            k = "data"
        elif sub(cls, "TerraformProvider") and tf_type(cls):
            k = "provider"
        else:
            k = "other"
        e = {"k": k}
        if k in ("resource", "data", "provider"):
            e["tf"] = tf_type(cls)
        elif "TF_RESOURCE_TYPE" in vars(cls) and tf_type(cls):
            e["tf"] = tf_type(cls)  # e.g. cdktn's ephemeral resources (k stays "other")
        if k in ("resource", "data", "provider") or mod is core:
            at = attributes(cls, getattr(cls.__dict__.get("__init__"), "__globals__", vars(mod)))
            if at:
                e["at"] = at
        init = cls.__dict__.get("__init__")
        if init is None:
            # inherited __init__ (e.g. interfaces, enums, proxies): record nothing more
            stats["no_own_init"] += 1
            return e
        try:
            sig = inspect.signature(init)
        except (TypeError, ValueError):
            stats["no_signature"] += 1
            return e
        params = [p for p in sig.parameters.values()
                  if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
        if params and params[0].name == "self":
            params = params[1:]
        if len(params) >= 2 and params[0].name == "scope" and params[1].name in ("id", "id_"):
            e["cid"] = params[1].name
            params = params[2:]
        elif params and params[0].name == "scope":
            params = params[1:]  # scope-only constructs (e.g. backends)
        pnames = [p.name for p in params]
        if all(m in pnames for m in META_ARGS):
            e["m"] = 1
            params = [p for p in params if p.name not in META_ARGS]
        e["args"] = [p.name for p in params]
        req = [p.name for p in params if p.default is inspect.Parameter.empty]
        if req:
            e["req"] = req
        globs = getattr(init, "__globals__", vars(mod))
        try:
            hints = typing.get_type_hints(init)
            stats["hints_ok"] += 1
        except Exception:
            hints = {}
            stats["hints_fallback"] += 1
        single, lst, mp, t, ty = [], [], [], {}, {}
        for p in params:
            ann = hints.get(p.name, p.annotation)
            if ann is inspect.Parameter.empty:
                continue
            code = type_code(ann, globs)
            if code not in ("a", "S", "[S]"):
                ty[p.name] = code
            r = classify(ann, globs)
            if r is None and isinstance(p.annotation, str):
                # last resort: quoted names inside a string annotation
                for nm in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", p.annotation):
                    if nm in struct_by_name:
                        stats["regex_fallback"] += 1
                        shape = "list" if "Sequence[" in p.annotation else "single"
                        r = (shape, resolve_forward(nm, globs))
                        break
            if r is None or r[1] is None:
                continue
            shape, scls = r
            ref = struct_ref(scls, mod)
            if shape == "single":
                single.append(p.name)
                t[p.name] = ref
            elif shape == "list":
                lst.append(p.name)
                t[p.name] = f"[{ref}]"
            else:
                mp.append(p.name)
                t[p.name] = "{" + ref + "}"
        if single:
            e["single"] = single
        if lst:
            e["list"] = lst
        if mp:
            e["map"] = mp
        if t:
            e["t"] = t
        if ty:
            e["ty"] = ty
        return e

    t1 = time.monotonic()
    modules = {}
    index = collections.defaultdict(list)
    kinds = collections.Counter()
    for mod_name in names + [a.core_module]:
        mod = core if mod_name == a.core_module else mods[mod_name]
        entries = {}
        for cname, cls in all_classes[mod_name]:
            e = describe(cls, mod)
            entries[cname] = e
            kinds[e["k"]] += 1
            index[cname].append(mod_name)
        modules[mod_name] = entries

    # root exports: what `from <python_module> import X` can give
    root_exports = set(getattr(root, "__all__", []))
    for n, v in vars(root).items():
        if n.startswith("_"):
            continue
        if (hasattr(v, "__name__") and isinstance(getattr(v, "__name__"), str)
                and v.__name__.startswith(prefix)) or (isinstance(v, type) and v.__module__.startswith(a.python_module)):
            root_exports.add(n)
    root_exports.discard("__jsii_assembly__")

    doc = root.__doc__ or ""
    m = re.search(r"bindings for ([\w.-]+/[\w.-]+) provider version ([0-9][\w.+-]*)", doc)
    if not m:
        m = re.search(r"registry\.terraform\.io/providers/([\w.-]+/[\w.-]+)/([0-9][\w.+-]*)", doc)
    tf_provider, tf_version = (m.group(1), m.group(2)) if m else (None, None)

    from importlib.metadata import version as dist_version
    out = {
        "format": FORMAT,
        "package": a.package,
        "python_module": a.python_module,
        "version": dist_version(a.package),
        "terraform_provider": tf_provider,
        "terraform_provider_version": tf_version,
        a.core_module: dist_version(a.core_package),
        "generated_by": GENERATED_BY,
        "meta_args": META_ARGS,
        "root_exports": sorted(root_exports),
        "modules": modules,
        "index": {k: sorted(v) for k, v in index.items()},
    }
    if out["version"] != a.provider_version:
        log(f"WARNING: installed {a.package} {out['version']} != requested {a.provider_version}")
    data = json.dumps(out, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
    tmp = a.out + ".tmp"
    with open(tmp, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=f, mtime=0) as gz:
            gz.write(data)
    os.replace(tmp, a.out)
    t_dump = time.monotonic() - t1
    n_cls = sum(len(v) for v in modules.values())
    log(f"introspected {n_cls} classes in {len(modules)} modules in {t_dump:.1f} s; kinds={dict(kinds)}")
    log(f"stats={dict(stats)}")
    log(f"json {len(data)} bytes, gzip {os.path.getsize(a.out)} bytes -> {a.out}")
    log(f"total in-process {time.monotonic() - t0:.1f} s")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # skip jsii's atexit kernel shutdown (~3 s)


def main(argv=None):
    a = parse_args(sys.argv[1:] if argv is None else argv)
    if a.inner:
        inner(a)
    else:
        outer(a)


if __name__ == "__main__":
    main()
