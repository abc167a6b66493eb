//! Minimal text edits: byte ranges of the original text and their replacement. Fixes never
//! re-print a file; everything outside the ranges stays byte-for-byte as it was.

use std::path::PathBuf;

use serde::Serialize;

/// Replace `start..end` of the source with `text`. Zero-width edits insert.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Edit {
    pub fn replace(start: usize, end: usize, text: impl Into<String>) -> Edit {
        Edit {
            start,
            end,
            text: text.into(),
        }
    }
    pub fn insert(at: usize, text: impl Into<String>) -> Edit {
        Edit {
            start: at,
            end: at,
            text: text.into(),
        }
    }
    pub fn delete(start: usize, end: usize) -> Edit {
        Edit {
            start,
            end,
            text: String::new(),
        }
    }

    /// Edits conflict when they overlap or touch: two inserts at one offset, or an insert at the
    /// edge of a replacement, have no well-defined order, so the later fix waits for the next pass.
    pub fn conflicts(&self, other: &Edit) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

/// How a fix may be applied, ruff's terms: `Safe` with `--fix`, `Unsafe` only with
/// `--unsafe-fixes` as well, `Display` never (the finding only describes the change).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    Display,
    Unsafe,
    Safe,
}

impl Applicability {
    pub fn name(self) -> &'static str {
        match self {
            Applicability::Display => "display",
            Applicability::Unsafe => "unsafe",
            Applicability::Safe => "safe",
        }
    }
}

/// A file a fix brings into existence (a project's missing `cdktf.json`). It is written only
/// where no file exists yet: creating never overwrites, so a fix cannot clobber a file that
/// appeared after the run looked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NewFile {
    pub path: PathBuf,
    pub text: String,
}

/// One codemod's repair of one finding: a set of edits that only make sense together.
#[derive(Clone, Debug, Serialize)]
pub struct Fix {
    pub title: String,
    pub applicability: Applicability,
    pub edits: Vec<Edit>,
    /// Files the fix creates next to the edited one; empty for almost every fix.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub creates: Vec<NewFile>,
}

impl Fix {
    pub fn new(
        title: impl Into<String>,
        applicability: Applicability,
        mut edits: Vec<Edit>,
    ) -> Fix {
        edits.sort_by_key(|e| (e.start, e.end));
        edits.dedup();
        Fix {
            title: title.into(),
            applicability,
            edits,
            creates: Vec::new(),
        }
    }

    /// A fix that creates `file` and edits nothing.
    pub fn create(title: impl Into<String>, applicability: Applicability, file: NewFile) -> Fix {
        Fix {
            title: title.into(),
            applicability,
            edits: Vec::new(),
            creates: vec![file],
        }
    }

    /// A fix whose own edits overlap is malformed; the engine refuses it rather than guessing.
    pub fn is_well_formed(&self, len: usize) -> bool {
        self.edits.iter().all(|e| e.start <= e.end && e.end <= len)
            && self.edits.windows(2).all(|w| {
                w[0].end <= w[1].start
                    && !(w[0].start == w[0].end
                        && w[1].start == w[1].end
                        && w[0].start == w[1].start)
            })
    }

    pub fn conflicts_with(&self, taken: &[Edit]) -> bool {
        self.edits
            .iter()
            .any(|e| taken.iter().any(|t| t.conflicts(e)))
    }
}

/// Apply non-overlapping edits to `src`. Inserted text uses `\n`; in a CRLF file it is written
/// with `\r\n` so the file keeps one line-ending style.
pub fn apply(src: &str, edits: &[Edit], crlf: bool) -> String {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(src.len() + 64);
    let mut pos = 0;
    for e in sorted {
        debug_assert!(e.start >= pos, "overlapping edits reached apply()");
        out.push_str(&src[pos..e.start]);
        if crlf {
            push_crlf(&mut out, &e.text);
        } else {
            out.push_str(&e.text);
        }
        pos = e.end;
    }
    out.push_str(&src[pos..]);
    out
}

/// `text` with every bare `\n` written as `\r\n`, as `apply` inserts it into a CRLF file.
pub fn to_crlf(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_crlf(&mut out, text);
    out
}

fn push_crlf(out: &mut String, text: &str) {
    let mut prev = '\0';
    for c in text.chars() {
        if c == '\n' && prev != '\r' {
            out.push('\r');
        }
        out.push(c);
        prev = c;
    }
}

/// Whether the file uses CRLF line endings (judged by its first line break).
pub fn is_crlf(src: &str) -> bool {
    src.find('\n')
        .is_some_and(|i| i > 0 && src.as_bytes()[i - 1] == b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apply_keeps_untouched_bytes() {
        let src = "a = 1\nb = 2\n";
        let out = apply(src, &[Edit::replace(4, 5, "10")], false);
        assert_eq!(out, "a = 10\nb = 2\n");
    }

    #[test]
    fn crlf_inserts_stay_crlf() {
        let src = "a = 1\r\nb = 2\r\n";
        let out = apply(src, &[Edit::insert(7, "c = 3\n")], true);
        assert_eq!(out, "a = 1\r\nc = 3\r\nb = 2\r\n");
        assert!(is_crlf(src));
        assert!(!is_crlf("x\ny\r\n"));
    }

    #[test]
    fn touching_edits_conflict() {
        let a = Edit::insert(5, "x");
        assert!(a.conflicts(&Edit::insert(5, "y")));
        assert!(a.conflicts(&Edit::replace(3, 5, "")));
        assert!(!a.conflicts(&Edit::replace(6, 8, "")));
    }

    #[test]
    fn malformed_fix_is_detected() {
        let f = Fix::new(
            "t",
            Applicability::Safe,
            vec![Edit::replace(0, 4, ""), Edit::replace(2, 6, "")],
        );
        assert!(!f.is_well_formed(10));
        let g = Fix::new(
            "t",
            Applicability::Safe,
            vec![Edit::replace(0, 4, ""), Edit::insert(4, "x")],
        );
        assert!(g.is_well_formed(10));
        assert!(!g.is_well_formed(3));
    }
}
