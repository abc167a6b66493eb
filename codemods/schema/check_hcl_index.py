#!/usr/bin/env python3
"""Spot-check the HCL schema indexes (stdlib only, about a second).

Usage: python3 codemods/schema/check_hcl_index.py [--facts VERSION] [INDEX.json.gz ...]

Without a file it checks the embedded indexes, hcl-aws-5.100.0.json.gz, hcl-aws-6.25.0.json.gz and
hcl-aws-6.69.1.json.gz, each against the facts of its own provider version (`provider_version` in
the file); --facts checks a file against another version's facts instead (the 6.25.0 facts fail on
5.100.0 and the other way round: every check can fail).

5.100.0 facts were also seen in the real tool: `terraform validate` with hashicorp/aws 5.100.0 from
/opt/tf-plugins.  6.25.0 facts (no 6.x provider binary here) are each stated by the provider's
"Version 6 Upgrade Guide" (website/docs/guides/version-6-upgrade.html.markdown) or "Enhanced
Region Support" guide (enhanced-region-support.html.markdown) in hashicorp/terraform-provider-aws,
and are changes from 5.100.0; the few structure checks cite the generated TypeScript of
cdktf-cdktf-provider-aws 21.22.1.  6.69.1 (from cdktn-provider-aws 25.8.1) is checked against the
same 6.x facts, which no later 6.x release changed, with its own header, counts and the cycle
blocks of cdktn's bindings.  See README.md, "HCL schema index".  Prints one line per failure
and "N passed, M failed" per file; exits 1 on any failure.  check_index.py runs it too.
"""

import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = ["hcl-aws-5.100.0.json.gz", "hcl-aws-6.25.0.json.gz", "hcl-aws-6.69.1.json.gz"]
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


def blk(block, *path):
    for n in path:
        block = block.get("b", {}).get(n, {})
    return block


def flags(block, name):
    return (attr(block, name) or ["", ""])[1]


def facts_5_100_0(D):
    R = D["resources"]
    DS = D["data_sources"]
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


def facts_6_25_0(D):
    facts_6x(D, "6.25.0", "cdktf-cdktf-provider-aws", "21.22.1", 1581, 630, "cdktf")


def facts_6_69_1(D):
    facts_6x(D, "6.69.1", "cdktn-provider-aws", "25.8.1", 1735, 685, "cdktn")
    # cdktn's bindings of the framework resource aws_wafv2_web_acl_rule (new since 6.25.0) type
    # `statement.and_statement.statement` with the struct of `statement` itself (a cycle, its
    # TypeScript: `readonly statement?: Wafv2WebAclRuleStatement[]`): a block of unknown contents
    war = D["resources"].get("aws_wafv2_web_acl_rule", {})
    for op in ("and_statement", "or_statement", "not_statement"):
        check(f"aws_wafv2_web_acl_rule statement.{op}.statement: a cycle in the bindings, contents unknown (u)",
              blk(war, "statement", op, "statement") == {"n": "list", "u": 1})
    check("aws_wafv2_web_acl_rule statement.byte_match_statement.field_to_match a list block",
          blk(war, "statement", "byte_match_statement", "field_to_match").get("n") == "list")
    check("aws_wafv2_web_acl_rule name, priority, web_acl_arn required",
          all(flags(war, n) == "r" for n in ("name", "priority", "web_acl_arn")))


