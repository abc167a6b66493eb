//! Output: findings as text (one line each, ruff's layout) or JSON (stable schema, documented in
//! README), unified diffs that `git apply` accepts, and the closing summary.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::engine::edit::Applicability;
use crate::engine::{AppliedFix, Finding};

pub mod doc;
pub mod export;
pub mod github;
pub mod pr_body;
pub mod sarif;

/// Everything that happened to one file.
#[derive(Debug, Default)]
pub struct FileReport {
    pub path: PathBuf,
    pub findings: Vec<Finding>,
    pub remaining: Vec<Finding>,
    pub applied: Vec<AppliedFix>,
    /// Fixed content would differ (dry-run) or was written (fix).
    pub changed: bool,
    pub diff: Option<String>,
    /// `cdktf-fix --fix -`: the text to print instead of writing a file.
    pub stdout: Option<Vec<u8>>,
    pub errors: Vec<crate::engine::Problem>,
    /// A problem that must fail the run: unreadable, syntax error, not written, no convergence.
    pub failed_io: bool,
    pub failed_check: bool,
    /// Files the applied fixes create (written or shown after every file has been processed, so
    /// two app files that want the same `cdktf.json` create it once).
    pub created: Vec<crate::engine::edit::NewFile>,
    pub notes: Vec<String>,
    /// The file starts with a UTF-8 BOM: edit offsets exclude it, SARIF byte offsets count it.
    pub bom: bool,
    /// The file uses CRLF: inserted `\n` is written as `\r\n`.
    pub crlf: bool,
}

/// A unified diff between two versions of a file, with `a/` and `b/` prefixes for `git apply`.
pub fn unified_diff(path: &Path, old: &str, new: &str) -> String {
    diff(Some(path), path, old, new)
}

/// The diff that creates `path` with `text`, in the form `git apply` takes for a new file.
pub fn creation_diff(path: &Path, text: &str) -> String {
    diff(None, path, "", text)
}

/// `old` is `None` for a file that does not exist yet (`--- /dev/null`).
fn diff(old_path: Option<&Path>, path: &Path, old: &str, new: &str) -> String {
    let from = old_path.map_or("/dev/null".to_string(), |p| header_name("a/", p));
    // Lines end at `\n` only, as git reads them: a `\r` is part of its line, and a last line
    // without `\n` gets git's "\ No newline at end of file" (else the next file's header would
    // be glued to it).
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
    let diff = similar::TextDiff::configure().diff_slices(&old_lines, &new_lines);
    let groups = diff.grouped_ops(3);
    if groups.is_empty() {
        return String::new();
    }
    let mut out = format!("--- {from}\n+++ {}\n", header_name("b/", path));
    for group in groups {
        let (Some(first), Some(last)) = (group.first(), group.last()) else {
            continue;
        };
        let (old_start, new_start) = (first.old_range().start, first.new_range().start);
        let old_len = last.old_range().end - old_start;
        let new_len = last.new_range().end - new_start;
        // Unified diff numbers lines from 1; an empty range is numbered by the line before it.
        let at = |start: usize, len: usize| if len == 0 { start } else { start + 1 };
        let _ = writeln!(
            out,
            "@@ -{},{old_len} +{},{new_len} @@",
            at(old_start, old_len),
            at(new_start, new_len)
        );
        for op in &group {
            for change in diff.iter_changes(op) {
                let sign = match change.tag() {
                    similar::ChangeTag::Equal => ' ',
                    similar::ChangeTag::Delete => '-',
                    similar::ChangeTag::Insert => '+',
                };
                let line = change.value();
                out.push(sign);
                out.push_str(line);
                if !line.ends_with('\n') {
                    out.push_str("\n\\ No newline at end of file\n");
                }
            }
        }
    }
    out
}

