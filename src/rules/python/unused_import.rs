//! Top-level import bindings that nothing in the module reads (pyflakes F401). Conservative on
//! purpose: `__init__.py` files (re-exports), names listed in `__all__`, `import x as x` /
//! `from m import x as x` (the explicit re-export idiom), `# noqa` lines, star and `__future__`
//! imports are never reported, and a name that appears as an identifier inside a string
//! annotation (`def f(x: "Foo")`) counts as used.

use std::collections::{HashMap, HashSet};

use crate::engine::edit::Fix;
use crate::lang::Root;
use crate::lang::python;
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, _m: &Match<'a>) -> Vec<Hit> {
    if ctx
        .path
        .file_name()
        .is_some_and(|n| n == "__init__.py" || n == "__init__.pyi")
    {
        return vec![];
    }
    let all = &ctx.index().bindings;
    let used = used_names(ctx.root);
    let unused: Vec<&python::Binding> = all
        .iter()
        .filter(|b| b.top_level && is_candidate(ctx.src, b) && !used.contains(&b.local))
        .collect();
    // Statements whose every binding is unused go whole (one edit shared by their findings).
    let unused_items: HashSet<(usize, usize)> =
        unused.iter().map(|b| (b.item.start, b.item.end)).collect();
    let mut per_stmt: HashMap<(usize, usize), (usize, usize)> = HashMap::new();
    for b in all {
        let e = per_stmt.entry((b.stmt.start, b.stmt.end)).or_default();
        e.0 += 1;
        if unused_items.contains(&(b.item.start, b.item.end)) {
            e.1 += 1;
        }
    }
    let mut hits = Vec::new();
    for b in unused {
        let (total, dead) = per_stmt[&(b.stmt.start, b.stmt.end)];
        let edits = if total == dead {
            match ctx.index().statement(&b.stmt) {
                Some(stmt) => python::remove_statement(ctx.src, stmt),
                None => vec![],
            }
        } else {
            ctx.index().remove_binding(ctx.src, b)
        };
        let shown = if b.local == b.imported {
            b.local.clone()
        } else {
            format!("{} as {}", b.imported, b.local)
        };
        let what = if b.is_from {
            format!("`{}.{}`", b.module, shown)
        } else {
            format!("`{shown}`")
        };
        let mut hit = Hit::new(b.item.clone()).message(format!("{what} imported but unused"));
        if !edits.is_empty() {
            hit = hit.fix(Fix::new(
                format!("Remove unused import {what}"),
                ctx.codemod.safety.ceiling(),
                edits,
            ));
        }
        hits.push(hit);
    }
    hits
}

/// Bindings this codemod may judge at all.
fn is_candidate(src: &str, b: &python::Binding) -> bool {
    if b.module == "__future__" || b.local.is_empty() {
        return false;
    }
    // `import x as x` / `from m import x as x`: an explicit re-export.
    let item = &src[b.item.clone()];
    if item.contains(" as ") && b.local == b.imported {
        return false;
    }
    !python::noqa_covers(
        src,
        b.stmt.clone(),
        &["F401", "CDK020", "unused-import", "W0611"],
    )
}

/// Every name the module reads outside import statements, plus names in `__all__` and
/// identifiers inside string annotations.
fn used_names(root: &Root) -> HashSet<String> {
    let mut out = HashSet::new();
    // One top-down walk carrying what a node needs to know about its ancestors (inside an
    // `__all__` assignment, an annotation, an import; whether it is the name part of an
    // attribute or keyword), because tree-sitter finds a parent by searching down from the root:
    // asking every identifier for its ancestors made this quadratic in the nesting depth. Same
    // answers as `python::is_name_read`.
    struct Seen {
        in_all: bool,
        in_annotation: bool,
        in_import: bool,
        not_a_read: bool,
    }
    let mut stack = vec![(
        root.root(),
        Seen {
            in_all: false,
            in_annotation: false,
            in_import: false,
            not_a_read: false,
        },
    )];
    while let Some((n, seen)) = stack.pop() {
        let kind = n.kind();
        match kind.as_ref() {
            "identifier" if !seen.in_import && !seen.not_a_read => {
                out.insert(n.text().to_string());
            }
            "string" => {
                if seen.in_all {
                    out.insert(string_body(&n.text()).to_string());
                }
                if seen.in_annotation {
                    out.extend(identifiers_in(string_body(&n.text())));
                }
            }
            _ => {}
        }
        let in_all = seen.in_all
            || (matches!(kind.as_ref(), "assignment" | "augmented_assignment")
                && n.field("left").is_some_and(|l| l.text() == "__all__"));
        let in_annotation = seen.in_annotation || kind == "type";
        let in_import = seen.in_import
            || matches!(
                kind.as_ref(),
                "import_from_statement" | "import_statement" | "future_import_statement"
            );
        let name_child = match kind.as_ref() {
            "attribute" => n.field("attribute").map(|x| x.node_id()),
            "keyword_argument" => n.field("name").map(|x| x.node_id()),
            _ => None,
        };
        for c in n.children() {
            let not_a_read = name_child == Some(c.node_id());
            stack.push((
                c,
                Seen {
                    in_all,
                    in_annotation,
                    in_import,
                    not_a_read,
                },
            ));
        }
    }
    out
}

/// The text between a string literal's quotes (prefixes like `r` or `f` dropped).
fn string_body(lit: &str) -> &str {
    let s = lit.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let q = if s.starts_with("\"\"\"") || s.starts_with("'''") {
        3
    } else {
        1
    };
    if s.len() >= 2 * q {
        &s[q..s.len() - q]
    } else {
        s
    }
}

fn identifiers_in(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '_')
        })
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_annotation_identifiers() {
        assert_eq!(string_body("\"Foo\""), "Foo");
        assert_eq!(string_body("'''a'''"), "a");
        assert_eq!(
            identifiers_in("Optional[m.Foo]"),
            vec!["Optional", "m", "Foo"]
        );
    }
}
