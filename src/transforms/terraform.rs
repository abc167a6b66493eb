//! The Terraform HCL (`tf-*`) fixers. Each spec's rule finds candidate blocks or attributes; the
//! fixer takes a closer look (block labels, literal values, what the module declares) and builds
//! minimal, `terraform fmt`-aligned edits with the helpers in [`crate::hcl`].

use super::{Ctx, Hit, Match};
use crate::edit::{Applicability, Edit, Fix};
use crate::hcl;
use crate::lang::Node;

fn header(block: &Node) -> std::ops::Range<usize> {
    let start = block.range().start;
    let end = block
        .children()
        .find(|c| c.kind() == "block_start")
        .map_or(block.range().end, |b| b.range().end);
    start..end
}

fn ceiling(ctx: &Ctx) -> Applicability {
    ctx.codemod.safety.ceiling()
}

/// The resource block an attribute belongs to, when it is `resource "<ty>"`.
fn in_resource<'r>(attr: &Node<'r>, ty: &str) -> Option<Node<'r>> {
    hcl::enclosing_block(attr).filter(|b| hcl::is_block(b, "resource", &[ty]))
}

/// TF005: `addon_version = "v1.2.3-eksbuild.1"` on aws_eks_addon. A computed version
/// (`data.aws_eks_addon_version...`) is left alone: it follows the cluster.
pub fn eks_addon_pinned_version<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let attr = m.get_node();
    if in_resource(attr, "aws_eks_addon").is_none()
        || hcl::attr_value(attr)
            .and_then(|v| hcl::string_value(&v))
            .is_none()
    {
        return vec![];
    }
    vec![Hit::new(attr.range()).fix(Fix::new(
        "Remove the pinned `addon_version`",
        ceiling(ctx),
        hcl::remove_attribute(ctx.src, attr),
    ))]
}

/// The `backend "s3"` block an attribute sits in, directly under `terraform {}`.
fn in_s3_backend<'r>(attr: &Node<'r>) -> Option<Node<'r>> {
    let backend = hcl::enclosing_block(attr).filter(|b| hcl::is_block(b, "backend", &["s3"]))?;
    let outer = hcl::enclosing_block(&backend.parent()?)?;
    (hcl::block_type(&outer).as_deref() == Some("terraform")).then_some(backend)
}

/// TF006: `use_lockfile` in the S3 backend below Terraform 1.10 (the gate is in the spec).
pub fn s3_backend_use_lockfile<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let attr = m.get_node();
    if in_s3_backend(attr).is_none() {
        return vec![];
    }
    vec![Hit::new(attr.range()).fix(Fix::new(
        "Remove `use_lockfile` from the S3 backend",
        ceiling(ctx),
        hcl::remove_attribute(ctx.src, attr),
    ))]
}

/// TF007: `dynamodb_table` in the S3 backend at Terraform 1.11+, where it is deprecated.
pub fn s3_backend_dynamodb_table<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let attr = m.get_node();
    let Some(backend) = in_s3_backend(attr) else {
        return vec![];
    };
    let hit = Hit::new(attr.range());
    let (title, edits) = match hcl::attribute(&backend, "use_lockfile") {
        Some(existing)
            if hcl::attr_value(&existing).and_then(|v| hcl::bool_value(&v)) == Some(true) =>
        {
            (
                "Remove `dynamodb_table` (the backend already sets `use_lockfile = true`)",
                hcl::remove_attribute(ctx.src, attr),
            )
        }
        Some(_) => {
            return vec![hit.message(format!(
                "{} (`use_lockfile` is set to something other than true; not changed automatically)",
                ctx.codemod.message
            ))];
        }
        None => (
            "Replace `dynamodb_table` with `use_lockfile = true`",
            hcl::replace_attribute(ctx.src, attr, "use_lockfile = true"),
        ),
    };
    vec![hit.fix(Fix::new(title, ceiling(ctx), edits))]
}

/// TF008: `vpc = true` on aws_eip (removed in AWS provider 5) becomes `domain = "vpc"`.
pub fn eip_vpc_deprecated<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let attr = m.get_node();
    let Some(eip) = in_resource(attr, "aws_eip") else {
        return vec![];
    };
    let value = hcl::attr_value(attr).and_then(|v| hcl::bool_value(&v));
    let hit = Hit::new(attr.range());
    if value != Some(true) {
        return vec![hit.message(format!(
            "{} (its value is not the literal `true`; set `domain` by hand)",
            ctx.codemod.message
        ))];
    }
    let edits = if hcl::attribute(&eip, "domain").is_some() {
        hcl::remove_attribute(ctx.src, attr)
    } else {
        hcl::replace_attribute(ctx.src, attr, "domain = \"vpc\"")
    };
    vec![hit.fix(Fix::new(
        "Replace `vpc = true` with `domain = \"vpc\"`",
        ceiling(ctx),
        edits,
    ))]
}

