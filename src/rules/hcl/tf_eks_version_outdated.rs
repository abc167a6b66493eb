use super::*;
use crate::rules::shared::eks_calendar;

/// TF001: a Kubernetes version below the oldest one in EKS standard support, on
/// aws_eks_cluster `version` or the default of a `kubernetes_version`/`cluster_version`
/// variable.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
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
    let verdict = match eks_calendar::judge(&current, ctx.option_str("as-of")) {
        Ok(Some(v)) => v,
        Ok(None) => return vec![],
        Err(e) => return vec![Hit::new(value.range()).message(e)],
    };
    let as_of = eks_calendar::show(verdict.day);
    let oldest = verdict.target();
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
