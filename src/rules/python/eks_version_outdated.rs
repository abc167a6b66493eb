//! `EksCluster(version="1.2x")` older than the oldest Kubernetes version in EKS standard support.
//! The support calendar is shared with tf-eks-version-outdated (`rules/shared/eks_calendar.rs`);
//! "today" is the run's date unless option `as-of` (YYYY-MM-DD) pins it, which the golden cases
//! do.

use crate::engine::edit::{Edit, Fix};
use crate::rules::shared::eks_calendar::{self, show};
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let Some(lit) = m.get_env().get_match("V") else {
        return vec![];
    };
    let text = lit.text();
    // The rule matches a quoted literal; anything else (a spec pairing this fixer with another
    // rule) is not ours to judge.
    let Some(quote) = text.chars().next().filter(|c| *c == '"' || *c == '\'') else {
        return vec![];
    };
    let inner = text.trim_matches(['"', '\'']);
    let verdict = match eks_calendar::judge(inner, ctx.option_str("as-of")) {
        Ok(Some(v)) => v,
        Ok(None) => return vec![],
        Err(e) => return vec![Hit::new(lit.range()).message(e)],
    };
    let target = verdict.target();
    let msg = format!(
        "EKS Kubernetes {inner} is past standard support (extended support costs extra, then EKS upgrades it for you); the oldest version in standard support on {} is {target} (until {})",
        show(verdict.day),
        show(verdict.ends)
    );
    vec![Hit::new(lit.range()).message(msg).fix(Fix::new(
        format!("Set version to \"{target}\""),
        ctx.codemod.safety.ceiling(),
        vec![Edit::replace(
            lit.range().start,
            lit.range().end,
            format!("{quote}{target}{quote}"),
        )],
    ))]
}
