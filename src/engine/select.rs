//! `--select` / `--ignore`: by codemod name, code, set name, or `ALL`, like ruff's selectors.
//! Opt-in codemods (e.g. the cdktn migration) run only when selected explicitly.

use std::sync::Arc;

use crate::engine::spec::Codemod;

fn matches(c: &Codemod, sel: &str) -> bool {
    sel == "ALL" || c.id == sel || c.code == sel || c.sets.iter().any(|s| s == sel)
}

pub fn select(
    all: &[Arc<Codemod>],
    select: Option<&[String]>,
    extend: &[String],
    ignore: &[String],
) -> Result<Vec<Arc<Codemod>>, String> {
    let known = |sel: &String| all.iter().any(|c| matches(c, sel));
    for sel in select.into_iter().flatten().chain(extend).chain(ignore) {
        if !known(sel) {
            return Err(format!(
                "unknown codemod, code or set `{sel}` (see `cdktf-fix --list`)"
            ));
        }
    }
    Ok(all
        .iter()
        .filter(|c| {
            let chosen = match select {
                None => !c.opt_in,
                // `ALL` means every default codemod; opt-in ones need their own name or set.
                Some(sels) => sels
                    .iter()
                    .any(|s| if s == "ALL" { !c.opt_in } else { matches(c, s) }),
            } || extend.iter().any(|s| matches(c, s));
            chosen && !ignore.iter().any(|s| matches(c, s))
        })
        .cloned()
        .collect())
}
