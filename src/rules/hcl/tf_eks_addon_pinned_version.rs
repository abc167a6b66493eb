use super::*;

/// TF005: `addon_version = "v1.2.3-eksbuild.1"` on aws_eks_addon. A computed version
/// (`data.aws_eks_addon_version...`) is left alone: it follows the cluster.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
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
