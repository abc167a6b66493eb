//! Top-level import bindings that nothing in the module reads (pyflakes F401). Conservative on
//! purpose: `__init__.py` files (re-exports), names listed in `__all__`, `import x as x` /
//! `from m import x as x` (the explicit re-export idiom), `# noqa` lines, star and `__future__`
//! imports are never reported, and a name that appears as an identifier inside a string
//! annotation (`def f(x: "Foo")`) counts as used.

use std::collections::{HashMap, HashSet};

use super::{Ctx, Hit, Match};
use crate::edit::Fix;
use crate::lang::Root;
use crate::python;

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
    let mut per_stmt: HashMap<(usize, usize), (usize, usize)> = HashMap::new();
    for b in all {
        let e = per_stmt.entry((b.stmt.start, b.stmt.end)).or_default();
        e.0 += 1;
        if unused.iter().any(|u| u.item == b.item) {
            e.1 += 1;
        }
    }
    let mut hits = Vec::new();
    for b in unused {
        let (total, dead) = per_stmt[&(b.stmt.start, b.stmt.end)];
        let edits = if total == dead {
            match ctx
                .root
                .root()
                .dfs()
                .find(|n| n.range() == b.stmt && n.kind().contains("import"))
            {
                Some(stmt) => python::remove_statement(ctx.src, &stmt),
                None => vec![],
            }
        } else {
            python::remove_binding(ctx.src, ctx.root, all, b)
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
    // One walk carrying the two facts a string needs about its ancestors (inside an `__all__`
    // assignment, inside an annotation), instead of walking up from every string.
    let mut stack = vec![(root.root(), false, false)];
    while let Some((n, in_all, in_annotation)) = stack.pop() {
        let kind = n.kind();
        match kind.as_ref() {
            "identifier" if python::is_name_read(&n) => {
                out.insert(n.text().to_string());
            }
            "string" => {
                if in_all {
                    out.insert(string_body(&n.text()).to_string());
                }
                if in_annotation {
                    out.extend(identifiers_in(string_body(&n.text())));
                }
            }
            _ => {}
        }
        let child_all = in_all
            || (matches!(kind.as_ref(), "assignment" | "augmented_assignment")
                && n.field("left").is_some_and(|l| l.text() == "__all__"));
        let child_annotation = in_annotation || kind == "type";
        for c in n.children() {
            stack.push((c, child_all, child_annotation));
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
