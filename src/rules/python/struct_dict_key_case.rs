//! A nested-block dict key spelled for the wrong jsii path (the shared walk and why the
//! spelling depends on the path are in `rules::shared::block_shape`).

use crate::rules::shared::block_shape::{Kind, run};
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    run(ctx, m, Kind::KeyCase)
}
