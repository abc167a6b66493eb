//! Generic removals for specs whose fix is "delete what the rule matched".

use crate::engine::edit::Fix;
use crate::lang::python;
use crate::rules::{Ctx, Hit, Match};

/// Remove the matched node: an item of an argument list, list or dict goes with its comma (and
/// its line when it has one to itself); a statement goes with its line.
pub fn remove_node<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let node = m.get_node();
    let in_container = node.parent().is_some_and(|p| {
        matches!(
            p.kind().as_ref(),
            "argument_list" | "list" | "dictionary" | "tuple" | "set"
        )
    });
    let edits = if in_container {
        python::remove_item(ctx.src, node)
    } else if let Some(stmt) = python::enclosing_statement(node) {
        python::remove_statement(ctx.src, &stmt)
    } else {
        vec![]
    };
    let mut hit = Hit::new(node.range());
    if !edits.is_empty() {
        hit = hit.fix(Fix::new(
            format!("Remove `{}`", first_line(&node.text())),
            ctx.codemod.safety.ceiling(),
            edits,
        ));
    }
    vec![hit]
}

/// Remove the statement that contains the match.
pub fn remove_enclosing_statement<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let node = m.get_node();
    let mut hit = Hit::new(node.range());
    if let Some(stmt) = python::enclosing_statement(node) {
        hit = hit.fix(Fix::new(
            format!("Remove `{}`", first_line(&stmt.text())),
            ctx.codemod.safety.ceiling(),
            python::remove_statement(ctx.src, &stmt),
        ));
    }
    vec![hit]
}

pub fn first_line(s: &str) -> String {
    let line = s.lines().next().unwrap_or("");
    if line.len() < s.len() {
        format!("{line} ...")
    } else {
        line.to_string()
    }
}
