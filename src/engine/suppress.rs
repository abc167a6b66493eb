//! Inline suppressions: `# cdktf-fix: ignore[name-or-code, ...]` (or a bare `# cdktf-fix: ignore`
//! for every codemod) at the end of the finding's first line, or alone on the line above it.
//! Suppressions that silence nothing are reported, as ruff does with RUF100, so they do not rot.

use std::cell::RefCell;
use std::collections::BTreeMap;

use crate::lang::Lang;

const MARKER: &str = "cdktf-fix: ignore";

struct Entry {
    /// `None`: every codemod.
    names: Option<Vec<String>>,
    used: Vec<bool>,
    used_all: bool,
}

pub struct Suppressions {
    /// By the line the suppression applies to (1-based).
    by_line: RefCell<BTreeMap<usize, Entry>>,
    /// Where each suppression is written, for reporting unused ones.
    written_at: BTreeMap<usize, usize>,
}

impl Suppressions {
    pub fn parse(text: &str, lang: Lang) -> Suppressions {
        let mut by_line = BTreeMap::new();
        let mut written_at = BTreeMap::new();
        if !text.contains(MARKER) {
            return Suppressions {
                by_line: RefCell::new(by_line),
                written_at,
            };
        }
        let comment = match lang {
            Lang::Python | Lang::Hcl | Lang::Text => "#",
        };
        for (i, line) in text.lines().enumerate() {
            let Some(pos) = line.find(MARKER) else {
                continue;
            };
            let before = &line[..pos];
            let Some(hash) = before.rfind(comment) else {
                continue;
            };
            if !before[hash + comment.len()..].trim().is_empty() {
                continue;
            }
            let after = &line[pos + MARKER.len()..];
            let names = after
                .trim_start()
                .strip_prefix('[')
                .and_then(|r| r.split_once(']'))
                .map(|(inner, _)| {
                    inner
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                });
            let own_line = line[..hash].trim().is_empty();
            // A comment alone on its line covers the next line; a trailing one covers its own.
            let target = if own_line { i + 2 } else { i + 1 };
            let used = vec![false; names.as_ref().map_or(0, Vec::len)];
            by_line.insert(
                target,
                Entry {
                    names,
                    used,
                    used_all: false,
                },
            );
            written_at.insert(target, i + 1);
        }
        Suppressions {
            by_line: RefCell::new(by_line),
            written_at,
        }
    }

    pub fn is_suppressed(&self, line: usize, id: &str, code: &str) -> bool {
        let mut map = self.by_line.borrow_mut();
        let Some(entry) = map.get_mut(&line) else {
            return false;
        };
        match &entry.names {
            None => {
                entry.used_all = true;
                true
            }
            Some(names) => match names.iter().position(|n| n == id || n == code) {
                Some(k) => {
                    entry.used[k] = true;
                    true
                }
                None => false,
            },
        }
    }

    /// (line the comment is on, what it names) for each suppression that silenced nothing.
    pub fn unused(&self) -> Vec<(usize, String)> {
        let map = self.by_line.borrow();
        let mut out = Vec::new();
        for (target, e) in map.iter() {
            let at = self.written_at.get(target).copied().unwrap_or(*target);
            match &e.names {
                None if !e.used_all => out.push((at, "any codemod".to_string())),
                Some(names) => {
                    let unused: Vec<&str> = names
                        .iter()
                        .zip(&e.used)
                        .filter(|(_, u)| !**u)
                        .map(|(n, _)| n.as_str())
                        .collect();
                    if !unused.is_empty() {
                        out.push((at, unused.join(", ")));
                    }
                }
                _ => {}
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_and_own_line_forms() {
        let text = "a = 1  # cdktf-fix: ignore[x-rule]\n# cdktf-fix: ignore\nb = 2\nc = 3  # cdktf-fix: ignore[y]\n";
        let s = Suppressions::parse(text, Lang::Python);
        assert!(s.is_suppressed(1, "x-rule", "C1"));
        assert!(!s.is_suppressed(1, "other", "C2"));
        assert!(s.is_suppressed(3, "anything", "C3"));
        assert!(!s.is_suppressed(2, "anything", "C3"));
        assert_eq!(s.unused(), vec![(4, "y".to_string())]);
    }
}
