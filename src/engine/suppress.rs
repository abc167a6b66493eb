//! Inline suppressions: `# cdktf-fix: ignore[name-or-code, ...]` (or a bare `# cdktf-fix: ignore`
//! for every codemod) at the end of the finding's first line, or alone on the line above it; in
//! Terraform files also as `// ...` and `/* ... */`. `cdktf-fix: ignore-file[...]` on a line of its
//! own covers the whole file (a generated file, one adopted later). Suppressions that silence
//! nothing are reported, as ruff does with RUF100, so they do not rot.

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
    /// `ignore-file`: the line it is written on, and what it covers.
    file: RefCell<Option<(usize, Entry)>>,
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
                file: RefCell::new(None),
                written_at,
            };
        }
        let openers: &[&str] = match lang {
            Lang::Python | Lang::Text => &["#"],
            Lang::Hcl => &["#", "//", "/*"],
        };
        let mut file = None;
        for (i, line) in text.lines().enumerate() {
            let Some(pos) = line.rfind(MARKER) else {
                continue;
            };
            let before = &line[..pos];
            // The comment opener right before the marker (only blanks between them).
            let Some(hash) = openers
                .iter()
                .filter_map(|o| {
                    let at = before.rfind(o)?;
                    before[at + o.len()..].trim().is_empty().then_some(at)
                })
                .max()
            else {
                continue;
            };
            let mut after = &line[pos + MARKER.len()..];
            let whole_file = after.starts_with("-file");
            if whole_file {
                after = &after["-file".len()..];
            }
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
            if whole_file {
                if own_line && file.is_none() {
                    let used = vec![false; names.as_ref().map_or(0, Vec::len)];
                    file = Some((
                        i + 1,
                        Entry {
                            names,
                            used,
                            used_all: false,
                        },
                    ));
                }
                continue;
            }
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
            file: RefCell::new(file),
            written_at,
        }
    }

    pub fn is_suppressed(&self, line: usize, id: &str, code: &str) -> bool {
        if let Some((_, entry)) = self.file.borrow_mut().as_mut()
            && entry.covers(id, code)
        {
            return true;
        }
        let mut map = self.by_line.borrow_mut();
        let Some(entry) = map.get_mut(&line) else {
            return false;
        };
        entry.covers(id, code)
    }

    /// (line the comment is on, what it names) for each suppression that silenced nothing.
    pub fn unused(&self) -> Vec<(usize, String)> {
        let map = self.by_line.borrow();
        let mut out: Vec<(usize, String)> = map
            .iter()
            .filter_map(|(target, e)| {
                let at = self.written_at.get(target).copied().unwrap_or(*target);
                e.unused().map(|names| (at, names))
            })
            .collect();
        if let Some((at, e)) = self.file.borrow().as_ref()
            && let Some(names) = e.unused()
        {
            out.push((*at, names));
            out.sort();
        }
        out
    }
}

impl Entry {
    /// Whether the suppression covers this codemod; marks what it used.
    fn covers(&mut self, id: &str, code: &str) -> bool {
        match &self.names {
            None => {
                self.used_all = true;
                true
            }
            Some(names) => match names.iter().position(|n| n == id || n == code) {
                Some(k) => {
                    self.used[k] = true;
                    true
                }
                None => false,
            },
        }
    }

    /// What the suppression names that it never used (`None`: it was all used).
    fn unused(&self) -> Option<String> {
        match &self.names {
            None if !self.used_all => Some("any codemod".to_string()),
            Some(names) => {
                let unused: Vec<&str> = names
                    .iter()
                    .zip(&self.used)
                    .filter(|(_, u)| !**u)
                    .map(|(n, _)| n.as_str())
                    .collect();
                (!unused.is_empty()).then(|| unused.join(", "))
            }
            _ => None,
        }
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

    #[test]
    fn terraform_comment_styles() {
        let text = "a = 1 // cdktf-fix: ignore[TF003]\n/* cdktf-fix: ignore[TF010] */\nresource \"x\" \"y\" {}\nb = \"// cdktf-fix: ignore\" # cdktf-fix: ignore[TF001]\n";
        let s = Suppressions::parse(text, Lang::Hcl);
        assert!(s.is_suppressed(1, "p", "TF003"));
        assert!(s.is_suppressed(3, "q", "TF010"));
        assert!(s.is_suppressed(4, "r", "TF001"));
        assert!(
            !s.is_suppressed(4, "r", "TF002"),
            "the last opener before the marker decides"
        );
        // `//` is not a comment in Python.
        let py = Suppressions::parse(
            "a = 1 // 2  # x\nb = 1 // cdktf-fix: ignore\n",
            Lang::Python,
        );
        assert!(!py.is_suppressed(2, "p", "C1"));
    }

    #[test]
    fn whole_file() {
        let text = "# generated\n# cdktf-fix: ignore-file[CDK001, unused-import]\nx = 1\n";
        let s = Suppressions::parse(text, Lang::Python);
        assert!(s.is_suppressed(3, "standalone-security-group-rule", "CDK001"));
        assert!(s.is_suppressed(90, "other", "CDK001"));
        assert!(!s.is_suppressed(3, "other", "CDK002"));
        assert_eq!(s.unused(), vec![(2, "unused-import".to_string())]);
        let all = Suppressions::parse("x = 1\n# cdktf-fix: ignore-file\n", Lang::Python);
        assert!(all.is_suppressed(1, "any", "CDK009"));
        assert!(all.unused().is_empty());
        let trailing = Suppressions::parse("x = 1  # cdktf-fix: ignore-file\n", Lang::Python);
        assert!(
            !trailing.is_suppressed(1, "any", "CDK009"),
            "only on a line of its own"
        );
    }
}
