//! Top-level import bindings that nothing in the module reads (pyflakes F401). Conservative on
//! purpose: `__init__.py` files (re-exports), names listed in `__all__`, `import x as x` /
//! `from m import x as x` (the explicit re-export idiom), `# noqa` lines, star and `__future__`
//! imports are never reported, and a name that appears as an identifier inside a string
//! annotation (`def f(x: "Foo")`) counts as used.

use std::collections::{HashMap, HashSet};

use crate::engine::edit::Fix;
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
    // The file's index knows every read, `__all__` entry and string-annotation name.
    let used = ctx.index().used_names();
    let unused: Vec<&python::Binding> = all
        .iter()
        .filter(|b| b.top_level && is_candidate(ctx.src, b) && !used.contains(b.local.as_str()))
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

#[cfg(test)]
mod tests {
    use crate::lang::{Lang, python::Index};

    #[test]
    fn string_annotations_and_all_count_as_uses() {
        let root = Lang::Python
            .parse("import a, b, c, d\n__all__ = [\"b\"]\n__all__ += ['c']\ndef f(x: \"Optional[a.Foo]\"): pass\n")
            .unwrap();
        let index = Index::build(&root);
        let used = index.used_names();
        for name in ["a", "b", "c", "Optional", "Foo"] {
            assert!(used.contains(name), "{name}");
        }
        assert!(!used.contains("d"));
        assert!(index.in_all("c"));
    }
}
