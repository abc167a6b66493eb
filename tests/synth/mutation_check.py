#!/usr/bin/env python3
"""Prove the [synth] assertions can fail: break copies of the drafts (or the golden stack-seed
cases they became), expect FAIL lines.

    python3 tests/synth/mutation_check.py

Each mutation copies one draft case to a temp dir, applies one text edit to one file
(the "wrong fix" or a regressed input), runs run_golden_synth.py once over all mutants and
requires each mutant to FAIL with a reason containing the given text. Exit 1 otherwise.
"""

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = os.path.join(HERE, "drafts")
GOLDEN = os.path.join(os.path.dirname(os.path.dirname(HERE)), "golden")


def case_dir(name):
    """A draft, or the golden stack-seed case it became once its codemod landed."""
    d = os.path.join(DRAFTS, name)
    return d if os.path.isdir(d) else os.path.join(GOLDEN, name, "stack-seed")
STACK = "lib/tap_stack.py"

# (mutant name, draft, file, old, new, expected text in the FAIL reason)
MUTATIONS = [
    ("sg-input-already-fixed", "standalone-security-group-rule", "input/" + STACK,
     "security_group_id=self.cluster_sg.id,\n", "",
     "input error does not mention 'security_group_id'"),  # still a TypeError, but the wrong one
    ("sg-expected-drops-rule", "standalone-security-group-rule", "expected/" + STACK,
     "            ingress=[\n", "            _unused=[\n",
     "expected failed: TypeError"),
    ("sg-expected-no-inline-rule", "standalone-security-group-rule", "expected/" + STACK,
     "                from_port=443,\n", "                from_port=8443,\n",
     "ingress.0.from_port: want 443, got 8443"),
    ("sg-expected-standalone-rule-resource", "standalone-security-group-rule", "expected/" + STACK,
     "        )\n", "        )\n        __import__('cdktf_cdktf_provider_aws.security_group_rule', fromlist=['x']).SecurityGroupRule(self, 'r', type='ingress', from_port=1, to_port=1, protocol='tcp', security_group_id='sg')\n",
     "expected still has aws_security_group_rule"),
    ("a-suffix-expected-unfixed", "provider-class-a-suffix", "expected/" + STACK,
     "    S3BucketVersioningA,\n", "    S3BucketVersioning,\n",
     "expected failed: ImportError"),
    ("a-suffix-wrong-kind", "provider-class-a-suffix", "case.toml",
     'input_fails = "ImportError"', 'input_fails = "AttributeError"',
     "input failed with ImportError"),
    ("dep-node-add-dependency-noop", "resource-add-dependency", "expected/" + STACK,
     "            depends_on=[self.kube_system_profile],\n        )\n",
     "        )\n        vpc_cni_addon.node.add_dependency(self.kube_system_profile)\n",
     "depends_on: want [\"aws_eks_fargate_profile.kube_system_profile\"], got <missing>"),
    ("dep-input-fixed", "resource-add-dependency", "input/" + STACK,
     "        vpc_cni_addon.add_dependency(self.kube_system_profile)\n", "",
     "input synthesized, expected AttributeError"),
    ("lockfile-expected-kept", "s3-backend-use-lockfile", "expected/" + STACK,
     "        S3Bucket(\n", "        self.add_override(\"terraform.backend.s3.use_lockfile\", True)\n        S3Bucket(\n",
     "expected JSON still has terraform.backend.s3.use_lockfile"),
    ("lockfile-input-absent", "s3-backend-use-lockfile", "input/" + STACK,
     '        self.add_override("terraform.backend.s3.use_lockfile", True)\n', "",
     "input JSON terraform.backend.s3.use_lockfile: want true, got <missing>"),
    ("account-expected-literal-left", "hardcoded-account-id", "expected/" + STACK,
     '"Resource": "*"', '"Resource": "arn:aws:kms:us-east-1:123456789012:key/*"',
     "expected JSON still contains '123456789012'"),
    ("account-expected-no-data-source", "hardcoded-account-id", "expected/" + STACK,
     '        current = DataAwsCallerIdentity(self, "current")\n',
     '        current = type("C", (), {"account_id": "${data.aws_caller_identity.current.account_id}"})()\n',
     "expected has no data.aws_caller_identity.current"),
    ("list-block-expected-unfixed", "single-block-as-list", "expected/" + STACK,
     '"expiration": {"days": 90}', '"expiration": [{"days": 90}]',
     "expected failed: JsiiError"),
    ("list-block-input-other-error", "single-block-as-list", "input/" + STACK,
     '"expiration": [{"days": 90}]', '"expiration": {"days": 90}, "transition": {"days": 30, "storageClass": "GLACIER"}',
     "input error does not mention \"Key 'expiration'\""),
    ("construct-id-extra-resource", "construct-id-shadows-builtin", "expected/" + STACK,
     '"assets_bucket"', '"assets_bucket2"',
     "resources differ"),
    ("construct-id-tag-changed", "construct-id-shadows-builtin", "expected/" + STACK,
     'tags={"Stack": construct_id}', 'tags={"Stack": "x"}',
     "assets_bucket.tags.Stack: want \"TapStackdev\", got \"x\""),
    ("unknown-key", "construct-id-shadows-builtin", "case.toml",
     "same_resources_as_input = true", "same_resources_as_inputt = true",
     "unknown [synth] key(s) ['same_resources_as_inputt']"),
]


def main():
    root = tempfile.mkdtemp(prefix="cdktf-fix-mutants-")
    want = {}
    try:
        for name, draft, rel, old, new, reason in MUTATIONS:
            d = os.path.join(root, name)
            shutil.copytree(case_dir(draft), d)
            p = os.path.join(d, rel)
            text = open(p).read()
            if text.count(old) < 1:
                print(f"BROKEN MUTATION {name}: {old!r} not in {rel}")
                return 1
            open(p, "w").write(text.replace(old, new, 1))
            want[d] = (name, reason)
        r = subprocess.run([sys.executable, os.path.join(HERE, "run_golden_synth.py"), *want],
                           stdout=subprocess.PIPE, text=True)
        lines = r.stdout.splitlines()
        bad = 0
        for d, (name, reason) in want.items():
            line = next((l for l in lines if l.split(" ", 1)[-1].startswith(d)), None)
            if line and line.startswith("FAIL ") and reason in line:
                print(f"caught {name}")
            else:
                bad += 1
                print(f"MISSED {name}: want FAIL with {reason!r}, got {line!r}")
        summary = lines[-1] if lines else ""
        if r.returncode == 0 or summary != f"0 passed, {len(want)} failed":
            bad += 1
            print(f"MISSED runner exit/summary: rc={r.returncode} {summary!r}")
        print(f"{len(want) - bad} mutants caught, {bad} missed")
        return 1 if bad else 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
