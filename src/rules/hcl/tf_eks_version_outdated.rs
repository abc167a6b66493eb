use super::*;
use crate::rules::shared::eks_calendar;

/// TF001: a Kubernetes version below the oldest one in EKS standard support, on
/// aws_eks_cluster `version`, the default of a `kubernetes_version`/`cluster_version`
/// variable, or that input of the terraform-aws-modules EKS module.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let attr = m.get_node();
    let name = hcl::attr_name(attr).unwrap_or_default();
    let Some(block) = hcl::enclosing_block(attr) else {
        return vec![];
    };
    let relevant = (name == "version" && hcl::is_block(&block, "resource", &["aws_eks_cluster"]))
        || (name == "default"
            && (hcl::is_block(&block, "variable", &["kubernetes_version"])
                || hcl::is_block(&block, "variable", &["cluster_version"])))
        || (matches!(name.as_str(), "cluster_version" | "kubernetes_version")
            && hcl::block_type(&block).as_deref() == Some("module")
            && hcl::attribute(&block, "source")
                .and_then(|a| hcl::attr_value(&a))
                .and_then(|v| hcl::string_value(&v))
                .is_some_and(|s| eks_calendar::is_eks_module_source(&s)));
    if !relevant {
        return vec![];
    }
    let Some(value) = hcl::attr_value(attr) else {
        return vec![];
    };
    let Some(current) = hcl::string_value(&value) else {
        return vec![];
    };
    let up =
        match eks_calendar::upgrade(&current, ctx.option_str("as-of"), ctx.option_str("target")) {
            Ok(Some(u)) => u,
            Ok(None) => return vec![],
            Err(e) => return vec![Hit::new(value.range()).message(e)],
        };
    let r = value.range();
    let to = format!("\"{}\"", up.version());
    let hit = Hit::new(r.clone()).message(up.message);
    if !up.applies {
        return vec![hit];
    }
    vec![hit.fix(Fix::new(
        up.title,
        ceiling(ctx),
        vec![Edit::replace(r.start, r.end, to)],
    ))]
}
