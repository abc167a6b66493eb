//! The migration's part of the provider API diff: code written for the project's provider
//! release checked against the cdktn-provider-aws release the migration's version map moves it
//! to (`--cdktn-target`), so the migrated stack does not fail its first cdktn synth.

use crate::project::versions::{Flavour, Version};
use crate::rules::provider_index::About;
use crate::rules::shared::api_diff;
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    api_diff::towards(ctx, m, |_| {
        let series = super::target_series(ctx.versions);
        let (_, aws) = super::TARGETS.iter().find(|(s, _)| *s == series)?;
        let major = Version::parse(aws)?.0.first().copied()?;
        About::of_major(Flavour::Cdktn, major).copied()
    })
}
