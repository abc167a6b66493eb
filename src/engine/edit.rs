//! Minimal text edits: byte ranges of the original text and their replacement. Fixes never
//! re-print a file; everything outside the ranges stays byte-for-byte as it was.

use std::ops::Range;
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

    /// Whether two edits of different fixes can be applied in one pass: they do not touch, or
    /// they are the same edit (shared), or they only meet at an offset, or one is an insertion at
    /// the other's edge or both are insertions at one offset, which apply in the order the fixes
    /// were picked (appending two rules to one list, or two imports after the last one).
    pub fn composes_with(&self, other: &Edit) -> bool {
        if !self.conflicts(other) || self == other {
            return true;
        }
        let at_edge = |ins: &Edit, r: &Edit| {
            ins.start == ins.end && (ins.start == r.start || ins.start == r.end)
        };
        // Two ranges that meet at one offset without overlapping (two statements removed, one
        // after the other) apply the same in either order.
        let adjacent = self.start < self.end
            && other.start < other.end
            && (self.end == other.start || other.end == self.start);
        adjacent || at_edge(self, other) || at_edge(other, self)
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

/// Edits a fix makes in another file of the run (a renamed parameter's keyword callers).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FileEdits {
    pub path: PathBuf,
    pub edits: Vec<Edit>,
}

/// Something a fix needs declared once per module (a Terraform data source). Every fix that
/// needs it asks; the engine keeps the edits in the first such fix in path order and lets the
/// others rely on it, so a module never declares it twice however many files want it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Declaration {
    /// Names the declaration and its scope, e.g. `<module dir>#data.aws_partition.current`.
    pub key: String,
    /// The edits that declare it, in the fix's own file.
    pub edits: Vec<Edit>,
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
    /// Edits in other checked files that belong to this fix; applied with it or not at all.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_files: Vec<FileEdits>,
    /// Declarations this fix asks the engine for (see [`Declaration`]); resolved before the fix
    /// is reported, into `edits` (the fix that declares) or `needs` (the fixes that rely on it).
    #[serde(skip)]
    pub declares: Vec<Declaration>,
    /// Declaration keys this fix hosts (their edits are in `edits`).
    #[serde(skip)]
    pub hosts: Vec<String>,
    /// Declaration keys another fix hosts: this one is applied only in a pass that applies the
    /// host too, or after it.
    #[serde(skip)]
    pub needs: Vec<String>,
    /// For each imported name whose uses this fix removes only some of: all its uses. A pass
    /// that would remove every use through several fixes holds this one back, so the import is
    /// removed by the fix that removes its last use (see `engine::cleanup`).
    #[serde(skip)]
    pub partial_uses: Vec<Vec<Range<usize>>>,
    /// Ranges the fix was computed from and that no other fix of the same pass may edit (the
    /// import statement it extends): two fixes that each looked at the original statement
    /// must not both change it.
    #[serde(skip)]
    pub guards: Vec<Range<usize>>,
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
            other_files: Vec::new(),
            declares: Vec::new(),
            hosts: Vec::new(),
            needs: Vec::new(),
            partial_uses: Vec::new(),
            guards: Vec::new(),
        }
    }

    /// A fix that creates `file` and edits nothing.
    pub fn create(title: impl Into<String>, applicability: Applicability, file: NewFile) -> Fix {
        let mut f = Fix::new(title, applicability, Vec::new());
        f.creates.push(file);
        f
    }

    /// Ask for `edits` to declare `key` once per module (see [`Declaration`]).
    pub fn declare(mut self, key: impl Into<String>, edits: Vec<Edit>) -> Fix {
        self.declares.push(Declaration {
            key: key.into(),
            edits,
        });
        self
    }

    /// Edits in another checked file that belong to this fix.
    pub fn also(mut self, path: PathBuf, mut edits: Vec<Edit>) -> Fix {
        edits.sort_by_key(|e| (e.start, e.end));
        edits.dedup();
        self.other_files.push(FileEdits { path, edits });
        self
    }

    /// Merge more edits of the fix's own file (cleanups, a hosted declaration), keeping them
    /// sorted; edits identical to one it has are not added twice.
    pub fn add_edits(&mut self, edits: impl IntoIterator<Item = Edit>) {
        for e in edits {
            if !self.edits.contains(&e) {
                self.edits.push(e);
            }
        }
        self.edits.sort_by_key(|e| (e.start, e.end));
    }

    /// A fix whose own edits overlap is malformed; the engine refuses it rather than guessing.
    pub fn is_well_formed(&self, len: usize) -> bool {
        well_formed(&self.edits, len)
    }

    /// Whether any edit touches one already taken; an identical edit (the same import line two
    /// fixes add) is shared, not a conflict.
    pub fn conflicts_with(&self, taken: &[Edit]) -> bool {
        conflicts(&self.edits, taken)
    }
}

/// Edits that can be applied together: in bounds, sorted, not overlapping, no two inserts at one
/// offset.
pub fn well_formed(edits: &[Edit], len: usize) -> bool {
    edits.iter().all(|e| e.start <= e.end && e.end <= len)
        && edits.windows(2).all(|w| {
            w[0].end <= w[1].start
                && !(w[0].start == w[0].end && w[1].start == w[1].end && w[0].start == w[1].start)
        })
}

/// Whether any of `edits` touches one of `taken` (identical edits are shared).
pub fn conflicts(edits: &[Edit], taken: &[Edit]) -> bool {
    edits
        .iter()
        .any(|e| taken.iter().any(|t| t != e && t.conflicts(e)))
}

/// The edits (or guarded ranges) a pass has taken in one file, ordered by position, so that a
/// pass that takes thousands of fixes checks each against its neighbours only.
#[derive(Default)]
pub struct Taken {
    by_start: std::collections::BTreeMap<(usize, usize), Vec<Edit>>,
}

impl Taken {
    /// The taken edits that touch `e`. Taken edits never overlap each other except where they
    /// compose (insertions at an edge), so their ends grow with their starts and the scan stops
    /// at the first that ends before `e`.
    fn touching<'s>(&'s self, e: &'s Edit) -> impl Iterator<Item = &'s Edit> + 's {
        self.by_start
            .range(..=(e.end, usize::MAX))
            .rev()
            .take_while(move |((_, end), _)| *end >= e.start)
            .flat_map(|(_, v)| v.iter())
            .filter(move |t| t.conflicts(e))
    }

    /// Whether `e` cannot join the pass (see [`Edit::composes_with`]).
    pub fn blocks(&self, e: &Edit) -> bool {
        self.touching(e).any(|t| !t.composes_with(e))
    }

    /// Whether `e` touches any taken range at all (for guards, which nothing may touch).
    pub fn touches(&self, e: &Edit) -> bool {
        self.touching(e).any(|t| t != e)
    }

    /// Whether this very edit is taken.
    pub fn contains(&self, e: &Edit) -> bool {
        self.by_start
            .get(&(e.start, e.end))
            .is_some_and(|v| v.contains(e))
    }

    /// Whether a taken edit replaces all of `r`.
    pub fn covers(&self, r: &Range<usize>) -> bool {
        let probe = Edit::delete(r.start, r.end);
        self.touching(&probe)
            .any(|t| t.start <= r.start && r.end <= t.end)
    }

    pub fn add(&mut self, e: &Edit) {
        let v = self.by_start.entry((e.start, e.end)).or_default();
        if !v.contains(e) {
            v.push(e.clone());
        }
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
