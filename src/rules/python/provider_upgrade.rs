//! A provider upgrade within one flavour (cdktf-cdktf-provider-aws 19.x -> 21.x, cdktn-provider-aws
//! 23.x -> 25.x): the project's release checked against the target major's embedded index.

use crate::project::versions::Version;
use crate::rules::provider_index::About;
use crate::rules::shared::api_diff::{self, Releases};
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let Some(r) = releases(ctx) else {
        return vec![];
    };
    api_diff::hits(ctx, m, &r)
}

fn releases(ctx: &Ctx) -> Option<Releases> {
    let from = ctx.provider_index()?;
    let from_about = *About::of(from)?;
    let wanted = ctx.option_str("target").unwrap_or_default();
    let to_about = if wanted.is_empty() {
        *crate::rules::provider_index::newest(from_about.flavour)
    } else {
        let major = Version::parse(wanted).and_then(|v| v.0.first().copied());
        match major.and_then(|m| About::of_major(from_about.flavour, m)) {
            Some(a) => *a,
            None => {
                ctx.note(format!(
                    "provider-upgrade: target {wanted}: cdktf-fix embeds no {} index of that major ({})",
                    from_about.package,
                    crate::rules::provider_index::EMBEDDED_INDEXES
                        .iter()
                        .filter(|a| a.flavour == from_about.flavour)
                        .map(|a| a.version)
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
                return None;
            }
        }
    };
    Some(Releases {
        from,
        from_about,
        to: to_about.index()?,
        to_about,
    })
}