/// TF004: aws_cloudwatch_log_group without `retention_in_days` keeps logs forever.
pub fn log_group_retention<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let block = m.get_node();
    if !hcl::is_block(block, "resource", &["aws_cloudwatch_log_group"])
        || hcl::attribute(block, "retention_in_days").is_some()
    {
        return vec![];
    }
    let days = ctx
        .options
        .get("retention-in-days")
        .and_then(serde_json::Value::as_u64)
        .unwrap_or(7);
    let mut hit = Hit::new(header(block));
    if let Some(edits) =
        hcl::insert_in_block(ctx.src, block, &format!("retention_in_days = {days}"))
    {
        hit = hit.fix(Fix::new(
            format!("Add `retention_in_days = {days}`"),
            ceiling(ctx),
            edits,
        ));
    }
    vec![hit]
}

/// Blocks where a data-source reference is not allowed (or would be a cycle: the partition data
/// source needs the aws provider).
const NO_REFERENCES: &[&str] = &[
    "variable",
    "provider",
    "terraform",
    "import",
    "moved",
    "removed",
];

/// TF003: `arn:aws:` written into a string. The fix interpolates the partition and declares
/// `data "aws_partition" "current" {}` once per module (unless the module already has one).
pub fn hardcoded_partition<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let lit = m.get_node();
    let text = lit.text();
    let Some(off) = text.find("arn:aws:") else {
        return vec![];
    };
    let Some(top) = hcl::top_block(lit) else {
        return vec![];
    };
    let ty = hcl::block_type(&top).unwrap_or_default();
    if NO_REFERENCES.contains(&ty.as_str()) || hcl::is_block(&top, "data", &["aws_partition"]) {
        return vec![];
    }
    let start = lit.range().start + off;
    let hit = Hit::new(start..start + "arn:aws:".len());
    // An existing partition data source in this file or the module's other files.
    let mut name: Option<String> = hcl::top_blocks(ctx.root)
        .iter()
        .find(|b| hcl::is_block(b, "data", &["aws_partition"]))
        .and_then(|b| hcl::block_labels(b).get(1).cloned());
    let mut in_file = name.is_some();
    if name.is_none() {
        for (_, _, root) in hcl::sibling_modules(ctx.path) {
            if let Some(b) = hcl::top_blocks(&root)
                .iter()
                .find(|b| hcl::is_block(b, "data", &["aws_partition"]))
            {
                name = hcl::block_labels(b).get(1).cloned();
                in_file = true;
                break;
            }
        }
    }
    let name = name.unwrap_or_else(|| "current".to_string());
    let mut edits = vec![Edit::replace(
        start,
        start + "arn:aws:".len(),
        format!("arn:${{data.aws_partition.{name}.partition}}:"),
    )];
    if !in_file {
        edits.push(hcl::append_top_block(
            ctx.src,
            &format!("data \"aws_partition\" \"{name}\" {{}}"),
        ));
    }
    vec![hit.fix(Fix::new(
        format!("Use `data.aws_partition.{name}.partition` instead of `aws`"),
        ceiling(ctx),
        edits,
    ))]
}

/// Whether the module declares `variable "<name>"` or `locals { <name> = ... }`.
fn declares(roots: &[&crate::lang::Root], kind: &str, name: &str) -> bool {
    roots.iter().any(|root| {
        hcl::top_blocks(root).iter().any(|b| match kind {
            "var" => hcl::is_block(b, "variable", &[name]),
            _ => {
                hcl::block_type(b).as_deref() == Some("locals") && hcl::attribute(b, name).is_some()
            }
        })
    })
}

/// TF002: provider "aws" without default_tags while the module has common tags.
pub fn provider_default_tags<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let block = m.get_node();
    if !hcl::is_block(block, "provider", &["aws"])
        || !hcl::child_blocks(block, "default_tags", &[]).is_empty()
        || hcl::attribute(block, "default_tags").is_some()
    {
        return vec![];
    }
    let siblings = hcl::sibling_modules(ctx.path);
    let mut roots = vec![ctx.root];
    roots.extend(siblings.iter().map(|(_, _, r)| r));
    // A local usually merges the variable with more tags, so it wins when both exist.
    let tags = if declares(&roots, "local", "common_tags") {
        "local.common_tags"
    } else if declares(&roots, "var", "common_tags") {
        "var.common_tags"
    } else {
        return vec![];
    };
    let mut hit = Hit::new(header(block)).message(format!(
        "provider \"aws\" has no default_tags although the module defines `{tags}`"
    ));
    if let Some(edits) = hcl::append_to_block(
        ctx.src,
        block,
        &format!("default_tags {{\n  tags = {tags}\n}}"),
    ) {
        hit = hit.fix(Fix::new(
            format!("Add `default_tags {{ tags = {tags} }}`"),
            ceiling(ctx),
            edits,
        ));
    }
    vec![hit]
}

