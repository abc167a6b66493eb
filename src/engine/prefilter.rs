//! Which codemods can match a file at all, decided before it is parsed: one Aho-Corasick pass over
//! the text finds every spec's `prefilter` literals at once, instead of one substring search per
//! literal per codemod. A file where no codemod survives is never parsed.
//!
//! A literal that starts with `(?i)` matches ASCII case-insensitively (for rules whose regex is
//! case-insensitive); every other literal matches byte for byte.
//!
//! A prefilter is a necessary condition: a file without any of a codemod's literals cannot match
//! its rule (`tests/prefilter.rs` checks this against every golden case that reports).

use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::engine::spec::Codemod;
use crate::lang::Lang;

pub struct Prefilter {
    langs: Vec<Lang>,
    /// Text codemods read only the files their `files:` globs name.
    files: Vec<Option<crate::lang::FileGlobs>>,
    /// Codemods with no literals (or an empty one): they run on every file of their language.
    always: Vec<usize>,
    /// Exact literals and `(?i)` literals, each with the codemods every pattern id admits.
    automata: Vec<(AhoCorasick, Vec<Vec<usize>>)>,
}

const IGNORE_CASE: &str = "(?i)";

impl Prefilter {
    pub fn new(codemods: &[Arc<Codemod>]) -> Prefilter {
        let mut literals: [Vec<&str>; 2] = [Vec::new(), Vec::new()];
        let mut admits: [Vec<Vec<usize>>; 2] = [Vec::new(), Vec::new()];
        let mut always = Vec::new();
        for (i, c) in codemods.iter().enumerate() {
            let pats: Vec<(usize, &str)> = c
                .prefilter
                .iter()
                .map(|p| match p.strip_prefix(IGNORE_CASE) {
                    Some(rest) => (1, rest),
                    None => (0, p.as_str()),
                })
                .collect();
            if pats.is_empty() || pats.iter().any(|(_, p)| p.is_empty()) {
                always.push(i);
                continue;
            }
            for (set, p) in pats {
                match literals[set].iter().position(|l| *l == p) {
                    Some(id) => admits[set][id].push(i),
                    None => {
                        literals[set].push(p);
                        admits[set].push(vec![i]);
                    }
                }
            }
        }
        let mut automata = Vec::new();
        for (set, (lits, adm)) in literals.into_iter().zip(admits).enumerate() {
            if lits.is_empty() {
                continue;
            }
            // Standard semantics with overlapping search report every literal that occurs, also
            // one that overlaps another (`arn:` inside `arn:aws:`).
            match AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .ascii_case_insensitive(set == 1)
                .build(&lits)
            {
                Ok(ac) => automata.push((ac, adm)),
                // It cannot fail for a few dozen short literals; if it did, the codemods run on
                // every file: slower, never wrong.
                Err(_) => always.extend(adm.into_iter().flatten()),
            }
        }
        always.sort_unstable();
        always.dedup();
        Prefilter {
            langs: codemods.iter().map(|c| c.lang).collect(),
            files: codemods.iter().map(|c| c.files.clone()).collect(),
            always,
            automata,
        }
    }

    /// The codemods of `lang` whose prefilter `src` passes, in codemod order (for a text file,
    /// only those whose `files:` name `path`).
    pub fn active(&self, lang: Lang, path: &std::path::Path, src: &str) -> Vec<usize> {
        let wanted: Vec<bool> = (0..self.langs.len())
            .map(|i| {
                self.langs[i] == lang && self.files[i].as_ref().is_none_or(|g| g.matches(path))
            })
            .collect();
        let mut on = vec![false; self.langs.len()];
        for &i in &self.always {
            on[i] = true;
        }
        // Stop as soon as every codemod of the language is in: the rest of the text cannot add
        // any.
        let mut left = (0..self.langs.len())
            .filter(|&i| wanted[i] && !on[i])
            .count();
        for (ac, admits) in &self.automata {
            if left == 0 {
                break;
            }
            let mut seen = vec![false; admits.len()];
            for m in ac.find_overlapping_iter(src) {
                let id = m.pattern().as_usize();
                if std::mem::replace(&mut seen[id], true) {
                    continue;
                }
                for &i in &admits[id] {
                    if wanted[i] && !std::mem::replace(&mut on[i], true) {
                        left -= 1;
                    }
                }
                if left == 0 {
                    break;
                }
            }
        }
        (0..self.langs.len())
            .filter(|&i| on[i] && wanted[i])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn literal_in(p: &str, text: &str) -> bool {
        match p.strip_prefix(IGNORE_CASE) {
            Some(rest) => text
                .to_ascii_lowercase()
                .contains(&rest.to_ascii_lowercase()),
            None => text.contains(p),
        }
    }

    /// The automata must agree with the plain definition (some literal is a substring) on
    /// every codemod, including overlapping and nested literals.
    #[test]
    fn agrees_with_substring_search() {
        let all: Vec<Arc<Codemod>> = crate::engine::spec::builtin()
            .expect("builtin specs load")
            .into_iter()
            .map(Arc::new)
            .collect();
        let pf = Prefilter::new(&all);
        let texts = [
            "",
            "x = 1\n",
            "\"arn:aws:iam::123456789012:root\"",
            "arn:aws-cn:s3:::b",
            "from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket\n\n\nS3Bucket(self, 'b')",
            "def __init__(self, scope, id):\n    pass\n",
            "resource \"aws_eks_addon\" \"x\" {\n  addon_version = \"v1\"\n}\n",
            "kms:* Environment thumbprint_list mfa_delete use_lockfile",
            "tags = {'ENV': 'Prod'}",
            "def __init__(\n    self,\n    id\n):",
        ];
        for text in texts {
            for lang in [Lang::Python, Lang::Hcl] {
                let want: Vec<usize> = (0..all.len())
                    .filter(|&i| {
                        let c = &all[i];
                        c.lang == lang
                            && (c.prefilter.is_empty()
                                || c.prefilter.iter().any(|p| literal_in(p, text)))
                    })
                    .collect();
                assert_eq!(
                    pf.active(lang, std::path::Path::new("x"), text),
                    want,
                    "{lang:?} on {text:?}"
                );
            }
        }
    }
}
