//! `AwsProvider(...)` without `default_tags` in a file whose resources share one tags dict.
//! Candidates are names (`common_tags`) and `self.` attributes (`self.common_tags`) assigned a
//! dict display and passed as `tags=` (directly or spread into a dict: `{**common_tags, ...}`) on
//! at least two calls.

use std::collections::BTreeMap;

use crate::engine::edit::Fix;
use crate::lang::Node;
use crate::lang::python;
use crate::rules::{Ctx, Hit, Match};

const MIN_USES: usize = 2;

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let call = m.get_node();
    let Some(args) = call.field("arguments") else {
        return vec![];
    };
    if args.children().any(|c| c.kind() == "dictionary_splat") {
        return vec![];
    }
    // Count `tags=` uses per candidate expression across the file.
    let mut uses: BTreeMap<String, usize> = BTreeMap::new();
    for kw in ctx
        .root
        .root()
        .dfs()
        .filter(|n| n.kind() == "keyword_argument")
    {
        if kw.field("name").is_none_or(|n| n.text() != "tags") {
            continue;
        }
        let Some(value) = kw.field("value") else {
            continue;
        };
        for name in shared_tags(&value) {
            *uses.entry(name).or_default() += 1;
        }
    }
    let candidates: Vec<(String, Node)> = uses
        .into_iter()
        .filter(|(_, n)| *n >= MIN_USES)
        .filter_map(|(name, _)| dict_assignment(call, &name).map(|a| (name, a)))
        .collect();
    let hit = Hit::new(call.range());
    match candidates.as_slice() {
        [] => vec![],
        [(name, assignment)] => {
            let msg = format!(
                "AwsProvider has no `default_tags` while resources share `{name}`; default tags reach every resource, including the ones that forget `tags=`"
            );
            if assignment.range().start >= call.range().start {
                return vec![hit.message(format!(
                    "{msg} (no fix: `{name}` is assigned after the provider; move it up first)"
                ))];
            }
            vec![hit.message(msg).fix(Fix::new(
                format!("Add `default_tags=[{{\"tags\": {name}}}]`"),
                ctx.codemod.safety.ceiling(),
                python::append_item(
                    ctx.src,
                    &args,
                    &format!("default_tags=[{{\"tags\": {name}}}]"),
                ),
            ))]
        }
        several => {
            let names: Vec<&str> = several.iter().map(|(n, _)| n.as_str()).collect();
            vec![hit.message(format!(
                "AwsProvider has no `default_tags` while resources share tag dicts ({}); no fix: which one is common is a choice",
                names.join(", ")
            ))]
        }
    }
}

/// The shared names a `tags=` value draws on: `x`, `self.x`, or `**x` inside a dict display.
fn shared_tags(value: &Node) -> Vec<String> {
    let plain = |n: &Node| match n.kind().as_ref() {
        "identifier" => Some(n.text().to_string()),
        "attribute"
            if n.field("object")
                .is_some_and(|o| o.kind() == "identifier" && o.text() == "self") =>
        {
            Some(n.text().to_string())
        }
        _ => None,
    };
    if let Some(p) = plain(value) {
        return vec![p];
    }
    if value.kind() == "dictionary" {
        return value
            .children()
            .filter(|c| c.kind() == "dictionary_splat")
            .filter_map(|s| s.children().find(|c| c.is_named()).and_then(|e| plain(&e)))
            .collect();
    }
    vec![]
}

/// The assignment `name = {...}` visible from the provider call (same function, or for `self.x`
/// the same class), if the value is a dict display.
fn dict_assignment<'r>(call: &Node<'r>, name: &str) -> Option<Node<'r>> {
    let scope = if name.starts_with("self.") {
        call.ancestors().find(|a| a.kind() == "class_definition")?
    } else {
        python::scope_of(call)?
    };
    let all = python::assignments_to(&scope, name);
    let chosen = all
        .iter()
        .rfind(|a| a.range().start < call.range().start)
        .or(all.first())?
        .clone();
    let value = chosen.field("right")?;
    (value.kind() == "dictionary").then_some(chosen)
}
