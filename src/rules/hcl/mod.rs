//! The Terraform HCL (`tf-*`) fixers. Each spec's rule finds candidate blocks or attributes; the
//! fixer takes a closer look (block labels, literal values, what the module declares) and builds
//! minimal, `terraform fmt`-aligned edits with the helpers in [`crate::lang::hcl`].

pub mod tf_deprecated_argument;
pub mod tf_eip_vpc_deprecated;
pub mod tf_eks_addon_pinned_version;
pub mod tf_eks_endpoint_private_only;
pub mod tf_eks_version_outdated;
pub mod tf_hardcoded_partition;
pub mod tf_iam_policy_unattached;
pub mod tf_invalid_enum_value;
pub mod tf_kms_key_without_policy;
pub mod tf_log_group_retention;
pub mod tf_missing_required_argument;
pub mod tf_nat_gateway_per_az;
pub mod tf_provider_default_tags;
pub mod tf_s3_backend_dynamodb_table;
pub mod tf_s3_backend_use_lockfile;
pub mod tf_s3_lifecycle_rule_without_filter;
pub mod tf_sg_all_protocols;
pub mod tf_unknown_resource_type;
pub mod tf_unsupported_argument;

use crate::engine::edit::{Applicability, Edit, Fix};
use crate::lang::Node;
use crate::lang::hcl;
use crate::rules::{Ctx, Hit, Match};

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

/// The `backend "s3"` block an attribute sits in, directly under `terraform {}`.
fn in_s3_backend<'r>(attr: &Node<'r>) -> Option<Node<'r>> {
    let backend = hcl::enclosing_block(attr).filter(|b| hcl::is_block(b, "backend", &["s3"]))?;
    let outer = hcl::enclosing_block(&backend.parent()?)?;
    (hcl::block_type(&outer).as_deref() == Some("terraform")).then_some(backend)
}

// --- detect-only -------------------------------------------------------------------------

/// All texts of the module: this file and its sibling `.tf` files, as they are in this pass.
fn module_texts<'a>(ctx: &Ctx<'a>) -> Vec<&'a str> {
    let mut out = vec![ctx.src];
    out.extend(ctx.view.module_files().into_iter().map(|f| f.text));
    out
}

/// Whether `reference` (e.g. `aws_kms_key.eks`) is used as `reference.<attr>` or
/// `reference[...]` anywhere in the module.
fn referenced(ctx: &Ctx, reference: &str) -> bool {
    module_texts(ctx).iter().any(|t| mentions(t, reference))
}

/// Whether `text` uses `reference` as `reference.<attr>` or `reference[...]`.
fn mentions(text: &str, reference: &str) -> bool {
    text.match_indices(reference).any(|(i, _)| {
        let before_ok = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '.'));
        let after = text[i + reference.len()..].chars().next();
        before_ok && matches!(after, Some('.') | Some('['))
    })
}
