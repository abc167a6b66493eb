use super::*;

/// TF016: a lifecycle `rule` with neither `filter` nor `prefix`. The provider warns (and says it
/// will become an error); an empty `filter {}` means "every object", which is what the rule
/// already does, so adding it is safe.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let rule = m.get_node();
    if hcl::block_type(rule).as_deref() != Some("rule")
        || hcl::enclosing_block(&match rule.parent() {
            Some(p) => p,
            None => return vec![],
        })
        .is_none_or(|b| !hcl::is_block(&b, "resource", &["aws_s3_bucket_lifecycle_configuration"]))
    {
        return vec![];
    }
    let has_filter = !hcl::child_blocks(rule, "filter", &[]).is_empty()
        || !hcl::child_blocks(rule, "dynamic", &["filter"]).is_empty()
        || hcl::attribute(rule, "filter").is_some()
        || hcl::attribute(rule, "prefix").is_some();
    if has_filter {
        return vec![];
    }
    let mut hit = Hit::new(header(rule));
    if let Some(edits) = hcl::insert_in_block(ctx.src, rule, "filter {}") {
        hit = hit.fix(Fix::new("Add `filter {}`", ceiling(ctx), edits));
    }
    vec![hit]
}
