//! A struct class of another block or resource given for a nested block (the shared walk is in
//! `rules::shared::block_shape`, which block takes which struct comes from the embedded index).

use crate::rules::shared::block_shape::{Kind, run};
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    run(ctx, m, Kind::WrongStruct)
}
