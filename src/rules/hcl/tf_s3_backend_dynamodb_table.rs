use super::*;

/// TF007: `dynamodb_table` in the S3 backend at Terraform 1.11+, where it is deprecated.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
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
