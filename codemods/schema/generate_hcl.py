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

With --from-jsii PATH it reads no provider binary: it derives the same index from a prebuilt
CDKTF provider package, or a CDK Terrain one (cdktn-provider-aws: the same code against the core
library `cdktn` instead of `cdktf`, read from the assembly's dependencies) (the aws 6.x indexes:
there is no 6.x plugin here), e.g.

    python3 codemods/schema/generate_hcl.py --from-jsii \
        ~/.cache/cdktf-fix/synth-venv-cdktf0.21.0-aws21.22.1/lib/python3.*/site-packages

PATH is a site-packages or venv directory, the package directory, a wheel, the `*.jsii.tgz`, an
unpacked npm package directory, or a bare `.jsii` file.  Types, argument names (from the
registry links in the docs), argument types and required/optional come from the jsii assembly;
computed flags, block-versus-attribute, list/set/single nesting and max 1 come from the
TypeScript sources the package embeds in the source maps of lib/**/*.js (without them, e.g. for a
bare `.jsii` or --jsii-only, those are guessed; see README.md).  The output is named after the
provider version the bindings were generated from (read from the docs links), e.g.
hcl-aws-6.25.0.json.gz.

Only the standard library is used.  See README.md beside this file ("HCL schema index").
"""

import argparse
import base64
import collections
import datetime
import glob
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile

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


# ---------------------------------------------------------------------------------------------
# --from-jsii: the index derived from a prebuilt CDKTF provider package (no provider binary)
# ---------------------------------------------------------------------------------------------

PROVIDER_TGZ = "provider-aws@"  # the jsii tarball of @cdktf/provider-aws or @cdktn/provider-aws (not the core's)
# The core library the bindings are written against: `cdktf` (CDKTF, @cdktf/provider-aws, PyPI
# cdktf-cdktf-provider-aws) or `cdktn` (CDK Terrain, its fork with the same API: @cdktn/provider-aws,
# PyPI cdktn-provider-aws).  Only the name differs (`cdktn.TerraformResource`, `cdktn.listMapperHcl`).
CORE_MODULES = ("cdktf", "cdktn")
DOC_LINK = re.compile(r"\{@link https://registry\.terraform\.io/providers/hashicorp/aws/([^/\s]+)/docs/"
                      r"(?:resources|data-sources)/[^\s#}]*(?:#([^\s}]+))? ([^}]*)\}")
META_CAMEL = {"connection", "count", "dependsOn", "forEach", "lifecycle", "provider", "provisioners"}
TS_DECL = re.compile(r"^export (?:declare )?(class|function|interface) (\w+)", re.M)
TS_COMMENT = re.compile(r"^[ \t]*// (\S+) - computed: (true|false), optional: (true|false), "
                        r"required: (true|false)[ \t]*$", re.M)
TS_HCL_ATTR = re.compile(r'^[ \t]*"?([^\s":]+)"?: \{\s*value: (.*?),\s*isBlock: (true|false),\s*'
                         r'type: "(\w+)",\s*storageClassType: "(\w+)",\s*\}', re.M | re.S)
SOURCE_MAP = re.compile(r"sourceMappingURL=data:application/json;base64,([A-Za-z0-9+/=]+)")


def _sources_of_js(js):
    """The TypeScript the compiled file came from (its inline source map's sourcesContent)."""
    m = SOURCE_MAP.search(js)
    if not m:
        return []
    try:
        return [c for c in json.loads(base64.b64decode(m.group(1))).get("sourcesContent") or [] if c]
    except ValueError:
        return []


def _assembly(read):
    """Parse `.jsii`, following a jsii/file-redirect (a gzip-compressed `.jsii.gz`) if it is one."""
    asm = json.loads(read(".jsii"))
    if asm.get("schema") == "jsii/file-redirect":
        data = read(asm["filename"])
        asm = json.loads(gzip.decompress(data) if asm.get("compression") == "gzip" else data)
    return asm


def _from_tgz(fileobj, where):
    members, js = {}, collections.defaultdict(list)
    with tarfile.open(fileobj=fileobj, mode="r:gz") as tf:
        for m in tf:
            if not m.isfile() or not m.name.startswith("package/"):
                continue
            name = m.name[len("package/"):]
            parts = name.split("/")
            if name.startswith(".jsii"):
                members[name] = tf.extractfile(m).read()
            elif parts[0] == "lib" and len(parts) >= 3 and name.endswith(".js"):
                js[parts[1]].append((name, tf.extractfile(m).read().decode("utf-8")))
    asm = _assembly(lambda n: members[n])
    return asm, _ts_by_module(js), where


def _ts_by_module(js):
    out = {}
    for mod, files in js.items():
        texts = []
        for _, text in sorted(files):
            texts.extend(_sources_of_js(text))
        out[mod] = "\n".join(texts)
    return out if any(out.values()) else None


def _from_dir(pkg, where):
    def read(n):
        with open(os.path.join(pkg, n), "rb") as f:
            return f.read()
    asm = _assembly(read)
    js = collections.defaultdict(list)
    lib = os.path.join(pkg, "lib")
    for dp, dns, fns in os.walk(lib):
        dns.sort()
        rel = os.path.relpath(dp, lib).split(os.sep)
        if rel == ["."]:
            continue
        for fn in sorted(fns):
            if fn.endswith(".js"):
                with open(os.path.join(dp, fn), encoding="utf-8") as f:
                    js[rel[0]].append((os.path.join(*rel, fn), f.read()))
    return asm, _ts_by_module(js), where


def read_package(path):
    """(jsii assembly, {lib module directory: TypeScript text} or None, file read) from PATH: a
    site-packages or venv directory, the Python package directory, a wheel, the `*.jsii.tgz`,
    an unpacked npm package, or a bare `.jsii` (then None: no sources)."""
    path = os.path.expanduser(path)
    if os.path.isdir(path):
        for pkg in (path, os.path.join(path, "package")):
            if os.path.isfile(os.path.join(pkg, ".jsii")):
                return _from_dir(pkg, pkg)
        cands = []
        for pat in ("_jsii", "*/_jsii", "lib/python3*/site-packages/*/_jsii"):
            cands += glob.glob(os.path.join(path, pat, PROVIDER_TGZ + "*.jsii.tgz"))
        cands = sorted(set(cands))
        if len(cands) != 1:
            sys.exit(f"--from-jsii {path}: expected one {PROVIDER_TGZ}*.jsii.tgz, found {cands or 'none'}")
        path = cands[0]
    if path.endswith(".whl"):
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if os.path.basename(n).startswith(PROVIDER_TGZ)
                     and n.endswith(".jsii.tgz")]
            if len(names) != 1:
                sys.exit(f"--from-jsii {path}: expected one {PROVIDER_TGZ}*.jsii.tgz in the wheel, found {names}")
            return _from_tgz(io.BytesIO(z.read(names[0])), f"{path}!{names[0]}")
    if path.endswith((".tgz", ".tar.gz")):
        with open(path, "rb") as f:
            return _from_tgz(f, path)
    if os.path.basename(path).startswith(".jsii"):
        pkg = os.path.dirname(path) or "."
        if os.path.isdir(os.path.join(pkg, "lib")):
            return _from_dir(pkg, pkg)
        return _assembly(lambda n: open(os.path.join(pkg, n), "rb").read()), None, path
    sys.exit(f"--from-jsii {path}: not a directory, wheel, .jsii.tgz or .jsii")