/// A path in a diff header as git writes it: `/`-separated, and quoted with C escapes when it
/// has a byte git would quote (control characters, `"`, `\\`, non-ASCII).
fn header_name(prefix: &str, p: &Path) -> String {
    let mut bytes: Vec<u8> = prefix.as_bytes().to_vec();
    let mut first = true;
    for c in p.components() {
        let part = match c {
            std::path::Component::Normal(s) => s,
            std::path::Component::ParentDir => std::ffi::OsStr::new(".."),
            _ => continue,
        };
        if !first {
            bytes.push(b'/');
        }
        first = false;
        bytes.extend_from_slice(&os_bytes(part));
    }
    git_quote(&bytes)
}

#[cfg(unix)]
fn os_bytes(s: &std::ffi::OsStr) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    s.as_bytes().to_vec()
}

#[cfg(not(unix))]
fn os_bytes(s: &std::ffi::OsStr) -> Vec<u8> {
    s.to_string_lossy().into_owned().into_bytes()
}

/// git's `quote_c_style`: the name as is when it needs no quoting, else in double quotes with
/// `\t`-style escapes and octal for other bytes.
fn git_quote(b: &[u8]) -> String {
    let needs = b
        .iter()
        .any(|&c| c < 0x20 || c == 0x7f || c == b'"' || c == b'\\' || c >= 0x80);
    if !needs {
        return String::from_utf8_lossy(b).into_owned();
    }
    let mut s = String::from("\"");
    for &c in b {
        match c {
            0x07 => s.push_str("\\a"),
            0x08 => s.push_str("\\b"),
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            0x0b => s.push_str("\\v"),
            0x0c => s.push_str("\\f"),
            b'\r' => s.push_str("\\r"),
            b'"' => s.push_str("\\\""),
            b'\\' => s.push_str("\\\\"),
            c if !(0x20..0x7f).contains(&c) => s.push_str(&format!("\\{c:03o}")),
            c => s.push(c as char),
        }
    }
    s.push('"');
    s
}

/// Notes of every file, each said once, sorted (so shards merge to the same list).
pub fn notes(reports: &[FileReport]) -> Vec<&str> {
    let mut all: Vec<&str> = reports
        .iter()
        .flat_map(|r| r.notes.iter().map(String::as_str))
        .collect();
    all.sort_unstable();
    all.dedup();
    all
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Summary {
    pub files_checked: usize,
    /// Files with at least one finding (what "in N file(s)" counts).
    pub files_with_findings: usize,
    pub findings: usize,
    pub fixed: usize,
    pub remaining: usize,
    pub fixable_safe: usize,
    pub fixable_unsafe: usize,
    pub files_changed: usize,
    pub errors: usize,
}

impl Summary {
    /// Counts of disjoint runs (shards) add up field by field.
    pub fn add(&mut self, o: &Summary) {
        self.files_checked += o.files_checked;
        self.files_with_findings += o.files_with_findings;
        self.findings += o.findings;
        self.fixed += o.fixed;
        self.remaining += o.remaining;
        self.fixable_safe += o.fixable_safe;
        self.fixable_unsafe += o.fixable_unsafe;
        self.files_changed += o.files_changed;
        self.errors += o.errors;
    }
}

pub fn summarize(reports: &[FileReport], apply: Option<Applicability>) -> Summary {
    let mut s = Summary {
        files_checked: reports.len(),
        ..Summary::default()
    };
    for r in reports {
        s.findings += r.findings.len();
        s.files_with_findings += usize::from(!r.findings.is_empty());
        s.fixed += r.applied.len();
        s.remaining += r.remaining.len();
        s.files_changed += usize::from(r.changed);
        s.errors += r.errors.len();
        let pool = if apply.is_some() {
            &r.remaining
        } else {
            &r.findings
        };
        for f in pool {
            match f.best_fix().map(|x| x.applicability) {
                Some(Applicability::Safe) => s.fixable_safe += 1,
                Some(Applicability::Unsafe) => s.fixable_unsafe += 1,
                _ => {}
            }
        }
    }
    s
}

fn marker(f: &Finding) -> &'static str {
    match f.best_fix().map(|x| x.applicability) {
        Some(Applicability::Safe) => " [*]",
        Some(Applicability::Unsafe) => " [unsafe fix]",
        _ => "",
    }
}

