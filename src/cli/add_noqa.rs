//! `--add-noqa`: write a suppression for every current finding, as ruff's `--add-noqa` does, so
//! a large repository can adopt the tool and fix its backlog codemod by codemod. Each finding's
//! first line gets `# cdktf-fix: ignore[CODE, ...]` at its end (merged into a suppression already
//! there). A line that ends inside a multi-line string or heredoc cannot hold a comment: it is
//! left alone and said so. The new text must parse as well as the old, or the file is not
//! written.

use std::collections::BTreeMap;
use std::path::Path;

use crate::lang::{Lang, Root};
use crate::project::{read, write};
use crate::report::FileReport;

const MARKER: &str = "cdktf-fix: ignore";

/// (suppressions added, files written, problems).
pub fn add(
    reports: &[FileReport],
    max_bytes: u64,
    root_of: &dyn Fn(&Path) -> std::path::PathBuf,
) -> (usize, usize, Vec<String>) {
    let mut added = 0;
    let mut written = 0;
    let mut problems = Vec::new();
    for r in reports.iter().filter(|r| !r.findings.is_empty()) {
        let Some(lang) = Lang::from_path(&r.path).filter(|l| *l != Lang::Text) else {
            continue;
        };
        let src = match read::read(&r.path, max_bytes) {
            Ok(s) => s,
            Err(e) => {
                problems.push(format!("{}: {e}", r.path.display()));
                continue;
            }
        };
        let mut codes: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
        for f in &r.findings {
            let c = codes.entry(f.start.line).or_default();
            if !c.contains(&f.code.as_str()) {
                c.push(&f.code);
            }
        }
        let Ok(tree) = lang.parse(&src.text) else {
            continue;
        };
        let inside = multiline_strings(&tree);
        let (text, n, skipped) = with_suppressions(&src.text, &codes, &inside);
        for line in skipped {
            problems.push(format!(
                "{}:{line}: no suppression added: the line ends inside a multi-line string",
                r.path.display()
            ));
        }
        if n == 0 {
            continue;
        }
        let parses = |t: &str| {
            lang.parse(t)
                .map(|root| crate::lang::syntax_error_count(&root))
        };
        if parses(&text).ok() != parses(&src.text).ok() {
            problems.push(format!(
                "{}: suppressions not added: the file would not parse as before",
                r.path.display()
            ));
            continue;
        }
        let bytes = src.encode(&text);
        match write::replace_if_unchanged(&r.path, &src.original, &bytes, &root_of(&r.path)) {
            Ok(()) => {
                added += n;
                written += 1;
            }
            Err(e) => problems.push(format!("{}: {e}", r.path.display())),
        }
    }
    (added, written, problems)
}

/// Byte ranges of strings that span lines (a comment cannot be added at a line end in them).
fn multiline_strings(root: &Root) -> Vec<std::ops::Range<usize>> {
    root.root()
        .dfs()
        .filter(|n| {
            matches!(
                n.kind().as_ref(),
                "string" | "heredoc_template" | "template_literal" | "string_lit"
            ) && n.text().contains('\n')
        })
        .map(|n| n.range())
        .collect()
}

/// The text with each listed line (1-based) ending in a suppression of its codes; how many were
/// added, and the lines that could not take one.
fn with_suppressions(
    text: &str,
    codes: &BTreeMap<usize, Vec<&str>>,
    inside: &[std::ops::Range<usize>],
) -> (String, usize, Vec<usize>) {
    let mut out = String::with_capacity(text.len() + codes.len() * 32);
    let mut added = 0;
    let mut skipped = Vec::new();
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let end = offset + line.len();
        offset = end;
        let Some(wanted) = codes.get(&(i + 1)) else {
            out.push_str(line);
            continue;
        };
        let body = line.trim_end_matches(['\n', '\r']);
        let eol = &line[body.len()..];
        let at = end - eol.len();
        if inside.iter().any(|r| r.start < at && at < r.end) {
            skipped.push(i + 1);
            out.push_str(line);
            continue;
        }
        let merged = match body.rfind(MARKER) {
            // A suppression already there: add the codes it lacks to its list.
            Some(pos) => {
                let after = &body[pos + MARKER.len()..];
                match after.strip_prefix('[').and_then(|a| a.split_once(']')) {
                    Some((inner, rest)) => {
                        let mut names: Vec<&str> = inner
                            .split(',')
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .collect();
                        let before = names.len();
                        names.extend(wanted.iter().filter(|c| !inner.contains(**c)));
                        (names.len() > before).then(|| {
                            format!("{}{MARKER}[{}]{rest}", &body[..pos], names.join(", "))
                        })
                    }
                    // A bare suppression covers everything already.
                    None => None,
                }
            }
            None => Some(format!("{body}  # {MARKER}[{}]", wanted.join(", "))),
        };
        match merged {
            Some(m) => {
                out.push_str(&m);
                added += 1;
            }
            None => out.push_str(body),
        }
        out.push_str(eol);
    }
    (out, added, skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_merges_and_keeps_line_ends() {
        let text = "a = 1\r\nb = 2  # keep\r\nc = 3  # cdktf-fix: ignore[X1]\r\nd = 4  # cdktf-fix: ignore\r\n";
        let mut codes = BTreeMap::new();
        codes.insert(1, vec!["CDK001"]);
        codes.insert(2, vec!["CDK002", "CDK003"]);
        codes.insert(3, vec!["CDK004"]);
        codes.insert(4, vec!["CDK005"]);
        let (out, n, skipped) = with_suppressions(text, &codes, &[]);
        assert_eq!(
            out,
            "a = 1  # cdktf-fix: ignore[CDK001]\r\nb = 2  # keep  # cdktf-fix: ignore[CDK002, CDK003]\r\nc = 3  # cdktf-fix: ignore[X1, CDK004]\r\nd = 4  # cdktf-fix: ignore\r\n"
        );
        assert_eq!((n, skipped), (3, vec![]));
    }

    #[test]
    fn a_line_ending_inside_a_string_is_skipped() {
        let text = "x = f(\"\"\"a\nb\"\"\")\n";
        let mut codes = BTreeMap::new();
        codes.insert(1, vec!["CDK001"]);
        let string = std::ops::Range { start: 4, end: 15 };
        let (out, n, skipped) = with_suppressions(text, &codes, std::slice::from_ref(&string));
        assert_eq!((out.as_str(), n, skipped), (text, 0, vec![1]));
    }
}
