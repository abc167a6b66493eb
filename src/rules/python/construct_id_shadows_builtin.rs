//! `def __init__(self, scope, id)` shadows the builtin `id()` inside the constructor (pylint
//! W0622, ruff A002); CDK's own convention is `construct_id`. The rename covers the parameter
//! and the names that read it in the body, including closures, but not attributes (`x.id`),
//! keyword names (`f(id=...)`), defaults and annotations (they run in the enclosing scope), or
//! nested scopes that bind their own `id`. Calls `id(x)` keep their name: they can only have
//! meant the builtin (calling the str parameter raises TypeError), which the rename restores.

use crate::engine::edit::{Edit, Fix};
use crate::lang::Node;
use crate::lang::python;
use crate::rules::shared::data_source::param_names;
use crate::rules::{Ctx, Hit, Match};

const NEW: &str = "construct_id";

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let func = m.get_node();
    let Some(params) = func.field("parameters") else {
        return vec![];
    };
    let Some(param) = python::items(&params)
        .into_iter()
        .find_map(|p| param_ident(&p).filter(|n| n.text() == "id"))
    else {
        return vec![];
    };
    let Some(class) = enclosing_class(func) else {
        return vec![];
    };
    let hit = Hit::new(param.range());
    let base = "`id` shadows the builtin `id()`; name the construct id parameter `construct_id`";
    if param_names(func).iter().any(|p| p == NEW) || binds_or_reads(func, NEW) {
        return vec![hit.message(format!(
            "{base} (not fixed: `{NEW}` is already a name in this function)"
        ))];
    }
    let class_name = class
        .field("name")
        .map(|n| n.text().to_string())
        .unwrap_or_default();
    if called_with_id_keyword(ctx, &class_name) {
        return vec![hit.message(format!(
            "{base} (not fixed: `{class_name}` is called with `id=` in this file; rename the keyword there too)"
        ))];
    }
    let Some(body) = func.field("body") else {
        return vec![];
    };
    let mut edits = vec![Edit::replace(param.range().start, param.range().end, NEW)];
    for n in body.dfs() {
        if n.kind() != "identifier" || n.text() != "id" || is_name_of_attr_or_kw(&n) {
            continue;
        }
        if rebound_between(&n, func) || is_callee(&n) {
            continue;
        }
        edits.push(Edit::replace(n.range().start, n.range().end, NEW));
    }
    vec![hit.message(base).fix(Fix::new(
        format!("Rename `id` to `{NEW}`"),
        ctx.codemod.safety.ceiling(),
        edits,
    ))]
}

/// `id(x)` calls the parameter (a str) and can only raise TypeError; the author meant the
/// builtin, which the rename gives back, so the call keeps its name.
fn is_callee(n: &Node) -> bool {
    n.parent().is_some_and(|p| {
        p.kind() == "call"
            && p.field("function")
                .is_some_and(|f| f.node_id() == n.node_id())
    })
}

/// The name node of a parameter (`id`, `id: str`, `id="x"`, `id: str = "x"`).
fn param_ident<'r>(p: &Node<'r>) -> Option<Node<'r>> {
    match p.kind().as_ref() {
        "identifier" => Some(p.clone()),
        "typed_parameter" => p.children().find(|c| c.kind() == "identifier"),
        "default_parameter" | "typed_default_parameter" => p.field("name"),
        _ => None,
    }
}

fn enclosing_class<'r>(func: &Node<'r>) -> Option<Node<'r>> {
    let mut p = func.parent()?;
    if p.kind() == "decorated_definition" {
        p = p.parent()?;
    }
    let c = p.parent()?;
    (p.kind() == "block" && c.kind() == "class_definition").then_some(c)
}

fn is_name_of_attr_or_kw(n: &Node) -> bool {
    n.parent().is_some_and(|p| {
        (p.kind() == "attribute"
            && p.field("attribute")
                .is_some_and(|a| a.node_id() == n.node_id()))
            || (p.kind() == "keyword_argument"
                && p.field("name").is_some_and(|a| a.node_id() == n.node_id()))
    })
}

fn binds_or_reads(scope: &Node, name: &str) -> bool {
    scope
        .dfs()
        .any(|n| n.kind() == "identifier" && n.text() == name && !is_name_of_attr_or_kw(&n))
}

const SCOPES: &[&str] = &[
    "function_definition",
    "lambda",
    "class_definition",
    "list_comprehension",
    "set_comprehension",
    "dictionary_comprehension",
    "generator_expression",
];

/// Whether a scope between `n` and `func` binds its own `id`.
fn rebound_between(n: &Node, func: &Node) -> bool {
    for a in n.ancestors() {
        if a.node_id() == func.node_id() {
            return false;
        }
        if SCOPES.contains(&a.kind().as_ref()) && binds_id(&a) {
            return true;
        }
    }
    false
}

/// Whether a nested scope binds `id` itself: as a parameter, an assignment or loop target, or
/// a comprehension variable (a `nonlocal id` makes it ours again).
fn binds_id(scope: &Node) -> bool {
    if matches!(scope.kind().as_ref(), "function_definition" | "lambda")
        && let Some(params) = scope.field("parameters")
        && python::items(&params)
            .iter()
            .any(|p| param_ident(p).is_some_and(|i| i.text() == "id"))
    {
        return true;
    }
    let own: Vec<Node> = scope
        .dfs()
        .filter(|d| {
            d.kind() == "identifier"
                && d.text() == "id"
                && d.ancestors()
                    .take_while(|a| a.node_id() != scope.node_id())
                    .all(|a| !SCOPES.contains(&a.kind().as_ref()))
        })
        .collect();
    if own.iter().any(|d| {
        d.parent()
            .is_some_and(|p| matches!(p.kind().as_ref(), "nonlocal_statement" | "global_statement"))
    }) {
        return false;
    }
    own.iter().any(|d| {
        d.ancestors()
            .take_while(|a| a.node_id() != scope.node_id())
            .any(|a| {
                let k = a.kind();
                let target = match k.as_ref() {
                    "assignment" | "augmented_assignment" | "for_statement" | "for_in_clause" => {
                        a.field("left")
                    }
                    "as_pattern" => a.field("alias"),
                    _ => None,
                };
                target.is_some_and(|t| {
                    let r = t.range();
                    r.start <= d.range().start && d.range().end <= r.end
                })
            })
    })
}

/// Calls of the class with an `id=` keyword in this file, which the rename would break.
fn called_with_id_keyword(ctx: &Ctx, class_name: &str) -> bool {
    ctx.root.root().dfs().any(|c| {
        c.kind() == "call"
            && python::callee_name(&c).as_deref() == Some(class_name)
            && c.field("arguments")
                .is_some_and(|a| python::keyword_arg(&a, "id").is_some())
    })
}