def core_module(asm):
    """The core library (`cdktf` or `cdktn`) the assembly depends on."""
    cores = [m for m in CORE_MODULES if m in asm.get("dependencies", {})]
    if len(cores) != 1:
        sys.exit(f"jsii assembly {asm.get('name')}: depends on {cores or 'none'} of {CORE_MODULES}")
    return cores[0]


def ts_index(text, core="cdktf"):
    """What the generated TypeScript of one module tells beyond the jsii assembly:
    `fields[class][tf name]`: the `// x - computed: .., optional: .., required: ..` comment over
    each attribute of a resource / data source class or OutputReference class, with the getter's
    camelCase name and what it returns; `hcl[class or struct][tf name]`: the synthesizeHclAttributes
    / <struct>ToHclTerraform entry (isBlock, type list/set/struct/map/simple, storageClassType,
    and the mapper: `list+` listMapperHcl(.., true) for blocks, `list-` for attributes, `hash`,
    `direct` for a struct passed as is)."""
    fields, hcl = {}, {}
    decls = list(TS_DECL.finditer(text))
    for i, d in enumerate(decls):
        kind, name = d.group(1), d.group(2)
        chunk = text[d.start():decls[i + 1].start() if i + 1 < len(decls) else len(text)]
        if kind == "class":
            cs = list(TS_COMMENT.finditer(chunk))
            f = {}
            for j, c in enumerate(cs):
                body = chunk[c.end():cs[j + 1].start() if j + 1 < len(cs) else len(chunk)]
                body = body.split("\n\n", 1)[0]
                g = re.search(r"public get (\w+)\(\)", body)
                r = re.search(r"return (.*?);", body, re.S)
                n = re.search(r'private _\w+ = new ([\w.]+)\(this, "[^"]*"(?:, (true|false))?\)', body)
                f[c.group(1)] = {"c": c.group(2) == "true", "o": c.group(3) == "true",
                                 "r": c.group(4) == "true", "camel": g.group(1) if g else None,
                                 "ret": r.group(1) if r else "", "new": n.groups() if n else None}
            if f:
                fields[name] = f
            k = chunk.find("synthesizeHclAttributes()")
            if k >= 0:
                hcl[name] = _hcl_attrs(chunk[k:], core)
        elif kind == "function" and name.endswith("ToHclTerraform"):
            m = re.match(r"export function \w+\(struct\?: (\w+)", chunk)
            if m:
                hcl[m.group(1)] = _hcl_attrs(chunk, core)
    return {"fields": fields, "hcl": hcl}


