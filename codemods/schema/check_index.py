#!/usr/bin/env python3
"""Spot-check the generated provider index (stdlib only).

Usage: python3 codemods/schema/check_index.py [codemods/schema/aws-python.json.gz]

Checks the 21.22.1 index of the pack (unpacked by pack.py exactly as the binary reads it) and,
at the end, facts of the other versions that decide what their projects are told.

Every fact asserted here was also confirmed by running the real packages
(cdktf 0.21.0 + cdktf-cdktf-provider-aws 21.22.1); see README.md, "Spot checks".
Prints one line per failure and finishes with "N passed, M failed"; exits 1 on any failure.
"""

import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pack  # noqa: E402

path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "aws-python.json.gz")
D = pack.unpack(path, "21.22.1")
M = D["modules"]
IDX = D["index"]

passed = 0
failed = 0


def check(label, cond):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {label}")


def cls(mod, name):
    return M.get(mod, {}).get(name, {})


# ---- header -------------------------------------------------------------------------------
check("format is 1", D.get("format") == 1)
check("package", D.get("package") == "cdktf-cdktf-provider-aws")
check("python_module", D.get("python_module") == "cdktf_cdktf_provider_aws")
check("version 21.22.1", D.get("version") == "21.22.1")
check("terraform_provider hashicorp/aws", D.get("terraform_provider") == "hashicorp/aws")
check("terraform_provider_version 6.25.0", D.get("terraform_provider_version") == "6.25.0")
check("cdktf 0.21.0", D.get("cdktf") == "0.21.0")
check("meta_args", D.get("meta_args") == ["connection", "count", "depends_on", "for_each",
                                           "lifecycle", "provider", "provisioners"])
check("2212 provider modules + cdktf", len(M) == 2213 and "cdktf" in M)
check("root_exports has the 2212 submodules", len(D["root_exports"]) == 2212 and "s3_bucket" in D["root_exports"])
kinds = {}
for mod, classes in M.items():
    for c, e in classes.items():
        if mod != "cdktf":
            kinds[e["k"]] = kinds.get(e["k"], 0) + 1
check("1581 resources", kinds.get("resource") == 1581)
check("630 data sources", kinds.get("data") == 630)
check("1 provider", kinds.get("provider") == 1)
check("every class is in the index", all(mod in IDX.get(c, []) for mod, cl in M.items() for c in cl))

# ---- A-suffix classes (CDKTF_FACTS 3a) ------------------------------------------------------
v = cls("s3_bucket_versioning", "S3BucketVersioningA")
check("S3BucketVersioningA is a resource in s3_bucket_versioning", v.get("k") == "resource")
check("S3BucketVersioningA tf", v.get("tf") == "aws_s3_bucket_versioning")
check("S3BucketVersioningA cid id_", v.get("cid") == "id_")
check("S3BucketVersioningA req", v.get("req") == ["bucket", "versioning_configuration"])
check("S3BucketVersioningA versioning_configuration is single",
      "versioning_configuration" in v.get("single", [])
      and v["t"]["versioning_configuration"] == "S3BucketVersioningVersioningConfiguration")
check("no S3BucketVersioning in s3_bucket_versioning", "S3BucketVersioning" not in M["s3_bucket_versioning"])
check("S3BucketVersioning is a struct in s3_bucket", cls("s3_bucket", "S3BucketVersioning").get("k") == "struct")
check("S3BucketVersioning has no bucket kwarg", "bucket" not in cls("s3_bucket", "S3BucketVersioning").get("args", []))
check("index S3BucketVersioning -> s3_bucket", IDX.get("S3BucketVersioning") == ["s3_bucket"])
check("index S3BucketVersioningA -> s3_bucket_versioning", IDX.get("S3BucketVersioningA") == ["s3_bucket_versioning"])
check("S3BucketVersioningAConfig struct", cls("s3_bucket_versioning", "S3BucketVersioningAConfig").get("k") == "struct")
a_res = sorted(m for m, cl in M.items() for c, e in cl.items()
               if m != "cdktf" and e["k"] == "resource" and c.endswith("A") and c[:-1] in IDX)
check("10 A-suffixed resources", a_res == sorted([
    "autoscaling_group_tag", "dynamodb_table_replica", "ec2_managed_prefix_list_entry",
    "network_interface_attachment", "s3_bucket_logging", "s3_bucket_object_lock_configuration",
    "s3_bucket_replication_configuration", "s3_bucket_server_side_encryption_configuration",
    "s3_bucket_versioning", "vpc_peering_connection_accepter"]))

