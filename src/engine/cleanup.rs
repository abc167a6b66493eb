//! Imports a fix leaves unused are that fix's to remove: a fix that replaces the last use of an
//! imported name also removes the import, in the same [`Fix`], so the fix reported in JSON or
//! SARIF is exactly the one `--fix` applies. Imports that were unused before are left to the
//! `unused-import` codemod.
//!
//! When several fixes of one pass together remove every use of a name (none of them alone does),
//! the engine holds the last of them back a pass: applied alone next pass, it removes the last
//! use and takes the import with it (see `Fix::partial_uses`).
//!
//! Edits to one import statement are isolated, as ruff isolates them: a fix that touches an
//! import statement guards it (`Fix::guards`), so no other fix of the same pass changes it. One
//! fix extending `from m import a` while another moves `a` to another module would each be right
//! alone and wrong together.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use super::Finding;
use crate::engine::edit::{Edit, Fix};
use crate::lang::python::{self, Binding, Index};

/// Add to every Python fix the removal of the imports only it uses.
pub(crate) fn attach(src: &str, index: &Index, findings: &mut [Finding]) {
    let mut by_local: HashMap<&str, Vec<&Binding>> = HashMap::new();
    for b in index.bindings.iter().filter(|b| b.top_level) {
        by_local.entry(b.local.as_str()).or_default().push(b);
    }
    let mut stmts: Vec<Range<usize>> = index
        .bindings
        .iter()
        .filter(|b| b.top_level)
        .map(|b| b.stmt.clone())
        .collect();
    stmts.dedup();
    for f in findings.iter_mut() {
        for fix in &mut f.fixes {
            attach_one(src, index, &by_local, fix);
            for s in &stmts {
                let stmt = Edit::delete(s.start, s.end);
                if fix.edits.iter().any(|e| e.conflicts(&stmt)) && !fix.guards.contains(s) {
                    fix.guards.push(s.clone());
                }
            }
        }
    }
}

fn attach_one(src: &str, index: &Index, by_local: &HashMap<&str, Vec<&Binding>>, fix: &mut Fix) {
    let inserted: HashSet<&str> = fix
        .edits
        .iter()
        .flat_map(|e| identifiers(&e.text))
        .collect();
    let mut names: Vec<&str> = fix
        .edits
        .iter()
        .flat_map(|e| identifiers(&src[e.start..e.end]))
        .filter(|n| !inserted.contains(n) && by_local.contains_key(n))
        .collect();
    names.sort_unstable();
    names.dedup();
    let inside = |r: Range<usize>| {
        fix.edits
            .iter()
            .any(|e| e.start <= r.start && r.end <= e.end)
    };
    let mut orphaned: Vec<&Binding> = Vec::new();
    for name in names {
        let uses: Vec<Range<usize>> = index.identifiers(name).iter().map(|n| n.range()).collect();
        if uses.is_empty() || index.in_all(name) {
            continue;
        }
        if uses.iter().all(|u| inside(u.clone())) {
            orphaned.extend(by_local[name].iter().copied());
        } else if uses.iter().any(|u| inside(u.clone())) {
            fix.partial_uses.push(uses);
        }
    }
    if orphaned.is_empty() {
        return;
    }
    // One removal per statement: the whole statement when every name in it goes.
    let mut by_stmt: BTreeMap<(usize, usize), Vec<Range<usize>>> = BTreeMap::new();
    for b in &orphaned {
        by_stmt
            .entry((b.stmt.start, b.stmt.end))
            .or_default()
            .push(b.item.clone());
    }
    let mut cleanup: Vec<Edit> = Vec::new();
    for ((start, end), items) in by_stmt {
        let Some(stmt) = index.statement(&(start..end)) else {
            continue;
        };
        let all = index
            .bindings
            .iter()
            .filter(|b| b.stmt == (start..end))
            .all(|b| items.contains(&b.item));
        let edits = if all {
            python::remove_statement(src, stmt)
        } else {
            python::remove_import_items(src, stmt, &items)
        };
        cleanup.extend(edits);
    }
    if let Some(merged) = merge(&fix.edits, cleanup) {
        fix.edits = merged;
    }
}

/// The fix's edits with the cleanup's, when they fit together: a deletion that an insertion of
/// the fix touches (`from m import A` losing `A` where the fix appends `, B`) becomes one
/// replacement; anything else that overlaps gives up the cleanup.
fn merge(edits: &[Edit], cleanup: Vec<Edit>) -> Option<Vec<Edit>> {
    let mut out: Vec<Edit> = edits.to_vec();
    for c in cleanup {
        if out.contains(&c) {
            continue;
        }
        let touching: Vec<usize> = (0..out.len()).filter(|&i| out[i].conflicts(&c)).collect();
        match touching.as_slice() {
            [] => out.push(c),
            [i] if c.text.is_empty() && out[*i].start == out[*i].end => {
                let ins = &out[*i];
                if ins.start == c.end || ins.start == c.start {
                    out[*i] = Edit::replace(c.start, c.end, ins.text.clone());
                } else {
                    return None;
                }
            }
            _ => return None,
        }
    }
    out.sort_by_key(|e| (e.start, e.end));
    Some(out)
}

/// The Python identifiers in a piece of code (a cheap tokenizer: words not inside strings are
/// good enough to find which imported names a replaced range may have held).
fn identifiers(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '_')
        })
}

#[cfg(test)]
mod tests {
    use super::merge;
    use crate::engine::edit::Edit;

    #[test]
    fn a_deletion_and_a_touching_insertion_become_one_replacement() {
        let fix = vec![Edit::insert(10, ", B")];
        let merged = merge(&fix, vec![Edit::delete(7, 10)]).expect("fits");
        assert_eq!(merged, vec![Edit::replace(7, 10, ", B")]);
        assert!(merge(&[Edit::replace(5, 9, "x")], vec![Edit::delete(7, 10)]).is_none());
    }
}
