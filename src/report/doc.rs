//! The JSON report (schema_version 1) as owned data. `--merge-reports` reads shards' reports into
//! it, and the SARIF, GitHub and pull-request renderers read only this, also for a live run (which
//! goes through its own JSON first): so a merged report renders exactly like an unsharded one.
//!
//! Fields this model does not know are kept (`extra`) so a merge never drops what a newer writer
//! added; `fix` stays raw JSON for the same reason and is interpreted where it is rendered.

use std::collections::HashSet;
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::Summary;
use crate::engine::spec::{Codemod, Safety};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Doc {
    pub schema_version: u32,
    pub tool: String,
    pub tool_version: String,
    pub mode: String,
    pub findings: Vec<DocFinding>,
    pub applied: Vec<DocApplied>,
    pub errors: Vec<DocError>,
    /// Said once per run (no provider index matches the project, ...), sorted.
    #[serde(default)]
    pub notes: Vec<String>,
    pub summary: Summary,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocFinding {
    pub path: String,
    pub codemod: String,
    pub code: String,
    pub message: String,
    pub start: Pos,
    pub end: Pos,
    pub status: String,
    pub fix: Option<DocFix>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bom: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub crlf: bool,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A fix as `edit::Fix` writes it. Edits that are not plain byte ranges of the finding's file
/// (a file the fix creates) keep whatever fields they have.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocFix {
    pub title: String,
    pub applicability: String,
    pub edits: Vec<DocEdit>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocEdit {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl DocEdit {
    pub fn content(&self) -> &str {
        self.text
            .as_deref()
            .or_else(|| {
                ["content", "contents"]
                    .iter()
                    .find_map(|k| self.extra.get(*k).and_then(Value::as_str))
            })
            .unwrap_or("")
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocApplied {
    pub path: String,
    pub codemod: String,
    pub code: String,
    pub title: String,
    pub line: usize,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocError {
    pub path: String,
    /// The whole problem as one line, the path and position first (as the text output shows it).
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// A file that could not be read, checked or written: exit 2.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fatal: bool,
}

/// The order of findings in every report: path, then position, then code.
pub fn finding_key<'a>(
    path: &'a str,
    line: usize,
    column: usize,
    code: &'a str,
) -> (&'a str, usize, usize, &'a str) {
    (path, line, column, code)
}

impl DocFinding {
    /// The applicability of the fix on offer (`safe`, `unsafe`), if any.
    pub fn fix_applicability(&self) -> Option<&str> {
        self.fix.as_ref().map(|f| f.applicability.as_str())
    }
    pub fn fix_title(&self) -> Option<&str> {
        self.fix.as_ref().map(|f| f.title.as_str())
    }
}

/// The text report's line for a finding (as `report::finding_line` prints it in a live run).
pub fn finding_line(f: &DocFinding) -> String {
    let marker = match f.fix_applicability() {
        Some("safe") => " [*]",
        Some("unsafe") => " [unsafe fix]",
        _ => "",
    };
    format!(
        "{}:{}:{}: {}{} [{}] {}",
        f.path, f.start.line, f.start.column, f.code, marker, f.codemod, f.message
    )
}

impl Doc {
    /// The report of a live run, built from its file reports (the same document `--format json`
    /// writes and `--merge-reports` reads). Each finding carries the fix that `--fix` with
    /// `permission` (safe, or unsafe too) would apply, or the most trusted one on offer when the
    /// permission allows none.
    pub fn build(
        reports: &[super::FileReport],
        summary: &Summary,
        mode: super::Mode,
        extra_errors: &[crate::engine::Problem],
        permission: crate::engine::edit::Applicability,
    ) -> Doc {
        let error = |e: &crate::engine::Problem| DocError {
            path: e.path.to_string_lossy().into_owned(),
            message: e.to_string(),
            line: e.line,
            column: e.column,
            fatal: e.fatal,
        };
        let mut doc = Doc {
            schema_version: SCHEMA_VERSION,
            tool: "cdktf-fix".into(),
            tool_version: env!("CARGO_PKG_VERSION").into(),
            mode: mode.name().into(),
            findings: Vec::new(),
            applied: Vec::new(),
            errors: extra_errors.iter().map(error).collect(),
            notes: super::notes(reports)
                .into_iter()
                .map(String::from)
                .collect(),
            summary: summary.clone(),
        };
        for r in reports {
            let path = r.path.to_string_lossy().into_owned();
            let listed = if mode == super::Mode::Check {
                &r.findings
            } else {
                &r.remaining
            };
            for f in listed {
                let fix = f
                    .fix_allowed(Some(permission))
                    .or_else(|| f.best_fix())
                    .and_then(|fix| serde_json::to_value(fix).ok())
                    .and_then(|v| serde_json::from_value(v).ok());
                doc.findings.push(DocFinding {
                    path: path.clone(),
                    codemod: f.codemod.clone(),
                    code: f.code.clone(),
                    message: f.message.clone(),
                    start: Pos {
                        line: f.start.line,
                        column: f.start.column,
                    },
                    end: Pos {
                        line: f.end.line,
                        column: f.end.column,
                    },
                    status: if mode == super::Mode::Check {
                        "reported".into()
                    } else {
                        "remaining".into()
                    },
                    fix,
                    bom: r.bom,
                    crlf: r.crlf,
                    extra: Map::new(),
                });
            }
            for a in &r.applied {
                doc.applied.push(DocApplied {
                    path: path.clone(),
                    codemod: a.codemod.clone(),
                    code: a.code.clone(),
                    title: a.title.clone(),
                    line: a.line,
                    extra: Map::new(),
                });
            }
            doc.errors.extend(r.errors.iter().map(error));
        }
        // One order whatever the walk's order or sharding: `--merge-reports` sorts the same
        // way, so merged shards equal an unsharded run. Stable sorts keep a file's own order.
        doc.sort();
        doc
    }

    pub fn parse(text: &str, origin: &str) -> Result<Doc, String> {
        let doc: Doc = serde_json::from_str(text)
            .map_err(|e| format!("{origin}: not a cdktf-fix JSON report: {e}"))?;
        if doc.schema_version != SCHEMA_VERSION || doc.tool != "cdktf-fix" {
            return Err(format!(
                "{origin}: expected a cdktf-fix report with schema_version {SCHEMA_VERSION}, found tool `{}` schema_version {}",
                doc.tool, doc.schema_version
            ));
        }
        Ok(doc)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// The order of every report: findings by path and position, fixes by path and line.
    fn sort(&mut self) {
        self.findings.sort_by(|a, b| {
            finding_key(&a.path, a.start.line, a.start.column, &a.code).cmp(&finding_key(
                &b.path,
                b.start.line,
                b.start.column,
                &b.code,
            ))
        });
        self.applied
            .sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
        self.errors.sort_by(|a, b| a.path.cmp(&b.path));
    }
}

/// One report from the reports of disjoint shards of one run: findings, fixes and errors are
/// concatenated and sorted as an unsharded run sorts them, summary counts add up. Errors that
/// name no file (from the walk, which every shard repeats) are kept once.
pub fn merge(docs: Vec<Doc>) -> Result<Doc, String> {
    let mut iter = docs.into_iter();
    let Some(mut out) = iter.next() else {
        return Err("--merge-reports needs at least one report".into());
    };
    for d in iter {
        if d.mode != out.mode {
            return Err(format!(
                "cannot merge a `{}` report with a `{}` report",
                out.mode, d.mode
            ));
        }
        if d.tool_version != out.tool_version {
            return Err(format!(
                "cannot merge reports of cdktf-fix {} and {}",
                out.tool_version, d.tool_version
            ));
        }
        out.findings.extend(d.findings);
        out.applied.extend(d.applied);
        out.errors.extend(d.errors);
        out.notes.extend(d.notes);
        out.summary.add(&d.summary);
    }
    out.sort();
    out.notes.sort();
    out.notes.dedup();
    let mut seen = HashSet::new();
    out.errors
        .retain(|e| !e.path.is_empty() || seen.insert(e.message.clone()));
    Ok(out)
}

/// What the renderers need to know about a codemod (a rule, in SARIF's words).
#[derive(Clone, Debug)]
pub struct RuleMeta {
    pub code: String,
    pub name: String,
    /// `safe`, `unsafe`, `detect`; empty for findings that come from no spec (CFX000).
    pub safety: String,
    pub language: String,
    pub message: String,
    pub rationale: String,
    pub url: String,
}

impl RuleMeta {
    pub fn from_codemod(c: &Codemod) -> RuleMeta {
        RuleMeta {
            code: c.code.clone(),
            name: c.id.clone(),
            safety: c.safety.name().to_string(),
            language: c.lang.name().to_string(),
            message: c.message.clone(),
            rationale: c.rationale.clone(),
            url: c.url.clone(),
        }
    }

    /// Detect-only codemods and the tool's own notes (unused suppressions) are notes; anything a
    /// codemod can fix is a warning. Nothing is an `error`: that level is left to problems that
    /// stop a file from being checked at all (toolExecutionNotifications, `::error`).
    pub fn is_note(&self) -> bool {
        self.safety.is_empty() || self.safety == Safety::Detect.name()
    }
}

/// Rules for `codemods`, plus one for each code that occurs in `doc` but in no codemod (the
/// unused-suppression note, or a codemod a shard had and the merging run does not).
pub fn rules_for(codemods: &[RuleMeta], doc: &Doc) -> Vec<RuleMeta> {
    let mut rules: Vec<RuleMeta> = codemods.to_vec();
    let mut known: HashSet<String> = rules.iter().map(|r| r.code.clone()).collect();
    let mut extra: Vec<RuleMeta> = Vec::new();
    for f in &doc.findings {
        if known.insert(f.code.clone()) {
            let own = f.codemod == crate::engine::UNUSED_SUPPRESSION;
            extra.push(RuleMeta {
                code: f.code.clone(),
                name: f.codemod.clone(),
                safety: String::new(),
                language: String::new(),
                message: if own {
                    "A `# cdktf-fix: ignore` comment that silences nothing".into()
                } else {
                    f.codemod.clone()
                },
                rationale: if own {
                    "A suppression that matches no finding hides nothing today and would hide a real finding tomorrow; remove it.".into()
                } else {
                    String::new()
                },
                url: String::new(),
            });
        }
    }
    extra.sort_by(|a, b| a.code.cmp(&b.code));
    rules.extend(extra);
    rules
}

/// A report path as a relative path with forward slashes: relative to `cwd` when it lies inside
/// it, `./` removed. Paths outside `cwd` stay absolute (`None` for the relative form).
pub fn relative_path(path: &str, cwd: &Path) -> (String, bool) {
    let p = Path::new(path);
    let rel = if p.is_absolute() {
        match p.strip_prefix(cwd) {
            Ok(r) => r,
            Err(_) => return (path.replace('\\', "/"), false),
        }
    } else {
        p
    };
    let parts: Vec<String> = rel
        .components()
        .filter_map(|c| match c {
            std::path::Component::CurDir => None,
            c => Some(c.as_os_str().to_string_lossy().into_owned()),
        })
        .collect();
    (parts.join("/"), true)
}

/// The first sentence of a rationale, on one line.
pub fn first_sentence(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let bytes = flat.as_bytes();
    for (i, _) in flat.match_indices(". ") {
        let next = bytes.get(i + 2).copied().unwrap_or(b' ');
        // "e.g. x" and "1.10 x" are not sentence ends; a capital, backtick or quote starts one.
        let prev_short = flat[..i]
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.len() <= 3 && w.contains('.'));
        if (next.is_ascii_uppercase() || next == b'`' || next == b'"') && !prev_short {
            return flat[..=i].to_string();
        }
    }
    flat
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentence_stops_at_a_sentence_end() {
        assert_eq!(
            first_sentence("It breaks.\nSee `x`, e.g. Foo. Then more."),
            "It breaks."
        );
        assert_eq!(
            first_sentence("Use e.g. Foo here. Next."),
            "Use e.g. Foo here."
        );
        assert_eq!(first_sentence("one line"), "one line");
    }

    #[test]
    fn relative_paths_use_forward_slashes() {
        let cwd = Path::new("/repo");
        assert_eq!(
            relative_path("./lib/a.py", cwd),
            ("lib/a.py".to_string(), true)
        );
        assert_eq!(
            relative_path("/repo/lib/a.py", cwd),
            ("lib/a.py".to_string(), true)
        );
        assert!(!relative_path("/elsewhere/a.py", cwd).1);
    }
}