/// TF013: `endpoint_public_access = false` in an aws_eks_cluster's vpc_config.
pub fn eks_endpoint_private_only<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let attr = m.get_node();
    let inside = hcl::enclosing_block(attr)
        .filter(|b| hcl::block_type(b).as_deref() == Some("vpc_config"))
        .and_then(|b| b.parent())
        .and_then(|b| hcl::enclosing_block(&b))
        .is_some_and(|c| hcl::is_block(&c, "resource", &["aws_eks_cluster"]));
    if !inside || hcl::attr_value(attr).and_then(|v| hcl::bool_value(&v)) != Some(false) {
        return vec![];
    }
    vec![Hit::new(attr.range()).fix(Fix::new(
        "Set `endpoint_public_access = true` (restrict it with `public_access_cidrs`)",
        ceiling(ctx),
        hcl::set_value(ctx.src, attr, "true"),
    ))]
}

/// TF001: a Kubernetes version below the oldest one in EKS standard support, on
/// aws_eks_cluster `version` or the default of a `kubernetes_version`/`cluster_version`
/// variable.
pub fn eks_version_outdated<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let attr = m.get_node();
    let name = hcl::attr_name(attr).unwrap_or_default();
    let Some(block) = hcl::enclosing_block(attr) else {
        return vec![];
    };
    let relevant = (name == "version" && hcl::is_block(&block, "resource", &["aws_eks_cluster"]))
        || (name == "default"
            && (hcl::is_block(&block, "variable", &["kubernetes_version"])
                || hcl::is_block(&block, "variable", &["cluster_version"])));
    if !relevant {
        return vec![];
    }
    let Some(value) = hcl::attr_value(attr) else {
        return vec![];
    };
    let Some(current) = hcl::string_value(&value) else {
        return vec![];
    };
    let Some(cur) = crate::versions::Version::parse(&current) else {
        return vec![];
    };
    let as_of = ctx
        .option_str("as-of")
        .map(str::to_string)
        .unwrap_or_else(today);
    let Some(oldest) = oldest_supported(&ctx.codemod.data, &as_of) else {
        return vec![];
    };
    let Some(target) = crate::versions::Version::parse(&oldest) else {
        return vec![];
    };
    if cur >= target {
        return vec![];
    }
    let r = value.range();
    vec![
        Hit::new(r.clone())
            .message(format!(
                "Kubernetes {current} is out of EKS standard support (as of {as_of}); the oldest supported version is {oldest}"
            ))
            .fix(Fix::new(
                format!("Use Kubernetes {oldest} (an existing cluster upgrades one minor version at a time)"),
                ceiling(ctx),
                vec![Edit::replace(r.start, r.end, format!("\"{oldest}\""))],
            )),
    ]
}

/// The oldest version of the spec's `data.versions` table that was released on or before
/// `as_of` and whose standard support had not ended.
fn oldest_supported(data: &serde_json::Value, as_of: &str) -> Option<String> {
    let rows = data.get("versions")?.as_array()?;
    let mut best: Option<(crate::versions::Version, String)> = None;
    for row in rows {
        let v = row.get("version")?.as_str()?;
        let released = row.get("released")?.as_str()?;
        let end = row.get("end-of-standard-support")?.as_str()?;
        if released <= as_of && as_of < end {
            let parsed = crate::versions::Version::parse(v)?;
            if best.as_ref().is_none_or(|(b, _)| parsed < *b) {
                best = Some((parsed, v.to_string()));
            }
        }
    }
    best.map(|(_, s)| s)
}

/// Today's date (UTC) as YYYY-MM-DD, from the system clock.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(mo <= 2);
    format!("{y:04}-{mo:02}-{d:02}")
}

// --- detect-only -------------------------------------------------------------------------

/// All texts of the module: this file and its sibling `.tf` files.
fn module_texts(ctx: &Ctx) -> Vec<String> {
    let mut out = vec![ctx.src.to_string()];
    out.extend(
        hcl::sibling_modules(ctx.path)
            .into_iter()
            .map(|(_, text, _)| text),
    );
    out
}