# ---- security groups (3b) -------------------------------------------------------------------
sgi = cls("security_group", "SecurityGroupIngress")
check("SecurityGroupIngress is a struct", sgi.get("k") == "struct")
check("SecurityGroupIngress has no security_group_id", "security_group_id" not in sgi.get("args", []))
check("SecurityGroupIngress has self_attribute, not self",
      "self_attribute" in sgi.get("args", []) and "self" not in sgi.get("args", []))
check("SecurityGroupIngress all optional", not sgi.get("req"))
sg = cls("security_group", "SecurityGroup")
check("SecurityGroup ingress/egress are list blocks",
      {"ingress", "egress"} <= set(sg.get("list", [])) and sg["t"]["ingress"] == "[SecurityGroupIngress]")
r = cls("vpc_security_group_ingress_rule", "VpcSecurityGroupIngressRule")
check("VpcSecurityGroupIngressRule takes cidr_ipv4", "cidr_ipv4" in r.get("args", []))
check("VpcSecurityGroupIngressRule has no cidr_blocks/protocol/type",
      not {"cidr_blocks", "protocol", "type"} & set(r.get("args", [])))
check("VpcSecurityGroupIngressRule cid is id", r.get("cid") == "id")
check("VpcSecurityGroupIngressRule req", r.get("req") == ["ip_protocol", "security_group_id"])
sgr = cls("security_group_rule", "SecurityGroupRule")
check("SecurityGroupRule cid is id_", sgr.get("cid") == "id_")
check("SecurityGroupRule req", sorted(sgr.get("req", [])) ==
      ["from_port", "protocol", "security_group_id", "to_port", "type"])
check("SecurityGroupRule has no cidr_ipv4", "cidr_ipv4" not in sgr.get("args", []))

# ---- S3Bucket blocks (3d, seed 003) ---------------------------------------------------------
b = cls("s3_bucket", "S3Bucket")
check("S3Bucket resource aws_s3_bucket", b.get("k") == "resource" and b.get("tf") == "aws_s3_bucket")
check("S3Bucket cid id_", b.get("cid") == "id_")
check("S3Bucket keeps the TF id attribute in args", "id" in b.get("args", []))
check("S3Bucket meta args stripped", b.get("m") == 1 and "depends_on" not in b.get("args", []))
check("S3Bucket.lifecycle_rule is a list block",
      "lifecycle_rule" in b.get("list", []) and b["t"]["lifecycle_rule"] == "[S3BucketLifecycleRule]")
check("S3Bucket.versioning is a single block",
      "versioning" in b.get("single", []) and b["t"]["versioning"] == "S3BucketVersioning")
check("S3Bucket list blocks", b.get("list") == ["cors_rule", "grant", "lifecycle_rule"])
lr = cls("s3_bucket", "S3BucketLifecycleRule")
check("S3BucketLifecycleRule is a struct", lr.get("k") == "struct")
check("S3BucketLifecycleRule.expiration is a single struct, not a list",
      "expiration" in lr.get("single", []) and "expiration" not in lr.get("list", [])
      and lr["t"]["expiration"] == "S3BucketLifecycleRuleExpiration")
check("S3BucketLifecycleRule.transition is a list",
      lr.get("t", {}).get("transition") == "[S3BucketLifecycleRuleTransition]")
check("S3BucketLifecycleRule requires enabled", lr.get("req") == ["enabled"])

# ---- provider, other resources --------------------------------------------------------------
p = cls("provider", "AwsProvider")
check("AwsProvider in module provider", p.get("k") == "provider" and IDX.get("AwsProvider") == ["provider"])
check("AwsProvider cid id", p.get("cid") == "id")
check("AwsProvider default_tags is a list block", "default_tags" in p.get("list", []))
e = cls("eks_addon", "EksAddon")
check("EksAddon addon_version optional",
      "addon_version" in e.get("args", []) and "addon_version" not in e.get("req", []))
ir = cls("iam_role", "IamRole")
check("IamRole inline_policy list + managed_policy_arns arg",
      "inline_policy" in ir.get("list", []) and "managed_policy_arns" in ir.get("args", []))
check("DataAwsCallerIdentity is data", cls("data_aws_caller_identity", "DataAwsCallerIdentity").get("k") == "data")