def _hcl_attrs(chunk, core):
    out = {}
    for m in TS_HCL_ATTR.finditer(chunk):
        value = m.group(2)
        lm = re.match(re.escape(core) + r"\.listMapperHcl\(.*, (true|false)\)\(", value)
        mapper = ("list+" if lm.group(1) == "true" else "list-") if lm else \
            "hash" if value.startswith(core + ".hashMapperHcl(") else "direct"
        camel = re.search(r"(?:struct!\.|this\._)(\w+)\b[^(]*$", value)
        out[m.group(1)] = {"block": m.group(3) == "true", "type": m.group(4), "sct": m.group(5),
                           "mapper": mapper, "camel": camel.group(1) if camel else None}
    return out


def snake(camel):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", camel).lower()


# core classes (without the `cdktf.` / `cdktn.` prefix) and the HCL type a getter returning one has
CORE_GETTER_TYPES = {"StringMap": "map(string)", "NumberMap": "map(number)",
                     "BooleanMap": "map(bool)", "AnyMap": "map(any)",
                     "StringMapList": "list(map(string))", "NumberMapList": "list(map(number))",
                     "BooleanMapList": "list(map(bool))", "AnyMapList": "list(map(any))",
                     "StringListList": "list(list(string))", "NumberListList": "list(list(number))",
                     "IResolvable": "bool"}
# what a getter returns (`CORE.` = the core module) and the HCL type it means
TS_GETTER_CALLS = [("CORE.Token.asNumberList(CORE.Fn.tolist(this.getNumberListAttribute(", "set(number)"),
                   ("CORE.Fn.tolist(this.getListAttribute(", "set(string)"),
                   ("this.getNumberListAttribute(", "list(number)"), ("this.getListAttribute(", "list(string)"),
                   ("this.getStringAttribute(", "string"), ("this.getNumberAttribute(", "number"),
                   ("this.getBooleanAttribute(", "bool"), ("this.getStringMapAttribute(", "map(string)"),
                   ("this.getNumberMapAttribute(", "map(number)"), ("this.getBooleanMapAttribute(", "map(bool)"),
                   ("this.getAnyMapAttribute(", "map(any)"), ("this.interpolationForAttribute(", "any")]