/// Whether `reference` (e.g. `aws_kms_key.eks`) is used as `reference.<attr>` or
/// `reference[...]` anywhere in the module.
fn referenced(ctx: &Ctx, reference: &str) -> bool {
    module_texts(ctx).iter().any(|t| {
        t.match_indices(reference).any(|(i, _)| {
            let before_ok = t[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '.'));
            let after = t[i + reference.len()..].chars().next();
            before_ok && matches!(after, Some('.') | Some('['))
        })
    })
}

/// TF009: aws_kms_key without `policy` and no aws_kms_key_policy for it in the module.
pub fn kms_key_without_policy<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let block = m.get_node();
    if !hcl::is_block(block, "resource", &["aws_kms_key"])
        || hcl::attribute(block, "policy").is_some()
    {
        return vec![];
    }
    let Some(name) = hcl::block_labels(block).get(1).cloned() else {
        return vec![];
    };
    let key_ref = format!("aws_kms_key.{name}");
    let has_policy_resource = module_texts(ctx).iter().any(|t| {
        let Ok(root) = crate::lang::Lang::Hcl.parse(t) else {
            return false;
        };
        hcl::top_blocks(&root).iter().any(|b| {
            hcl::is_block(b, "resource", &["aws_kms_key_policy"])
                && hcl::attribute(b, "key_id").is_some_and(|a| a.text().contains(&key_ref))
        })
    });
    if has_policy_resource {
        return vec![];
    }
    vec![Hit::new(header(block))]
}

/// TF010: aws_iam_policy that nothing in the module references (so it is attached to nothing).
pub fn iam_policy_unattached<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let block = m.get_node();
    if !hcl::is_block(block, "resource", &["aws_iam_policy"]) {
        return vec![];
    }
    let Some(name) = hcl::block_labels(block).get(1).cloned() else {
        return vec![];
    };
    if referenced(ctx, &format!("aws_iam_policy.{name}")) {
        return vec![];
    }
    vec![Hit::new(header(block)).message(format!(
        "aws_iam_policy.{name} is never referenced in the module, so it is attached to nothing; add an aws_iam_role_policy_attachment with `policy_arn = aws_iam_policy.{name}.arn`"
    ))]
}

/// TF011: an ingress rule open to all protocols (`protocol = "-1"`).
pub fn sg_all_protocols<'a>(_ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let attr = m.get_node();
    let name = hcl::attr_name(attr).unwrap_or_default();
    let all = hcl::attr_value(attr)
        .and_then(|v| hcl::string_value(&v))
        .is_some_and(|s| s == "-1" || s.eq_ignore_ascii_case("all"));
    let Some(block) = hcl::enclosing_block(attr) else {
        return vec![];
    };
    if !all {
        return vec![];
    }
    let ingress = match (name.as_str(), hcl::block_type(&block).as_deref()) {
        ("protocol", Some("ingress")) => block
            .parent()
            .and_then(|b| hcl::enclosing_block(&b))
            .is_some_and(|sg| hcl::is_block(&sg, "resource", &["aws_security_group"])),
        ("protocol", Some("resource")) => {
            hcl::is_block(&block, "resource", &["aws_security_group_rule"])
                && hcl::attribute(&block, "type")
                    .and_then(|a| hcl::attr_value(&a))
                    .and_then(|v| hcl::string_value(&v))
                    .as_deref()
                    == Some("ingress")
        }
        ("ip_protocol", Some("resource")) => {
            hcl::is_block(&block, "resource", &["aws_vpc_security_group_ingress_rule"])
        }
        _ => false,
    };
    if !ingress {
        return vec![];
    }
    vec![Hit::new(attr.range())]
}

/// TF012: aws_nat_gateway multiplied with count/for_each (one per AZ) without an environment
/// switch.
pub fn nat_gateway_per_az<'a>(_ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let block = m.get_node();
    if !hcl::is_block(block, "resource", &["aws_nat_gateway"]) {
        return vec![];
    }
    let Some(meta) = hcl::attribute(block, "count").or_else(|| hcl::attribute(block, "for_each"))
    else {
        return vec![];
    };
    let text = meta.text();
    // `var.single_nat_gateway ? 1 : length(...)` already is the environment switch.
    if text.contains('?') {
        return vec![];
    }
    if let Some(v) = hcl::attr_value(&meta)
        && v.text().trim().parse::<u64>().is_ok_and(|n| n <= 1)
    {
        return vec![];
    }
    vec![Hit::new(meta.range())]
}
