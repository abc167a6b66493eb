//! The migration's part of the provider API diff: code written for the project's provider
//! release checked against the cdktn-provider-aws release the migration's version map moves it
//! to (`--cdktn-target`), so the migrated stack does not fail its first cdktn synth.

use crate::project::versions::{Flavour, Version};
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
    let series = super::target_series(ctx.versions);
    let (_, aws) = super::TARGETS.iter().find(|(s, _)| *s == series)?;
    let major = Version::parse(aws)?.0.first().copied()?;
    let to_about = *About::of_major(Flavour::Cdktn, major)?;
    Some(Releases {
        from,
        from_about,
        to: to_about.index()?,
        to_about,
    })
}
