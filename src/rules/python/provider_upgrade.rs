//! A provider upgrade within one flavour (cdktf-cdktf-provider-aws 19.x -> 21.x, cdktn-provider-aws
//! 23.x -> 25.x): the project's release checked against the target major's embedded index.

use crate::project::versions::Version;
use crate::rules::provider_index::{About, EMBEDDED_INDEXES, newest};
use crate::rules::shared::api_diff;
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    api_diff::towards(ctx, m, |from| {
        let wanted = ctx.option_str("target").unwrap_or_default();
        if wanted.is_empty() {
            return Some(*newest(from.flavour));
        }
        let major = Version::parse(wanted).and_then(|v| v.0.first().copied());
        let found = major
            .and_then(|m| About::of_major(from.flavour, m))
            .copied();
        if found.is_none() {
            ctx.note(format!(
                "provider-upgrade: target {wanted}: cdktf-fix embeds no {} index of that major ({})",
                from.package,
                EMBEDDED_INDEXES
                    .iter()
                    .filter(|a| a.flavour == from.flavour)
                    .map(|a| a.version)
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        found
    })
}