class JsiiDeriver:
    """Walks resource / data-source classes of a jsii assembly into BLOCKs of the index format."""

    def __init__(self, asm, sources):
        self.t = asm["types"]
        self.core = core = core_module(asm)
        self.getter_types = {f"{core}.{k}": v for k, v in CORE_GETTER_TYPES.items()}
        self.getter_calls = [(call.replace("CORE.", core + "."), ty) for call, ty in TS_GETTER_CALLS]
        self.sources = sources
        self._ts = {}
        self.stats = collections.Counter()

    def ts(self, fqn):
        if self.sources is None or fqn not in self.t:
            return None
        parts = self.t[fqn].get("locationInModule", {}).get("filename", "").split("/")
        mod = parts[1] if len(parts) > 2 else ""
        if mod not in self._ts:
            self._ts[mod] = ts_index(self.sources.get(mod, ""), self.core)
        return self._ts[mod]

    def jsii_type(self, ty):
        """(HCL type, struct fqn or None, list-typed?) of a jsii type reference."""
        if "union" in ty:
            rest = [x for x in ty["union"]["types"] if x.get("fqn") != self.core + ".IResolvable"]
            return self.jsii_type(rest[0]) if len(rest) == 1 else ("any", None, False)
        if "primitive" in ty:
            return {"string": "string", "number": "number", "boolean": "bool"}.get(ty["primitive"], "any"), None, False
        if "collection" in ty:
            inner, fq, _ = self.jsii_type(ty["collection"]["elementtype"])
            kind = "list" if ty["collection"]["kind"] == "array" else "map"
            return f"{kind}({inner})", fq, kind == "list"
        fq = ty.get("fqn", "")
        if fq in self.getter_types:
            return self.getter_types[fq], None, False
        d = self.t.get(fq, {})
        if d.get("datatype"):
            return "object", fq, False
        base = d.get("base", "")
        if base == self.core + ".ComplexList":
            return "list(object)", None, True
        if base == self.core + ".ComplexMap":
            return "map(object)", None, False
        if base == self.core + ".ComplexObject":
            return "object", None, False
        return "any", None, False

    def ts_getter_type(self, f):
        if f["new"]:
            cls, wraps = f["new"]
            if cls in self.getter_types:
                ty = self.getter_types[cls]
            elif cls.endswith("List"):
                ty = "list(object)"
            elif cls.endswith("Map"):
                ty = "map(object)"
            elif cls.endswith("OutputReference"):
                ty = "object"
            else:
                return None
            return "set" + ty[4:] if wraps == "true" and ty.startswith("list(") else ty
        for call, ty in self.getter_calls:
            if f["ret"].startswith(call):
                return ty
        return None

    def block(self, struct_fqn, cls_fqn, path, outer=()):
        """The BLOCK of a config struct (and the class whose getters read it); `outer`: the
        structs of the blocks around it, to stop at a cycle."""
        t = self.t
        props = t.get(struct_fqn, {}).get("properties", [])
        ts = self.ts(cls_fqn) or self.ts(struct_fqn)
        cls_name = cls_fqn.rsplit(".", 1)[-1]
        st_name = struct_fqn.rsplit(".", 1)[-1] if struct_fqn else ""
        fields = ts["fields"].get(cls_name, {}) if ts else {}
        hcl = (ts["hcl"].get(cls_name) or ts["hcl"].get(st_name) or {}) if ts else {}
        tf_of_camel = {f["camel"]: n for n, f in fields.items() if f["camel"]}
        tf_of_camel.update({h["camel"]: n for n, h in hcl.items() if h["camel"]})
        a, b = {}, {}
        camels = set()
        for p in props:
            camel = p["name"]
            docs = p.get("docs", {})
            link = DOC_LINK.search(docs.get("summary", "") + " " + docs.get("remarks", ""))
            anchor = link.group(2) if link else None
            if anchor is None and camel in META_CAMEL:
                continue
            camels.add(camel)
            tf = tf_of_camel.get(camel) or anchor or snake(camel)
            if anchor and tf != anchor:
                self.stats["name: TS and docs link differ"] += 1
            ty, sub, is_list = self.jsii_type(p["type"])
            h = hcl.get(tf)
            f = fields.get(tf)
            said_block = re.match(re.escape(tf) + r" block\.?$", docs.get("summary", "").strip()) is not None
            if said_block and ty == "any":
                # cdktf gives up on very deep block trees (wafv2 `statement`, quicksight
                # `definition`) and types the block `any`: a block whose contents are unknown.
                b[tf] = {"n": "list", "u": 1}
                self.stats[f"blocks typed any by {self.core} (contents unknown, u: 1)"] += 1
                continue
            if h and h["mapper"] in ("list+", "list-"):
                is_block = h["mapper"] == "list+"
            else:
                is_block = sub is not None and said_block and not ty.startswith("map(")
            if f:
                flags = "r" * f["r"] + "o" * f["o"] + "c" * f["c"]
            else:
                flags = "o" if p.get("optional") else "r"
                self.stats["flags: from jsii optional"] += 1
            if is_block and sub in outer + (struct_fqn,):
                # a block typed with the struct of a block around it (cdktn's bindings of the
                # framework resource aws_wafv2_web_acl_rule: `statement.and_statement.statement`
                # is `Wafv2WebAclRuleStatement` again): a cycle, which no provider schema has, so
                # how deep the provider's own tree goes is lost: a block with unknown contents
                n = {"struct": "single"}.get(h["type"], h["type"]) if h and h["type"] in ("list", "set", "struct", "map") \
                    else "list"
                b[tf] = {"n": n, "u": 1}
                self.stats["blocks typed with an outer block's struct (a cycle: contents unknown, u: 1)"] += 1
                continue
            if is_block:
                e = self.block(sub, sub + "OutputReference", path + "." + tf, outer + (struct_fqn,))
                if h and h["type"] in ("list", "set", "struct", "map"):
                    e["n"] = {"struct": "single"}.get(h["type"], h["type"])
                    if h["mapper"] == "direct" and h["type"] in ("list", "set"):
                        e["max"] = 1
                else:
                    e["n"] = "list"
                    if not is_list:
                        e["max"] = 1
                    self.stats["nesting: guessed (no TS)"] += 1
                if "r" in flags and e["n"] != "single":
                    e["min"] = 1
                b[tf] = e
            else:
                if h and h["type"] == "set" and ty.startswith("list("):
                    ty = "set(" + ty[5:]
                elif h and h["type"] == "struct":
                    ty = "object"
                a[tf] = [ty, flags]
        # computed-only attributes: getters of the class that no property of the struct backs
        for p in t.get(cls_fqn, {}).get("properties", []):
            camel = p["name"]
            if p.get("static") or camel in camels or camel == "internalValue" and cls_fqn != struct_fqn \
                    and t[cls_fqn].get("base") == self.core + ".ComplexObject":
                continue
            if camel.endswith("Input") and camel[:-5] in camels:
                continue
            tf = tf_of_camel.get(camel) or snake(camel)
            f = fields.get(tf)
            if tf in a or tf in b:
                continue
            if f and not (f["r"] or f["o"] or f["c"]) and f["new"]:
                # neither required, optional nor computed: a nested block with nothing settable
                # (a framework data source's read-only block): no config property, only a getter
                cls = f["new"][0]
                prefix = cls_fqn.rsplit(".", 1)[0] + "."
                if cls.endswith("OutputReference"):
                    inner, n = cls, "single"
                elif cls.endswith("List"):
                    inner, n = cls[:-len("List")] + "OutputReference", "set" if f["new"][1] == "true" else "list"
                else:
                    inner = None
                if inner:
                    e = self.block(prefix + inner[:-len("OutputReference")], prefix + inner, path + "." + tf,
                                   outer + (struct_fqn,))
                    e["n"] = n
                    b[tf] = e
                    continue
            ty = self.ts_getter_type(f) if f else None
            if ty is None:
                ty = self.jsii_type(p["type"])[0]
                self.stats["computed type: from jsii"] += 1
            flags = ("r" * f["r"] + "o" * f["o"] + "c" * f["c"]) if f else "c"
            a[tf] = [ty, flags or "c"]
        out = {}
        if a:
            out["a"] = a
        if b:
            out["b"] = b
        return out

    def derive(self):
        res, data, versions = {}, {}, collections.Counter()
        for fqn in sorted(self.t):
            d = self.t[fqn]
            base = d.get("base")
            if base not in (self.core + ".TerraformResource", self.core + ".TerraformDataSource"):
                continue
            link = DOC_LINK.search(d.get("docs", {}).get("summary", ""))
            if not link:
                sys.exit(f"{fqn}: no registry link in its docs")
            versions[link.group(1)] += 1
            ty = link.group(3).strip()
            cfg = [p for p in d["initializer"]["parameters"] if p["name"] == "config"][0]["type"]["fqn"]
            (res if base == self.core + ".TerraformResource" else data)[ty] = self.block(cfg, fqn, ty)
        return res, data, versions


