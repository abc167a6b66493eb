//! A block that takes one struct given a one-element list (the shared walk is in
//! `rules::shared::block_shape`).

use crate::rules::shared::block_shape::{Kind, run};
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    run(ctx, m, Kind::SingleAsList)
}
