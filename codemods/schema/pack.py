#!/usr/bin/env python3
"""Pack the per-version provider API indexes that generate.py writes into the one file the
binary embeds (developer-run, not run at user run time).

Usage (from the repository root):

    python3 codemods/schema/pack.py OUT.json.gz INDEX.json.gz [INDEX.json.gz ...]

The inputs are generate.py outputs (format 1), given oldest first; the pack keeps them in that
order. Consecutive versions of the provider share almost every class, so the pack stores:

  classes   every distinct class body once (the same JSON object in two versions is one entry);
  indexes   one entry per version: its header (package, provider and core versions, the
            hashicorp/aws version it binds), its root exports, and its modules as a map
            module -> class name -> class id. The first index lists all its modules; every later
            one names its predecessor as "base" and lists only what differs from it:
            "modules" holds the classes added or changed (by module), "removed" the class names
            dropped (by module), "removed_modules" whole modules dropped.

The reader (src/rules/provider_index.rs) rebuilds a version by applying the deltas from the first
index on. The `index` field of format 1 (class name -> modules) is not stored: the reader derives it.
Output is gzip -9 with mtime 0 and no file name (byte-reproducible). Standard library only.
"""

import gzip
import json
import os
import sys

FORMAT = 2


def load(path):
    with gzip.open(path, "rb") as f:
        d = json.load(f)
    if d.get("format") != 1:
        sys.exit(f"{path}: format {d.get('format')}, expected 1 (a generate.py output)")
    return d


def header(d):
    core = "cdktn" if "cdktn" in d else "cdktf"
    return {
        "package": d["package"],
        "python_module": d["python_module"],
        "version": d["version"],
        "terraform_provider": d.get("terraform_provider"),
        "terraform_provider_version": d.get("terraform_provider_version"),
        "core": core,
        "core_version": d[core],
        "meta_args": d.get("meta_args", []),
        "root_exports": d.get("root_exports", []),
    }


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    out, inputs = argv[0], argv[1:]
    classes = []
    ids = {}

    def class_id(body):
        key = json.dumps(body, sort_keys=True, separators=(",", ":"))
        if key not in ids:
            ids[key] = len(classes)
            classes.append(body)
        return ids[key]

    indexes = []
    previous = None
    for i, path in enumerate(inputs):
        d = load(path)
        modules = {m: {n: class_id(c) for n, c in sorted(cs.items())} for m, cs in sorted(d["modules"].items())}
        entry = header(d)
        if previous is None:
            entry["modules"] = modules
        else:
            entry["base"] = i - 1
            changed, removed = {}, {}
            for m, cs in modules.items():
                old = previous.get(m, {})
                diff = {n: c for n, c in cs.items() if old.get(n) != c}
                if diff:
                    changed[m] = diff
                gone = sorted(n for n in old if n not in cs)
                if gone and m in previous:
                    removed[m] = gone
            entry["modules"] = changed
            entry["removed"] = removed
            entry["removed_modules"] = sorted(m for m in previous if m not in modules)
        indexes.append(entry)
        previous = modules
        print(f"[pack] {d['package']} {d['version']}: {sum(len(c) for c in modules.values())} classes "
              f"in {len(modules)} modules; {len(classes)} distinct classes so far", file=sys.stderr)
    pack = {"format": FORMAT, "generated_by": "codemods/schema/pack.py", "classes": classes, "indexes": indexes}
    data = json.dumps(pack, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
    tmp = out + ".tmp"
    with open(tmp, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=f, mtime=0) as gz:
            gz.write(data)
    os.replace(tmp, out)
    print(f"[pack] json {len(data)} bytes, gzip {os.path.getsize(out)} bytes -> {out}", file=sys.stderr)


def unpack(path, version):
    """One version of a pack as generate.py wrote it (format 1 layout, `index` derived), for
    checks: check_index.py spot-checks the embedded pack through this."""
    with gzip.open(path, "rb") as f:
        pack = json.load(f)
    if pack.get("format") != FORMAT:
        sys.exit(f"{path}: format {pack.get('format')}, expected {FORMAT}")
    entries = pack["indexes"]
    at = next((i for i, e in enumerate(entries) if e["version"] == version), None)
    if at is None:
        sys.exit(f"{path}: no index {version}")
    modules = {}
    for e in entries[: at + 1]:
        for m in e.get("removed_modules", []):
            modules.pop(m, None)
        for m, names in e.get("removed", {}).items():
            for n in names:
                modules.get(m, {}).pop(n, None)
        for m, classes in e["modules"].items():
            modules.setdefault(m, {}).update(classes)
    e = entries[at]
    out = {k: v for k, v in e.items() if k not in ("modules", "removed", "removed_modules", "base", "core", "core_version")}
    out["format"] = 1
    out[e["core"]] = e["core_version"]
    out["modules"] = {m: {n: pack["classes"][i] for n, i in cs.items()} for m, cs in modules.items()}
    index = {}
    for m, cs in out["modules"].items():
        for n in cs:
            index.setdefault(n, []).append(m)
    out["index"] = {k: sorted(v) for k, v in index.items()}
    return out


if __name__ == "__main__":
    main(sys.argv[1:])
