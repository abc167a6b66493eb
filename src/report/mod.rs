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
    pub errors: Vec<String>,
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

pub fn text_summary(s: &Summary, mode: &str) -> String {
    let mut out = String::new();
    match mode {
        "fix" => {
            let _ = write!(
                out,
                "Found {} finding(s) ({} fixed, {} remaining).",
                s.findings, s.fixed, s.remaining
            );
        }
        "diff" => {
            let _ = write!(
                out,
                "Would fix {} finding(s) in {} file(s) ({} would remain).",
                s.fixed, s.files_changed, s.remaining
            );
        }
        _ => {
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
    if mode != "check" && s.fixable_unsafe > 0 {
        let _ = write!(
            out,
            "\n{} remaining finding(s) have unsafe fixes (enable with `--unsafe-fixes`).",
            s.fixable_unsafe
        );
    }
    out
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    path: String,
    codemod: &'a str,
    code: &'a str,
    message: &'a str,
    start: &'a crate::engine::Position,
    end: &'a crate::engine::Position,
    /// "fixed" (applied in this run), "remaining", or "reported" (check mode).
    status: &'static str,
    fix: Option<&'a crate::engine::edit::Fix>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    bom: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    crlf: bool,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    /// Bumped on any incompatible change of this document's shape.
    schema_version: u32,
    tool: &'static str,
    tool_version: &'static str,
    mode: &'a str,
    findings: Vec<JsonFinding<'a>>,
    applied: Vec<JsonApplied<'a>>,
    errors: Vec<JsonError<'a>>,
    /// Said once per run however many files gave them (e.g. no provider index matches).
    notes: Vec<&'a str>,
    summary: &'a Summary,
}

#[derive(Serialize)]
struct JsonApplied<'a> {
    path: String,
    #[serde(flatten)]
    fix: &'a AppliedFix,
}

#[derive(Serialize)]
struct JsonError<'a> {
    path: String,
    message: &'a str,
}

/// The JSON report. Each finding carries the fix that `--fix` with `permission` (safe, or unsafe
/// too) would apply to it, or the most trusted one on offer when the permission allows none.
pub fn json(
    reports: &[FileReport],
    summary: &Summary,
    mode: &str,
    extra_errors: &[String],
    permission: Applicability,
) -> String {
    let mut findings = Vec::new();
    let mut applied = Vec::new();
    let mut errors: Vec<JsonError> = extra_errors
        .iter()
        .map(|m| JsonError {
            path: String::new(),
            message: m,
        })
        .collect();
    for r in reports {
        let path = r.path.to_string_lossy().into_owned();
        let listed = if mode == "check" {
            &r.findings
        } else {
            &r.remaining
        };
        for f in listed {
            findings.push(JsonFinding {
                path: path.clone(),
                codemod: &f.codemod,
                code: &f.code,
                message: &f.message,
                start: &f.start,
                end: &f.end,
                status: if mode == "check" {
                    "reported"
                } else {
                    "remaining"
                },
                fix: f.fix_allowed(Some(permission)).or_else(|| f.best_fix()),
                bom: r.bom,
                crlf: r.crlf,
            });
        }
        for a in &r.applied {
            applied.push(JsonApplied {
                path: path.clone(),
                fix: a,
            });
        }
        for e in &r.errors {
            errors.push(JsonError {
                path: path.clone(),
                message: e,
            });
        }
    }
    // One order whatever the walk's order or sharding: `--merge-reports` sorts the same way, so
    // merged shards equal an unsharded run. Stable sorts keep a file's own order for ties.
    findings.sort_by(|a, b| {
        doc::finding_key(&a.path, a.start.line, a.start.column, a.code).cmp(&doc::finding_key(
            &b.path,
            b.start.line,
            b.start.column,
            b.code,
        ))
    });
    applied.sort_by(|a, b| (&a.path, a.fix.line).cmp(&(&b.path, b.fix.line)));
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    let doc = JsonReport {
        schema_version: 1,
        tool: "cdktf-fix",
        tool_version: env!("CARGO_PKG_VERSION"),
        mode,
        findings,
        applied,
        errors,
        notes: notes(reports),
        summary,
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