pub fn finding_line(path: &Path, f: &Finding) -> String {
    format!(
        "{}:{}:{}: {}{} [{}] {}",
        path.display(),
        f.start.line,
        f.start.column,
        f.code,
        marker(f),
        f.codemod,
        f.message
    )
}

/// `--statistics`: findings per codemod, most first, with how many have a fix, as ruff prints
/// them (`count code name fixable`).
pub fn statistics(reports: &[FileReport], mode: Mode) -> String {
    let mut rows: std::collections::BTreeMap<(&str, &str), (usize, usize, usize)> =
        Default::default();
    for r in reports {
        let listed = if mode == Mode::Check {
            &r.findings
        } else {
            &r.remaining
        };
        for f in listed {
            let row = rows
                .entry((f.code.as_str(), f.codemod.as_str()))
                .or_default();
            row.0 += 1;
            match f.best_fix().map(|x| x.applicability) {
                Some(Applicability::Safe) => row.1 += 1,
                Some(Applicability::Unsafe) => row.2 += 1,
                _ => {}
            }
        }
    }
    let mut rows: Vec<_> = rows.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(&b.0)));
    let width = rows
        .iter()
        .map(|r| r.1.0.to_string().len())
        .max()
        .unwrap_or(1);
    let mut out = String::new();
    for ((code, name), (n, safe, unsafe_)) in rows {
        let fix = match (safe, unsafe_) {
            (0, 0) => String::new(),
            (s, 0) if s == n => " [*]".to_string(),
            (0, u) if u == n => " [unsafe fix]".to_string(),
            (s, u) => format!(" [*] {s} safe, {u} unsafe"),
        };
        let _ = writeln!(out, "{n:>width$}\t{code:<7}\t{name}{fix}");
    }
    out
}

pub fn text_summary(s: &Summary, mode: Mode) -> String {
    let mut out = String::new();
    match mode {
        Mode::Fix => {
            let _ = write!(
                out,
                "Found {} finding(s) in {} of {} file(s) checked ({} fixed, {} remaining).",
                s.findings, s.files_with_findings, s.files_checked, s.fixed, s.remaining
            );
        }
        Mode::Diff => {
            let _ = write!(
                out,
                "Would fix {} finding(s) in {} file(s) ({} would remain).",
                s.fixed, s.files_changed, s.remaining
            );
        }
        Mode::Check => {
            let _ = write!(
                out,
                "Found {} finding(s) in {} of {} file(s) checked.",
                s.findings, s.files_with_findings, s.files_checked
            );
            if s.fixable_safe > 0 {
                let _ = write!(out, "\n[*] {} fixable with `--fix`.", s.fixable_safe);
            }
            if s.fixable_unsafe > 0 {
                let _ = write!(
                    out,
                    "\n{} more fixable with `--fix --unsafe-fixes`.",
                    s.fixable_unsafe
                );
            }
        }
    }
    if mode != Mode::Check && s.fixable_unsafe > 0 {
        let _ = write!(
            out,
            "\n{} remaining finding(s) have unsafe fixes (enable with `--unsafe-fixes`).",
            s.fixable_unsafe
        );
    }
    out
}

/// What a run is doing, which decides what its reports list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Report findings.
    Check,
    /// Show the fixes as a diff; write nothing.
    Diff,
    /// Apply the fixes.
    Fix,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Check => "check",
            Mode::Diff => "diff",
            Mode::Fix => "fix",
        }
    }

    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "check" => Some(Mode::Check),
            "diff" => Some(Mode::Diff),
            "fix" => Some(Mode::Fix),
            _ => None,
        }
    }
}

/// The JSON report (`schema_version` 1) of a run.
pub fn json(
    reports: &[FileReport],
    summary: &Summary,
    mode: Mode,
    extra_errors: &[crate::engine::Problem],
    permission: Applicability,
) -> String {
    doc::Doc::build(reports, summary, mode, extra_errors, permission).to_json()
}
