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
    let name = |p: &Path| {
        p.to_string_lossy()
            .replace('\\', "/")
            .trim_start_matches("./")
            .to_string()
    };
    let from = old_path.map_or("/dev/null".to_string(), |p| format!("a/{}", name(p)));
    let mut out = String::new();
    let _ = write!(
        out,
        "{}",
        similar::TextDiff::from_lines(old, new)
            .unified_diff()
            .context_radius(3)
            .header(&from, &format!("b/{}", name(path)))
    );
    out
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

pub fn text_summary(s: &Summary, mode: Mode) -> String {
    let mut out = String::new();
    match mode {
        Mode::Fix => {
            let _ = write!(
                out,
                "Found {} finding(s) ({} fixed, {} remaining).",
                s.findings, s.fixed, s.remaining
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
                "Found {} finding(s) in {} file(s).",
                s.findings, s.files_checked
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
