//! `EksCluster(version="1.2x")` older than the oldest Kubernetes version in EKS standard support.
//! The support calendar and the upgrade plan (one minor version per step, or up to option
//! `target`) are shared with tf-eks-version-outdated (`rules/shared/eks_calendar.rs`); "today" is
//! the run's date unless option `as-of` (YYYY-MM-DD) pins it, which the golden cases do.

use crate::engine::edit::{Edit, Fix};
use crate::rules::shared::eks_calendar;
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
    let up = match eks_calendar::upgrade(inner, ctx.option_str("as-of"), ctx.option_str("target")) {
        Ok(Some(u)) => u,
        Ok(None) => return vec![],
        Err(e) => return vec![Hit::new(lit.range()).message(e)],
    };
    let to = up.version();
    let hit = Hit::new(lit.range()).message(up.message);
    if !up.applies {
        return vec![hit];
    }
    vec![hit.fix(Fix::new(
        up.title,
        ctx.codemod.safety.ceiling(),
        vec![Edit::replace(
            lit.range().start,
            lit.range().end,
            format!("{quote}{to}{quote}"),
        )],
    ))]
}
