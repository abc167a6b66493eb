//! Which codemods can match a file at all, decided before it is parsed: one Aho-Corasick pass over
//! the text finds every spec's `prefilter` literals at once, instead of one substring search per
//! literal per codemod. A file where no codemod survives is never parsed.
//!
//! A prefilter is a necessary condition: a file without any of a codemod's literals cannot match
//! its rule (`tests/prefilter.rs` checks this against every golden case that reports).

use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::lang::Lang;
use crate::spec::Codemod;

pub struct Prefilter {
    langs: Vec<Lang>,
    /// Codemods with no literals (or an empty one): they run on every file of their language.
    always: Vec<usize>,
    /// All distinct literals; `None` when no codemod has any.
    automaton: Option<AhoCorasick>,
    /// Literal (pattern id) -> the codemods it admits.
    admits: Vec<Vec<usize>>,
}

impl Prefilter {
    pub fn new(codemods: &[Arc<Codemod>]) -> Prefilter {
        let mut literals: Vec<&str> = Vec::new();
        let mut admits: Vec<Vec<usize>> = Vec::new();
        let mut always = Vec::new();
        for (i, c) in codemods.iter().enumerate() {
            if c.prefilter.is_empty() || c.prefilter.iter().any(String::is_empty) {
                always.push(i);
                continue;
            }
            for p in &c.prefilter {
                match literals.iter().position(|l| *l == p.as_str()) {
                    Some(id) => admits[id].push(i),
                    None => {
                        literals.push(p);
                        admits.push(vec![i]);
                    }
                }
            }
        }
        // Standard semantics with overlapping search report every literal that occurs, also one
        // that overlaps another (`arn:` inside `arn:aws:`).
        let automaton = if literals.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(&literals)
                .ok()
        };
        // Should the automaton fail to build (it cannot for a few dozen short literals), every
        // codemod runs: slower, never wrong.
        if automaton.is_none() {
            always = (0..codemods.len()).collect();
            admits.clear();
        }
        Prefilter {
            langs: codemods.iter().map(|c| c.lang).collect(),
            always,
            automaton,
            admits,
        }
    }

    /// The codemods of `lang` whose prefilter `src` passes, in codemod order.
    pub fn active(&self, lang: Lang, src: &str) -> Vec<usize> {
        let mut on = vec![false; self.langs.len()];
        for &i in &self.always {
            on[i] = true;
        }
        if let Some(ac) = &self.automaton {
            // Stop as soon as every codemod of the language is in: the rest of the text cannot
            // add any.
            let mut left = (0..self.langs.len())
                .filter(|&i| self.langs[i] == lang && !on[i])
                .count();
            let mut seen = vec![false; self.admits.len()];
            if left > 0 {
                for m in ac.find_overlapping_iter(src) {
                    let id = m.pattern().as_usize();
                    if std::mem::replace(&mut seen[id], true) {
                        continue;
                    }
                    for &i in &self.admits[id] {
                        if self.langs[i] == lang && !std::mem::replace(&mut on[i], true) {
                            left -= 1;
                        }
                    }
                    if left == 0 {
                        break;
                    }
                }
            }
        }
        (0..self.langs.len())
            .filter(|&i| on[i] && self.langs[i] == lang)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The automaton must agree with the plain definition (some literal is a substring) on
    /// every codemod, including overlapping and nested literals.
    #[test]
    fn agrees_with_substring_search() {
        let all: Vec<Arc<Codemod>> = crate::spec::builtin()
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
        ];
        for text in texts {
            for lang in [Lang::Python, Lang::Hcl] {
                let want: Vec<usize> = (0..all.len())
                    .filter(|&i| {
                        let c = &all[i];
                        c.lang == lang
                            && (c.prefilter.is_empty()
                                || c.prefilter.iter().any(|p| text.contains(p.as_str())))
                    })
                    .collect();
                assert_eq!(pf.active(lang, text), want, "{lang:?} on {text:?}");
            }
        }
    }
}
