#!/usr/bin/env python3
"""Derive the AWS service name table from the real provider binary.

The hashicorp/aws provider embeds its service catalogue, `names/data/names_data.hcl`, in the
binary (go:embed). Each service block names what people call the service (aliases, the
human-friendly name, the AWS CLI command, the SDK id, the "correct" resource prefix) and the
prefixes its resource types really use (`resource_prefix.actual`, `doc_prefix`). Models write
the names people use: `eventbridge_rule` for `cloudwatch_event_rule`, `timestream_write_table`
for `timestreamwrite_table`. provider-import-resolve reads this table to map a module the
provider never had to the one it has; the map is derived here, not written by hand.

    python3 codemods/schema/generate_service_names.py [PROVIDER_BINARY] [--out PATH]

The default binary is the first terraform-provider-aws_* under /opt/tf-plugins. The output
(`codemods/schema/aws-service-names.json`) is byte-reproducible: sorted, one row per line.
"""

import argparse
import glob
import hashlib
import json
import mmap
import re
import sys

HERE = __file__.rsplit("/", 1)[0]


def embedded_catalogue(binary):
    """The names_data.hcl text: the printable run around its first service block."""
    with open(binary, "rb") as f:
        m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        at = m.find(b'\nservice "accessanalyzer" {')
        if at < 0:
            sys.exit("generate_service_names: no embedded names_data.hcl in " + binary)

        def printable(b):
            return 32 <= b < 127 or b in (9, 10, 13)

        start = at
        while start > 0 and printable(m[start - 1]):
            start -= 1
        end = at
        while end < len(m) and printable(m[end]):
            end += 1
        text = m[start:end].decode("ascii")
    # The run may begin with a few bytes of whatever precedes the file.
    head = text.find("// Copyright")
    return text[head:] if head >= 0 else text[text.find("service ") :]


def snake(s):
    s = re.sub(r"[^A-Za-z0-9]+", "_", s.strip()).strip("_")
    return s.lower()


def strings(block, key):
    """Every string value of `key = "..."` or `key = [...]` in a block."""
    out = []
    for m in re.finditer(r"(?m)^\s*" + key + r'\s*=\s*(\[[^\]]*\]|"[^"]*")', block):
        out += re.findall(r'"([^"]*)"', m.group(1))
    return out


def services(text):
    for m in re.finditer(r'(?ms)^service "([a-z0-9]+)" \{\n(.*?)^\}\n', text):
        name, body = m.group(1), m.group(2)
        actual = [p.removeprefix("aws_") for p in strings(body, "actual")]
        doc = strings(body, "doc_prefix")
        # doc_prefix also holds regular expressions (for the provider's doc checks): only plain
        # prefixes name modules.
        real = sorted(p for p in set(actual + doc) if re.fullmatch(r"[a-z0-9_]+", p))
        said = {name + "_"}
        said |= {a + "_" for a in strings(body, "aliases")}
        for h in strings(body, "human_friendly"):
            # "SFN (Step Functions)": the whole, the name, and the words in parentheses.
            said |= {snake(p) + "_" for p in [h, *re.split(r"[()]", h)] if snake(p)}
        said |= {snake(c) + "_" for c in strings(body, "aws_cli_v2_command")}
        said |= {snake(i) + "_" for i in strings(body, "id")}
        said |= {p.removeprefix("aws_") for p in strings(body, "correct")}
        said |= {p + "_" for p in strings(body, "provider_package_correct")}
        # A name people use that is one of the service's real prefixes is not a wrong name.
        # A name people use that overlaps one of the service's real prefixes (`s3_`, `vpc_`) is
        # not a wrong name: every module it starts is looked up as it is.
        said = sorted(
            s for s in said if s != "_" and not any(s.startswith(r) or r.startswith(s) for r in real)
        )
        if real and said:
            yield {"service": name, "said": said, "real": real}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary", nargs="?")
    ap.add_argument("--out", default=HERE + "/aws-service-names.json")
    a = ap.parse_args(argv)
    binary = a.binary or next(
        iter(sorted(glob.glob("/opt/tf-plugins/**/terraform-provider-aws_*", recursive=True))), None
    )
    if not binary:
        sys.exit("generate_service_names: give the provider binary's path")
    text = embedded_catalogue(binary)
    rows = list(services(text))
    version = re.search(r"_v(\d+\.\d+\.\d+)", binary)
    header = {
        "source": "hashicorp/aws "
        + (version.group(1) if version else "?")
        + " provider binary, embedded names/data/names_data.hcl",
        "catalogue_sha256": hashlib.sha256(text.encode()).hexdigest(),
        "generator": "codemods/schema/generate_service_names.py",
        "meaning": "a module that starts with a `said` prefix and does not exist is looked up "
        "with each `real` prefix instead",
    }
    with open(a.out, "w") as f:
        f.write("{\n")
        for k, v in header.items():
            f.write(f"  {json.dumps(k)}: {json.dumps(v)},\n")
        f.write('  "services": [\n')
        f.write(",\n".join("    " + json.dumps(r, sort_keys=True) for r in rows))
        f.write("\n  ]\n}\n")
    print(f"generate_service_names: {len(rows)} services with names to map -> {a.out}")


if __name__ == "__main__":
    main()
