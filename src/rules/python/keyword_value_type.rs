//! A literal of the wrong type for a provider keyword or nested-block key (the shared walk is
//! in `rules::shared::block_shape`, the types come from the embedded index).

use crate::rules::shared::block_shape::{Kind, run};
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    run(ctx, m, Kind::ValueType)
}
