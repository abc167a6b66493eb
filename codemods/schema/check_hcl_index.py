#!/usr/bin/env python3
"""Spot-check the HCL schema index (stdlib only, well under a second).

Usage: python3 codemods/schema/check_hcl_index.py [codemods/schema/hcl-aws-5.100.0.json.gz]

Each fact here was also seen in the real tool: `terraform validate` with hashicorp/aws
5.100.0 from /opt/tf-plugins (see README.md, "HCL schema index"). Prints one line per failure
and "N passed, M failed"; exits 1 on any failure. check_index.py runs it too.
"""

import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "hcl-aws-5.100.0.json.gz")
with gzip.open(path, "rb") as f:
    D = json.load(f)
R = D["resources"]
DS = D["data_sources"]
passed = failed = 0


def check(label, cond):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {label}")


def attr(block, name):
    return block.get("a", {}).get(name)


# ---- header (provenance) ------------------------------------------------------------------
check("format 1", D.get("format") == 1)
check("provider hashicorp/aws", D.get("provider") == "hashicorp/aws")
check("provider_version 5.100.0", D.get("provider_version") == "5.100.0")
check("terraform_version 1.11.x", str(D.get("terraform_version", "")).startswith("1.11."))
check("generated date recorded", len(str(D.get("generated", ""))) == 10)
check("generated_by", D.get("generated_by") == "codemods/schema/generate_hcl.py")
check("1526 resource types", len(R) == 1526)
check("608 data source types", len(DS) == 608)

# ---- renames of the 5.0.0 CHANGELOG (validate: 'An argument named "name" is not expected here')
db = R.get("aws_db_instance", {})
check("aws_db_instance has db_name, not name", attr(db, "db_name") is not None and attr(db, "name") is None)
rg = R.get("aws_elasticache_replication_group", {})
for old, new in [("replication_group_description", "description"),
                 ("number_cache_clusters", "num_cache_clusters"),
                 ("availability_zones", "preferred_cache_cluster_azs")]:
    check(f"aws_elasticache_replication_group {old} -> {new}",
          attr(rg, old) is None and attr(rg, new) is not None)

check("aws_autoscaling_attachment alb_target_group_arn -> lb_target_group_arn",
      attr(R.get("aws_autoscaling_attachment", {}), "alb_target_group_arn") is None
      and attr(R.get("aws_autoscaling_attachment", {}), "lb_target_group_arn") is not None)
fh = R.get("aws_kinesis_firehose_delivery_stream", {}).get("b", {}).get("extended_s3_configuration", {})
backup = fh.get("b", {}).get("s3_backup_configuration", {})
check("firehose s3_backup_configuration buffer_size -> buffering_size",
      attr(backup, "buffer_size") is None and attr(backup, "buffering_size") is not None)

# ---- types (validate: 'The provider hashicorp/aws does not support resource type ...')
check("aws_appautoscaling_target exists, aws_applicationautoscaling_target does not",
      "aws_appautoscaling_target" in R and "aws_applicationautoscaling_target" not in R)
check("no aws_s3_bucket_encryption; its replacement exists",
      "aws_s3_bucket_encryption" not in R and "aws_s3_bucket_server_side_encryption_configuration" in R)
check("aws_cloudwatch_event_rule exists, aws_eventbridge_rule does not",
      "aws_cloudwatch_event_rule" in R and "aws_eventbridge_rule" not in R)
check("aws_caller_identity is a data source only", "aws_caller_identity" in DS and "aws_caller_identity" not in R)

# ---- flags and nesting ----------------------------------------------------------------------
lc = R.get("aws_s3_bucket_lifecycle_configuration", {})
rule = lc.get("b", {}).get("rule", {})
check("lifecycle rule is a list block with filter block and deprecated prefix",
      rule.get("n") == "list" and "filter" in rule.get("b", {}) and "d" in (attr(rule, "prefix") or ["", ""])[1])
check("lifecycle rule id and status required",
      (attr(rule, "id") or ["", ""])[1] == "r" and (attr(rule, "status") or ["", ""])[1] == "r")
check("aws_eip vpc deprecated bool", attr(R.get("aws_eip", {}), "vpc") == ["bool", "ocd"])
check("aws_iam_role assume_role_policy required string",
      attr(R.get("aws_iam_role", {}), "assume_role_policy") == ["string", "r"])
lst = R.get("aws_lb_listener", {}).get("b", {}).get("default_action", {})
check("aws_lb_listener default_action min 1", lst.get("min") == 1)
check("aws_s3_bucket arn computed only", attr(R.get("aws_s3_bucket", {}), "arn") == ["string", "c"])
check("aws_s3_bucket tags map(string)", (attr(R.get("aws_s3_bucket", {}), "tags") or [""])[0] == "map(string)")
sg = R.get("aws_security_group", {})
check("aws_security_group ingress is an attribute set(object) (blocks syntax accepted)",
      (attr(sg, "ingress") or [""])[0] == "set(object)" and "ingress" not in sg.get("b", {}))
check("aws_ecs_service has no deployment_configuration block, has the flat arguments",
      "deployment_configuration" not in R.get("aws_ecs_service", {}).get("b", {})
      and attr(R.get("aws_ecs_service", {}), "deployment_maximum_percent") is not None)
# (issue 13 says `include_global_resources`; the schema's name is include_global_resource_types)
check("aws_config_configuration_recorder include_global_resource_types only inside recording_group",
      attr(R.get("aws_config_configuration_recorder", {}), "include_global_resource_types") is None
      and attr(R.get("aws_config_configuration_recorder", {}).get("b", {}).get("recording_group", {}),
               "include_global_resource_types") is not None)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
