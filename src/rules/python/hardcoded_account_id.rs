//! A 12-digit account id written into an ARN pins the stack to one AWS account (usually a
//! placeholder such as 123456789012 that exists nowhere). The account the stack deploys to is
//! `DataAwsCallerIdentity(...).account_id`; the fix creates that data source once per function
//! (or reuses one) and turns the literal into an f-string that reads it.

use std::collections::BTreeSet;

use crate::engine::edit::{Applicability, Fix};
use crate::lang::python;
use crate::rules::shared::data_source::{self, CALLER_IDENTITY};
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let node = m.get_node();
    if python::is_docstring(node) {
        return vec![];
    }
    let Some(s) = python::py_string(node) else {
        return vec![];
    };
    let ids = data_source::account_ids(ctx.src, &s);
    if ids.is_empty() {
        return vec![];
    }
    let shown: BTreeSet<&str> = ids.iter().map(|r| &ctx.src[r.clone()]).collect();
    let shown = shown.into_iter().collect::<Vec<_>>().join("`, `");
    let base = format!(
        "hard-coded AWS account id `{shown}` in an ARN; the stack only works in that account: use `DataAwsCallerIdentity(...).account_id`"
    );
    let hit = Hit::new(node.range());
    let access = match data_source::interpolate(ctx, node, &s, &CALLER_IDENTITY, |var| {
        ids.iter()
            .map(|r| (r.clone(), format!("{{{var}.account_id}}")))
            .collect()
    }) {
        Ok(a) => a,
        Err(Some(why)) => return vec![hit.message(format!("{base} (not fixed: {why})"))],
        Err(None) => return vec![hit.message(base)],
    };
    let edits = access.edits;
    let mut applicability = access.applicability.min(ctx.codemod.safety.ceiling());
    let mut message = base;
    if let Some(note) = access.note {
        message = format!("{message}; {note}");
    }
    let others = other_accounts(ctx, &shown_ids(ctx.src, &ids));
    if !others.is_empty() {
        // Several accounts in one file: some ARN likely names another account on purpose.
        applicability = applicability.min(Applicability::Unsafe);
        message = format!(
            "{message}; the file also names account(s) `{}`: check this ARN means the deploying account",
            others.join("`, `")
        );
    }
    vec![hit.message(message).fix(Fix::new(
        format!("Use `{}.account_id`", access.var),
        applicability,
        edits,
    ))]
}

fn shown_ids(src: &str, ids: &[std::ops::Range<usize>]) -> BTreeSet<String> {
    ids.iter().map(|r| src[r.clone()].to_string()).collect()
}

/// Account ids in the file's other ARNs that differ from `mine`.
fn other_accounts(ctx: &Ctx, mine: &BTreeSet<String>) -> Vec<String> {
    let mut all = BTreeSet::new();
    for n in ctx.root.root().dfs() {
        if let Some(s) = python::py_string(&n) {
            for r in data_source::account_ids(ctx.src, &s) {
                all.insert(ctx.src[r].to_string());
            }
        }
    }
    all.difference(mine).cloned().collect()
}