def from_jsii(a, out):
    asm, sources, where = read_package(a.from_jsii)
    if a.jsii_only:
        sources = None
    der = JsiiDeriver(asm, sources)
    res, data, versions = der.derive()
    if len(versions) != 1:
        sys.exit(f"docs links name several provider versions: {dict(versions)}")
    pv = next(iter(versions))
    if sources:
        gen = collections.Counter(re.findall(r"providerVersion: '([^']+)'", "".join(sources.values())))
        if set(gen) != {pv}:
            sys.exit(f"terraformGeneratorMetadata says {dict(gen)}, the docs links {pv}")
    dist = asm.get("targets", {}).get("python", {}).get("distName", asm["name"])
    derived = ("jsii assembly + the TypeScript sources in the source maps of lib/**/*.js" if sources
               else "jsii assembly only (no TypeScript sources: computed flags, set nesting, single blocks guessed)")
    index = {
        "format": FORMAT,
        "provider": "hashicorp/aws",
        "provider_version": pv,
        "terraform_version": "",
        "generated": a.date,
        "generated_by": GENERATED_BY,
        "source": f"jsii assembly {asm['name']}@{asm['version']} (PyPI {dist} {asm['version']}), "
                  f"generated from hashicorp/aws {pv}; derived from the {derived}",
        "source_package": dist,
        "source_package_version": asm["version"],
        "source_jsii_fingerprint": asm.get("fingerprint", ""),
        "resources": res,
        "data_sources": data,
    }
    out = out or os.path.join(HERE, f"hcl-aws-{pv}.json.gz")
    write_index(index, out)
    for k, v in sorted(der.stats.items()):
        print(f"  {k}: {v}", file=sys.stderr)
    print(f"{out}: {len(res)} resources, {len(data)} data sources, from {where} "
          f"({dist} {asm['version']}, hashicorp/aws {pv})")


def write_index(index, out):
    data = json.dumps(index, sort_keys=True, separators=(",", ":")).encode()
    with open(out, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, compresslevel=9, mtime=0) as g:
            g.write(data)
    print(f"{out}: {len(data):,} bytes of JSON, {os.path.getsize(out):,} bytes gzipped")


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
    ap.add_argument("--from-jsii", metavar="PATH", default=None,
                    help="derive the index from a prebuilt CDKTF provider package instead of terraform "
                         "(site-packages/venv dir, package dir, wheel, *.jsii.tgz, npm package dir or .jsii)")
    ap.add_argument("--jsii-only", action="store_true",
                    help="with --from-jsii: ignore the TypeScript sources, use the jsii assembly alone")
    a = ap.parse_args(argv)
    if a.from_jsii:
        return from_jsii(a, a.out)
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
