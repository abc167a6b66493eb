//! `--pr-body FILE`: a Markdown description for the pull request a bot opens with the fixes, so a
//! reviewer sees per codemod what changed, why, and where, and what is left for a human.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use super::doc::{Doc, DocApplied, DocFinding, RuleMeta, first_sentence, relative_path, rules_for};

/// Lists longer than this fold into a `<details>` block.
const FOLD_AFTER: usize = 10;

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Text on one line, without anything GitHub would take for HTML.
fn inline(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn code_span(s: &str) -> String {
    if s.contains('`') {
        format!("`` {s} ``")
    } else {
        format!("`{s}`")
    }
}

fn heading(out: &mut String, code: &str, name: &str, rule: Option<&RuleMeta>) {
    let safety = rule
        .map(|r| r.safety.as_str())
        .filter(|s| !s.is_empty())
        .unwrap_or("note");
    let _ = writeln!(out, "#### {code} `{name}` ({safety})\n");
    if let Some(r) = rule {
        let why = first_sentence(&r.rationale);
        let why = if why.is_empty() {
            first_sentence(&r.message)
        } else {
            why
        };
        let mut line = inline(&why);
        if !r.url.is_empty() {
            let _ = write!(line, " [More]({})", r.url);
        }
        if !line.trim().is_empty() {
            let _ = writeln!(out, "{line}\n");
        }
    }
}

fn list(out: &mut String, items: &[String], what: &str) {
    let body: String = items.iter().map(|i| format!("- {i}\n")).collect();
    if items.len() > FOLD_AFTER {
        let _ = writeln!(
            out,
            "<details><summary>{}</summary>\n\n{body}\n</details>\n",
            plural(items.len(), what, &format!("{what}s"))
        );
    } else {
        let _ = writeln!(out, "{body}");
    }
}

pub fn render(doc: &Doc, codemods: &[RuleMeta], cwd: &Path) -> String {
    let rules = rules_for(codemods, doc);
    let rule = |code: &str| rules.iter().find(|r| r.code == code);
    let would = doc.mode == "diff";
    let fixed = doc.applied.len();
    let files: std::collections::BTreeSet<&str> =
        doc.applied.iter().map(|a| a.path.as_str()).collect();
    let mut out = String::new();
    let verb = if would { "to apply" } else { "applied" };
    let _ = writeln!(
        out,
        "## cdktf-fix: {} {verb} in {}, {} left\n",
        plural(fixed, "fix", "fixes"),
        plural(files.len(), "file", "files"),
        plural(doc.findings.len(), "finding", "findings")
    );
    let mut by_code: BTreeMap<&str, Vec<&DocApplied>> = BTreeMap::new();
    for a in &doc.applied {
        by_code.entry(&a.code).or_default().push(a);
    }
    let _ = writeln!(
        out,
        "{} {} from {} in {} (checked {}).\n",
        if would {
            "`cdktf-fix --diff` would apply"
        } else {
            "`cdktf-fix --fix` applied"
        },
        plural(fixed, "fix", "fixes"),
        plural(by_code.len(), "codemod", "codemods"),
        plural(files.len(), "file", "files"),
        plural(doc.summary.files_checked, "file", "files"),
    );
    if !by_code.is_empty() {
        let _ = writeln!(out, "### Fixed\n");
    }
    for (code, applied) in &by_code {
        heading(&mut out, code, &applied[0].codemod, rule(code));
        let items: Vec<String> = applied
            .iter()
            .map(|a| {
                let (p, _) = relative_path(&a.path, cwd);
                format!("{} line {}: {}", code_span(&p), a.line, inline(&a.title))
            })
            .collect();
        list(&mut out, &items, "fix");
    }
    if !doc.findings.is_empty() {
        let _ = writeln!(
            out,
            "### Not fixed ({})\n\nThese need a human, or `--unsafe-fixes` where a fix is marked unsafe.\n",
            doc.findings.len()
        );
        let mut by_code: BTreeMap<&str, Vec<&DocFinding>> = BTreeMap::new();
        for f in &doc.findings {
            by_code.entry(&f.code).or_default().push(f);
        }
        for (code, found) in &by_code {
            heading(&mut out, code, &found[0].codemod, rule(code));
            let items: Vec<String> = found
                .iter()
                .map(|f| {
                    let (p, _) = relative_path(&f.path, cwd);
                    let marker = match f.fix_applicability() {
                        Some("unsafe") => " (unsafe fix available)",
                        Some("safe") => " (safe fix available)",
                        _ => "",
                    };
                    format!(
                        "{}: {}{marker}",
                        code_span(&format!("{p}:{}:{}", f.start.line, f.start.column)),
                        inline(&f.message)
                    )
                })
                .collect();
            list(&mut out, &items, "finding");
        }
    }
    if !doc.errors.is_empty() {
        let _ = writeln!(out, "### Errors\n");
        let items: Vec<String> = doc.errors.iter().map(|e| inline(&e.message)).collect();
        list(&mut out, &items, "error");
    }
    if files.len() > 1 {
        let mut per_file: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for a in &doc.applied {
            per_file
                .entry(relative_path(&a.path, cwd).0)
                .or_default()
                .push(format!("{} (line {})", a.code, a.line));
        }
        let _ = writeln!(
            out,
            "<details><summary>Fixes by file</summary>\n\n{}\n</details>\n",
            per_file
                .iter()
                .map(|(p, c)| format!("- {}: {}\n", code_span(p), c.join(", ")))
                .collect::<String>()
        );
    }
    let _ = writeln!(out, "<sub>cdktf-fix {}</sub>", doc.tool_version);
    out
}