# ---- cdktf core -----------------------------------------------------------------------------
s3b = cls("cdktf", "S3Backend")
check("cdktf.S3Backend present", bool(s3b))
check("S3Backend req bucket, key", s3b.get("req") == ["bucket", "key"])
check("S3Backend has no use_lockfile", "use_lockfile" not in s3b.get("args", []))
check("S3Backend has dynamodb_table", "dynamodb_table" in s3b.get("args", []))
check("S3Backend has no construct id", "cid" not in s3b)
check("cdktf.TerraformStack cid id", cls("cdktf", "TerraformStack").get("cid") == "id")

# ---- keyword types and attributes (each confirmed with the real synth or get_type_hints in
# the 21.22.1 venv: jsii rejected `at_rest_encryption_enabled=True` and `azs.names[1]`) ------
erg = cls("elasticache_replication_group", "ElasticacheReplicationGroup")
check("ElastiCache at_rest_encryption_enabled is a string",
      erg.get("ty", {}).get("at_rest_encryption_enabled") == "s")
check("ElastiCache port is a number", erg.get("ty", {}).get("port") == "n")
check("ElastiCache security_group_ids is a list of strings",
      erg.get("ty", {}).get("security_group_ids") == "[s]")
check("DbInstance allocated_storage is a number",
      cls("db_instance", "DbInstance").get("ty", {}).get("allocated_storage") == "n")
check("S3Bucket tags is a map of strings", cls("s3_bucket", "S3Bucket").get("ty", {}).get("tags") == "{s}")
check("DataAwsAvailabilityZones.names is a list of strings",
      cls("data_aws_availability_zones", "DataAwsAvailabilityZones").get("at", {}).get("names") == "[s]")
check("EksCluster.certificate_authority is a nested output list",
      cls("eks_cluster", "EksCluster").get("at", {}).get("certificate_authority") == "L")
check("S3Bucket.arn is a string", cls("s3_bucket", "S3Bucket").get("at", {}).get("arn") == "s")
fn_at = cls("cdktf", "Fn").get("at", {})
check("Fn has element, length_of, jsonencode, try_", all(f in fn_at for f in ("element", "length_of", "jsonencode", "try_")))
check("Fn has no sub, select, terraform_workspace", not any(f in fn_at for f in ("sub", "select", "terraform_workspace")))
check("TerraformResource has add_override and node (constructs)",
      all(f in cls("cdktf", "TerraformResource").get("at", {}) for f in ("add_override", "node", "fqn")))

# ---- the other versions: facts that decide what their projects are told, each also confirmed
# with inspect.signature in the generator's venv of that release ------------------------------
V = {v: pack.unpack(path, v) for v in ("19.65.1", "20.1.0", "23.10.1", "24.12.0", "25.8.1")}
check("19.65.1 binds hashicorp/aws 5.99.1", V["19.65.1"]["terraform_provider_version"] == "5.99.1")
check("20.1.0 binds hashicorp/aws 5.100.0", V["20.1.0"]["terraform_provider_version"] == "5.100.0")
check("25.8.1 is cdktn-provider-aws on cdktn 0.24.0",
      (V["25.8.1"]["package"], V["25.8.1"].get("cdktn")) == ("cdktn-provider-aws", "0.24.0"))
check("19.65.1 Eip takes vpc (aws 5.x)", "vpc" in V["19.65.1"]["modules"]["eip"]["Eip"]["args"])
check("19.65.1 Instance takes no region (aws 6.x added it)",
      "region" not in V["19.65.1"]["modules"]["instance"]["Instance"]["args"])
check("25.8.1 Eip takes no vpc", "vpc" not in V["25.8.1"]["modules"]["eip"]["Eip"]["args"])
check("cdktn 0.22 S3Backend has no use_lockfile",
      "use_lockfile" not in V["23.10.1"]["modules"]["cdktn"]["S3Backend"]["args"])
check("cdktn 0.24 S3Backend takes use_lockfile",
      "use_lockfile" in V["25.8.1"]["modules"]["cdktn"]["S3Backend"]["args"])

print(f"{passed} passed, {failed} failed")
# The HCL schema index (hashicorp/aws 5.100.0) has its own spot checks.
hcl = __import__("subprocess").run([sys.executable, os.path.join(HERE, "check_hcl_index.py")])
sys.exit(1 if failed or hcl.returncode else 0)
