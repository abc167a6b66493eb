use super::*;

/// TF006: `use_lockfile` in the S3 backend below Terraform 1.10 (the gate is in the spec).
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
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
