use super::*;

/// TF013: `endpoint_public_access = false` in an aws_eks_cluster's vpc_config.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
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