def facts_6x(D, version, package, package_version, n_resources, n_data_sources, core):
    """The facts every 6.x index has to show (upgrade guide, region guide), with the header and
    counts of the one version and package it was derived from."""
    R = D["resources"]
    DS = D["data_sources"]
    # ---- header (provenance: derived from the jsii assembly, no terraform run) -----------------
    check("format 1", D.get("format") == 1)
    check("provider hashicorp/aws", D.get("provider") == "hashicorp/aws")
    check(f"provider_version {version}", D.get("provider_version") == version)
    check(f"source package {package} {package_version}",
          D.get("source_package") == package and D.get("source_package_version") == package_version)
    check("terraform_version empty (no terraform run)", D.get("terraform_version") == "")
    check("generated date recorded", len(str(D.get("generated", ""))) == 10)
    check("generated_by", D.get("generated_by") == "codemods/schema/generate_hcl.py")
    check(f"{n_resources} resource types", len(R) == n_resources)
    check(f"{n_data_sources} data source types", len(DS) == n_data_sources)

    # ---- removed types (upgrade guide: OpsWorks, SimpleDB, Worklink, Redshift service account) --
    for t in ("aws_opsworks_stack", "aws_opsworks_application", "aws_simpledb_domain", "aws_worklink_fleet",
              "aws_worklink_website_certificate_authority_association"):
        check(f"resource {t} removed", t not in R)
    check("aws_redshift_service_account removed", "aws_redshift_service_account" not in R
          and "aws_redshift_service_account" not in DS)

    # ---- removed and renamed arguments (upgrade guide, per resource) ---------------------------
    eip = R.get("aws_eip", {})
    check("aws_eip: no vpc, domain instead", attr(eip, "vpc") is None and attr(eip, "domain") == ["string", "oc"])
    inst = R.get("aws_instance", {})
    check("aws_instance: no cpu_core_count / cpu_threads_per_core; cpu_options.core_count, threads_per_core",
          attr(inst, "cpu_core_count") is None and attr(inst, "cpu_threads_per_core") is None
          and attr(blk(inst, "cpu_options"), "core_count") is not None
          and attr(blk(inst, "cpu_options"), "threads_per_core") is not None)
    dep = R.get("aws_api_gateway_deployment", {})
    check("aws_api_gateway_deployment: no stage_name, stage_description, canary_settings, invoke_url, execution_arn",
          all(attr(dep, n) is None for n in ("stage_name", "stage_description", "invoke_url", "execution_arn"))
          and "canary_settings" not in dep.get("b", {}) and attr(dep, "rest_api_id") == ["string", "r"])
    check("aws_api_gateway_account: no reset_on_delete", "aws_api_gateway_account" in R
          and attr(R["aws_api_gateway_account"], "reset_on_delete") is None)
    ce = R.get("aws_batch_compute_environment", {})
    check("aws_batch_compute_environment: compute_environment_name(_prefix) -> name(_prefix)",
          attr(ce, "compute_environment_name") is None and attr(ce, "compute_environment_name_prefix") is None
          and attr(ce, "name") is not None and attr(ce, "name_prefix") is not None)
    dce = DS.get("aws_batch_compute_environment", {})
    check("data aws_batch_compute_environment: compute_environment_name -> name (required)",
          attr(dce, "compute_environment_name") is None and attr(dce, "name") == ["string", "r"])
    jq = R.get("aws_batch_job_queue", {})
    check("aws_batch_job_queue: no compute_environments, compute_environment_order block",
          attr(jq, "compute_environments") is None and blk(jq, "compute_environment_order").get("n") == "list")
    check("aws_flow_log: no log_group_name, log_destination", attr(R.get("aws_flow_log", {}), "log_group_name") is None
          and attr(R.get("aws_flow_log", {}), "log_destination") is not None)
    go = R.get("aws_guardduty_organization_configuration", {})
    check("aws_guardduty_organization_configuration: no auto_enable; auto_enable_organization_members required",
          attr(go, "auto_enable") is None and flags(go, "auto_enable_organization_members") == "r")
    rc = R.get("aws_redshift_cluster", {})
    check("aws_redshift_cluster: no snapshot_copy / logging blocks",
          "aws_redshift_cluster" in R and "snapshot_copy" not in rc.get("b", {}) and "logging" not in rc.get("b", {}))
    check("aws_redshift_cluster: cluster_public_key, cluster_revision_number, endpoint read only",
          all(flags(rc, n) == "c" for n in ("cluster_public_key", "cluster_revision_number", "endpoint")))
    check("aws_cloudfront_response_headers_policy: etag computed only",
          flags(R.get("aws_cloudfront_response_headers_policy", {}), "etag") == "c")
    check("data aws_globalaccelerator_accelerator: id computed only",
          flags(DS.get("aws_globalaccelerator_accelerator", {}), "id") == "c")
    for t, n in [("aws_eks_addon", "resolve_conflicts"), ("aws_ssm_association", "instance_id"),
                 ("aws_sagemaker_notebook_instance", "accelerator_types"),
                 ("aws_spot_instance_request", "block_duration_minutes"),
                 ("aws_dx_gateway_association", "vpn_gateway_id"),
                 ("aws_networkmanager_core_network", "base_policy_region"),
                 ("aws_opensearch_domain", "kibana_endpoint")]:
        check(f"{t}: no {n}", t in R and attr(R[t], n) is None)
    for t, n in [("aws_dms_endpoint", "s3_settings"), ("aws_launch_template", "elastic_gpu_specifications"),
                 ("aws_launch_template", "elastic_inference_accelerator"),
                 ("aws_ecs_task_definition", "inference_accelerator")]:
        check(f"{t}: no {n} block", t in R and n not in R[t].get("b", {}) and attr(R[t], n) is None)
    check("data aws_identitystore_group: no filter, alternate_identifier",
          "filter" not in DS.get("aws_identitystore_group", {}).get("b", {})
          and "alternate_identifier" in DS.get("aws_identitystore_group", {}).get("b", {}))
    check("data aws_opensearch_domain: no kibana_endpoint", "aws_opensearch_domain" in DS
          and attr(DS["aws_opensearch_domain"], "kibana_endpoint") is None)
    check("data aws_quicksight_data_set: no tags_all", "aws_quicksight_data_set" in DS
          and attr(DS["aws_quicksight_data_set"], "tags_all") is None)

    # ---- single-nested blocks that became lists of nested blocks (upgrade guide) --------------
    for kind, t, path in [(R, "aws_opensearchserverless_security_config", ["saml_options"]),
                          (DS, "aws_opensearchserverless_security_config", ["saml_options"]),
                          (R, "aws_verifiedpermissions_schema", ["definition"]),
                          (R, "aws_bedrock_model_invocation_logging_configuration", ["logging_config", "s3_config"]),
                          (R, "aws_paymentcryptography_key", ["key_attributes", "key_modes_of_use"]),
                          (R, "aws_rekognition_stream_processor", ["regions_of_interest", "bounding_box"]),
                          (R, "aws_resiliencehub_resiliency_policy", ["policy", "az"]),
                          (DS, "aws_lb_listener_rule", ["action", "authenticate_cognito"])]:
        check(f"{t} {'.'.join(path)} is a list block (was single)", blk(kind.get(t, {}), *path).get("n") == "list")

    # ---- enhanced region support: top-level region, optional + computed; not on global services --
    for t in ("aws_vpc", "aws_security_group", "aws_s3_bucket", "aws_kms_key", "aws_vpc_peering_connection_accepter"):
        check(f"{t} region optional+computed", attr(R.get(t, {}), "region") == ["string", "oc"])
    check("aws_s3_bucket bucket_region read only (region now Enhanced Region Support)",
          attr(R.get("aws_s3_bucket", {}), "bucket_region") == ["string", "c"]
          and attr(DS.get("aws_s3_bucket", {}), "bucket_region") == ["string", "c"])
    check("data aws_region has region", attr(DS.get("aws_region", {}), "region") is not None)
    for t in ("aws_iam_role", "aws_route53_zone", "aws_cloudfront_distribution", "aws_organizations_account"):
        check(f"global {t} has no region", t in R and attr(R[t], "region") is None)
    check("most resource types have region (> 85%)",
          sum("region" in b.get("a", {}) for b in R.values()) > 0.85 * len(R))

    # ---- structure (generated TypeScript of cdktf-cdktf-provider-aws 21.22.1; the same in cdktn's)
    check("aws_iam_role assume_role_policy required string ('computed: false, optional: false, required: true')",
          attr(R.get("aws_iam_role", {}), "assume_role_policy") == ["string", "r"])
    check("aws_lb_listener default_action required list block (listMapperHcl(.., true)) min 1",
          blk(R.get("aws_lb_listener", {}), "default_action").get("n") == "list"
          and blk(R.get("aws_lb_listener", {}), "default_action").get("min") == 1)
    sg = R.get("aws_security_group", {})
    check("aws_security_group ingress an attribute set(object) (listMapperHcl(.., false))",
          attr(sg, "ingress") == ["set(object)", "oc"] and "ingress" not in sg.get("b", {}))
    check("aws_s3_bucket arn read only", attr(R.get("aws_s3_bucket", {}), "arn") == ["string", "c"])
    check("aws_eip timeouts single block", blk(eip, "timeouts").get("n") == "single")
    check(f"aws_wafv2_web_acl rule.statement: block typed any by {core}, contents unknown (u)",
          blk(R.get("aws_wafv2_web_acl", {}), "rule", "statement") == {"n": "list", "u": 1})
    check("no deprecated flags (the bindings do not carry them)",
          not any("d" in f for b in R.values() for _, f in b.get("a", {}).values()))


FACTS = {"5.100.0": facts_5_100_0, "6.25.0": facts_6_25_0, "6.69.1": facts_6_69_1}


def main(argv):
    global passed, failed
    facts = None
    if argv[:1] == ["--facts"]:
        facts, argv = argv[1], argv[2:]
    paths = argv or [os.path.join(HERE, p) for p in DEFAULT]
    bad = 0
    for path in paths:
        with gzip.open(path, "rb") as f:
            D = json.load(f)
        version = facts or D.get("provider_version")
        if version not in FACTS:
            print(f"{path}: no facts for hashicorp/aws {version!r} (known: {', '.join(FACTS)})")
            bad += 1
            continue
        passed = failed = 0
        FACTS[version](D)
        print(f"{os.path.basename(path)} (facts of {version}): {passed} passed, {failed} failed")
        bad += failed
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
