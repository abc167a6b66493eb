//! GitHub Actions workflow commands: one `::warning`/`::notice` annotation per finding (notice
//! for detect-only codemods, the same split as SARIF's warning/note) and one `::error` per file
//! that could not be checked. Paths are relative to the working directory, which in a workflow is
//! the repository root GitHub resolves them against.

use std::fmt::Write as _;
use std::path::Path;

use super::doc::{Doc, RuleMeta, relative_path, rules_for};

/// Escaping of a command's message (GitHub's `escapeData`).
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping of a property value (GitHub's `escapeProperty`): also `:` and `,`, which delimit
/// properties.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(doc: &Doc, codemods: &[RuleMeta], cwd: &Path) -> String {
    let rules = rules_for(codemods, doc);
    let mut out = String::new();
    for f in &doc.findings {
        let rule = rules.iter().find(|r| r.code == f.code);
        let command = match rule {
            Some(r) if !r.is_note() => "warning",
            _ => "notice",
        };
        let (path, _) = relative_path(&f.path, cwd);
        let mut message = f.message.clone();
        match (f.fix_applicability(), f.fix_title()) {
            (Some("safe"), Some(t)) => {
                let _ = write!(message, "\nFix (`cdktf-fix --fix`): {t}");
            }
            (Some("unsafe"), Some(t)) => {
                let _ = write!(
                    message,
                    "\nFix (`cdktf-fix --fix --unsafe-fixes`, review it): {t}"
                );
            }
            _ => {}
        }
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_property(&path),
            f.start.line,
            f.start.column,
            f.end.line,
            f.end.column,
            escape_property(&format!("{} {}", f.code, f.codemod)),
            escape_data(&message)
        );
    }
    for n in &doc.notes {
        let _ = writeln!(out, "::notice title=cdktf-fix::{}", escape_data(n));
    }
    for e in &doc.errors {
        if e.path.is_empty() {
            let _ = writeln!(out, "::error title=cdktf-fix::{}", escape_data(&e.message));
        } else {
            let (path, _) = relative_path(&e.path, cwd);
            let position = match (e.line, e.column) {
                (Some(l), Some(c)) => format!(",line={l},col={c}"),
                (Some(l), None) => format!(",line={l}"),
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "::error file={}{position},title=cdktf-fix::{}",
                escape_property(&path),
                escape_data(&e.message)
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_the_actions_toolkit() {
        assert_eq!(escape_data("50% a\r\nb: c,d"), "50%25 a%0D%0Ab: c,d");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
