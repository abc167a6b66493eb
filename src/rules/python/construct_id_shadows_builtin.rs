//! `def __init__(self, scope, id)` shadows the builtin `id()` inside the constructor (pylint
//! W0622, ruff A002); CDK's own convention is `construct_id`. The rename covers the parameter
//! and the names that read it in the body, including closures, but not attributes (`x.id`),
//! keyword names (`f(id=...)`), defaults and annotations (they run in the enclosing scope), or
//! nested scopes that bind their own `id`. Calls `id(x)` keep their name: they can only have
//! meant the builtin (calling the str parameter raises TypeError), which the rename restores.
//!
//! Callers that pass the id by keyword (`TapStack(app, id="tap")`) would break (`unexpected
//! keyword argument 'id'`), so the same fix renames their keyword too, in this file and in every
//! other file of the app that imports the class from this file's module; when such a caller is
//! in a file the run does not check, or a subclass passes `id=` through `super().__init__`, the
//! fix is held back with a message naming it.

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
    let callers = match callers(ctx, &class_name) {
        Ok(c) => c,
        Err(why) => return vec![hit.message(format!("{base} (not fixed: {why})"))],
    };
    let Some(body) = func.field("body") else {
        return vec![];
    };
    let mut edits = vec![Edit::replace(param.range().start, param.range().end, NEW)];
    for n in body.dfs() {
        if n.kind() != "identifier" || n.text() != "id" || python::is_attribute_or_keyword_name(&n)
        {
            continue;
        }
        if rebound_between(&n, func) || is_callee(&n) {
            continue;
        }
        edits.push(Edit::replace(n.range().start, n.range().end, NEW));
    }
    edits.extend(callers.here);
    let mut fix = Fix::new(
        format!("Rename `id` to `{NEW}`"),
        ctx.codemod.safety.ceiling(),
        edits,
    );
    for (path, renames) in callers.elsewhere {
        fix = fix.also(path, renames);
    }
    vec![hit.message(base).fix(fix)]
}

/// The keyword renames a parameter rename needs: in this file, and in other checked files.
struct Callers {
    here: Vec<Edit>,
    elsewhere: Vec<(std::path::PathBuf, Vec<Edit>)>,
}

/// Every `Class(..., id=...)` call of the app, and why the rename must wait when one cannot be
/// renamed with it.
fn callers(ctx: &Ctx, class_name: &str) -> Result<Callers, String> {
    let here = keyword_renames(ctx.root, class_name);
    if passes_id_through_super(ctx.root, class_name) {
        return Err(format!(
            "a subclass of `{class_name}` in this file passes `id=` to `super().__init__`; rename it there too"
        ));
    }
    let module = ctx
        .path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string();
    let mut elsewhere = Vec::new();
    for f in ctx.view.app_files() {
        // Cheap look first: most files cannot call the class by keyword.
        if !f.text.contains(class_name) || !f.text.contains("id") {
            continue;
        }
        let Some(root) = f.root() else { continue };
        if !imports_from(root, class_name, &module) {
            continue;
        }
        if passes_id_through_super(root, class_name) {
            return Err(format!(
                "a subclass of `{class_name}` in {} passes `id=` to `super().__init__`; rename it there too",
                f.path.display()
            ));
        }
        let renames = keyword_renames(root, class_name);
        if renames.is_empty() {
            continue;
        }
        if !f.checked {
            return Err(format!(
                "`{class_name}` is called with `id=` in {}, which this run does not check; run on the whole app",
                f.path.display()
            ));
        }
        elsewhere.push((f.path.to_path_buf(), renames));
    }
    Ok(Callers { here, elsewhere })
}

/// Whether the file binds `name` by importing it from a module whose last part is `module`
/// (`from lib.base import BaseStack` for lib/base.py).
fn imports_from(root: &crate::lang::Root, name: &str, module: &str) -> bool {
    python::bindings(root)
        .iter()
        .any(|b| b.is_from && b.local == name && b.module.rsplit('.').next() == Some(module))
}

/// Edits renaming `id=` to `construct_id=` in the calls of `class_name`.
fn keyword_renames(root: &crate::lang::Root, class_name: &str) -> Vec<Edit> {
    root.root()
        .dfs()
        .filter(|c| c.kind() == "call" && python::callee_name(c).as_deref() == Some(class_name))
        .filter_map(|c| c.field("arguments"))
        .filter_map(|a| python::keyword_arg(&a, "id"))
        .filter_map(|kw| kw.field("name"))
        .map(|n| Edit::replace(n.range().start, n.range().end, NEW))
        .collect()
}

/// Whether a class deriving from `class_name` calls `super().__init__(..., id=...)`.
fn passes_id_through_super(root: &crate::lang::Root, class_name: &str) -> bool {
    root.root().dfs().any(|cls| {
        cls.kind() == "class_definition"
            && cls.field("superclasses").is_some_and(|s| {
                python::items(&s).iter().any(|b| {
                    b.text() == class_name || b.text().ends_with(&format!(".{class_name}"))
                })
            })
            && cls.dfs().any(|c| {
                c.kind() == "call"
                    && c.field("function")
                        .is_some_and(|f| f.text().replace(' ', "") == "super().__init__")
                    && c.field("arguments")
                        .is_some_and(|a| python::keyword_arg(&a, "id").is_some())
            })
    })
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

fn binds_or_reads(scope: &Node, name: &str) -> bool {
    scope.dfs().any(|n| {
        n.kind() == "identifier" && n.text() == name && !python::is_attribute_or_keyword_name(&n)
    })
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
