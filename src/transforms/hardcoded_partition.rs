//! `arn:aws:` only exists in the commercial partition; in GovCloud (`aws-us-gov`) and China
//! (`aws-cn`) those ARNs are invalid. `DataAwsPartition(...).partition` names the partition the
//! stack deploys to; the fix creates that data source once per function (or reuses one) and
//! turns the literal into an f-string that reads it.

use super::data_source::{self, PARTITION};
use super::{Ctx, Hit, Match};
use crate::edit::Fix;
use crate::python;

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let node = m.get_node();
    if python::is_docstring(node) {
        return vec![];
    }
    let Some(s) = python::py_string(node) else {
        return vec![];
    };
    let spots = data_source::partition_literals(ctx.src, &s);
    if spots.is_empty() {
        return vec![];
    }
    let base = "hard-coded partition `arn:aws:`; the ARN is wrong in GovCloud and China: use `DataAwsPartition(...).partition`";
    let hit = Hit::new(node.range());
    if s.is_bytes() {
        return vec![hit.message(format!("{base} (not fixed: a bytes literal)"))];
    }
    let access = match data_source::ensure(ctx, node, &PARTITION) {
        Ok(a) => a,
        Err(why) => return vec![hit.message(format!("{base} (not fixed: {why})"))],
    };
    let repl: Vec<_> = spots
        .iter()
        .map(|r| (r.clone(), format!("{{{}.partition}}", access.var)))
        .collect();
    let Some(mut edits) = python::fstring_edits(ctx.src, &s, &repl) else {
        return vec![hit.message(base)];
    };
    edits.extend(access.edits);
    let message = match access.note {
        Some(note) => format!("{base}; {note}"),
        None => base.to_string(),
    };
    vec![hit.message(message).fix(Fix::new(
        format!("Use `{}.partition`", access.var),
        access.applicability.min(ctx.codemod.safety.ceiling()),
        edits,
    ))]
}
