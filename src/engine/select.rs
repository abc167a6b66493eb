//! `--select` / `--ignore`: by codemod name, code, code prefix (`TF`, `CDK04`), language
//! (`python`, `hcl`, `text`), set name, or `ALL`, like ruff's selectors. Opt-in codemods (e.g.
//! the cdktn migration) run only when selected explicitly. `CFX000` (`unused-suppression`), the
//! tool's own check of suppression comments, comes from no spec; it is on unless ignored.

use std::sync::Arc;

use crate::engine::spec::Codemod;
use crate::engine::{UNUSED_SUPPRESSION, UNUSED_SUPPRESSION_CODE};

/// A code prefix: the letters of a code and maybe some of its digits (`TF`, `CDK0`, `CDK04`).
fn code_prefix_of(sel: &str, code: &str) -> bool {
    let letters = sel.chars().take_while(|c| c.is_ascii_uppercase()).count();
    letters > 0
        && sel[letters..].chars().all(|c| c.is_ascii_digit())
        && code.starts_with(sel)
        && code[letters..].chars().all(|c| c.is_ascii_digit())
}

fn matches(c: &Codemod, sel: &str) -> bool {
    sel == "ALL"
        || c.id == sel
        || c.code == sel
        || c.sets.iter().any(|s| s == sel)
        || c.lang.name() == sel
        || code_prefix_of(sel, &c.code)
}

fn names_unused_suppression(sel: &str) -> bool {
    sel == UNUSED_SUPPRESSION || code_prefix_of(sel, UNUSED_SUPPRESSION_CODE)
}

pub fn select(
    all: &[Arc<Codemod>],
    select: Option<&[String]>,
    extend: &[String],
    ignore: &[String],
) -> Result<Vec<Arc<Codemod>>, String> {
    let known = |sel: &String| all.iter().any(|c| matches(c, sel)) || names_unused_suppression(sel);
    for sel in select.into_iter().flatten().chain(extend).chain(ignore) {
        if !known(sel) {
            let hint = suggestion(all, sel)
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            return Err(format!(
                "unknown codemod, code or set `{sel}`{hint} (see `cdktf-fix --list`)"
            ));
        }
    }
    Ok(all
        .iter()
        .filter(|c| {
            let chosen = match select {
                None => !c.opt_in,
                // `ALL`, a prefix or a language means every default codemod it covers; opt-in
                // ones need their own name, code or set.
                Some(sels) => sels.iter().any(|s| {
                    if c.opt_in {
                        c.id == *s || c.code == *s || c.sets.iter().any(|x| x == s)
                    } else {
                        matches(c, s)
                    }
                }),
            } || extend.iter().any(|s| matches(c, s));
            chosen && !ignore.iter().any(|s| matches(c, s))
        })
        .cloned()
        .collect())
}

/// Whether unused suppression comments are reported (`CFX000`): unless ignored.
pub fn reports_unused_suppressions(ignore: &[String]) -> bool {
    !ignore
        .iter()
        .any(|s| s == "ALL" || names_unused_suppression(s))
}

/// The closest selector to a typo (`tf003` -> `TF003`, `unused-imports` -> `unused-import`).
fn suggestion(all: &[Arc<Codemod>], sel: &str) -> Option<String> {
    let mut names: Vec<String> = all
        .iter()
        .flat_map(|c| {
            [c.id.clone(), c.code.clone()]
                .into_iter()
                .chain(c.sets.iter().cloned())
        })
        .collect();
    names.extend(["python", "hcl", "text", "ALL"].map(String::from));
    names.push(UNUSED_SUPPRESSION.to_string());
    names.push(UNUSED_SUPPRESSION_CODE.to_string());
    crate::project::config::closest(sel, names.iter().map(String::as_str), 0.85).map(String::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_prefixes() {
        assert!(code_prefix_of("TF", "TF003"));
        assert!(code_prefix_of("CDK04", "CDK045"));
        assert!(code_prefix_of("CDK045", "CDK045"));
        assert!(
            !code_prefix_of("CD", "CDK045"),
            "letters are a whole prefix"
        );
        assert!(!code_prefix_of("CDK5", "CDK045"));
        assert!(!code_prefix_of("tf", "TF003"));
        assert!(!code_prefix_of("", "TF003"));
    }
}
