//! SARIF 2.1.0 (one run) for code-scanning services: every selected codemod is a rule, every
//! finding a result, every fix a SARIF `fix`, every file that could not be checked a
//! `toolExecutionNotification`. `tests/formats.rs` validates the output against the official
//! schema.
//!
//! Choices SARIF leaves to the tool: columns count Unicode code points (`columnKind`), like the
//! text and JSON reports; fix regions use `byteOffset`/`byteLength`, which SARIF counts from the
//! beginning of the artifact, so a UTF-8 BOM (which the JSON offsets skip) is counted here, and
//! text inserted into a CRLF file gets CRLF, exactly the bytes `--fix` would write.

use std::path::Path;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use serde_json::{Map, Value, json};

use super::doc::{Doc, DocFinding, RuleMeta, relative_path};

const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";
/// `homepage` from Cargo.toml; SARIF's `informationUri` is left out while it is unset.
const INFORMATION_URI: &str = env!("CARGO_PKG_HOMEPAGE");
const BASE_ID: &str = "%SRCROOT%";

/// Everything a URI path may not hold literally, plus `:` so that a file named `c:x.py` is not
/// read as a URI scheme.
const PATH_SET: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'[')
    .add(b']')
    .add(b'^')
    .add(b'|')
    .add(b'\\')
    .add(b':');

/// An `artifactLocation`: relative to `%SRCROOT%` (the directory the tool ran in) when the file
/// is inside it, else an absolute `file://` URI.
pub fn artifact_location(path: &str, cwd: &Path) -> Value {
    let (p, relative) = relative_path(path, cwd);
    if relative {
        json!({"uri": utf8_percent_encode(&p, PATH_SET).to_string(), "uriBaseId": BASE_ID})
    } else {
        let segments: Vec<String> = p
            .split('/')
            .map(|s| {
                // Keep a Windows drive letter's colon.
                if s.len() == 2 && s.ends_with(':') {
                    s.to_string()
                } else {
                    utf8_percent_encode(s, PATH_SET).to_string()
                }
            })
            .collect();
        let joined = segments.join("/");
        let sep = if joined.starts_with('/') { "" } else { "/" };
        json!({"uri": format!("file://{sep}{joined}")})
    }
}

fn level(rule: Option<&RuleMeta>) -> &'static str {
    match rule {
        Some(r) if !r.is_note() => "warning",
        _ => "note",
    }
}

fn rule_json(r: &RuleMeta) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(r.code));
    m.insert("name".into(), json!(r.name));
    let short = r.message.lines().next().unwrap_or("").trim();
    m.insert("shortDescription".into(), json!({"text": short}));
    if !r.rationale.trim().is_empty() {
        let rationale = r.rationale.trim();
        m.insert("fullDescription".into(), json!({"text": rationale}));
        let mut help = json!({"text": rationale, "markdown": rationale});
        if !r.url.is_empty() {
            help["markdown"] = json!(format!("{rationale}\n\n[More]({})", r.url));
        }
        m.insert("help".into(), help);
    }
    if !r.url.is_empty() {
        m.insert("helpUri".into(), json!(r.url));
    }
    m.insert(
        "defaultConfiguration".into(),
        json!({"level": level(Some(r))}),
    );
    let mut props = Map::new();
    if !r.safety.is_empty() {
        props.insert("safety".into(), json!(r.safety));
    }
    if !r.language.is_empty() {
        props.insert("language".into(), json!(r.language));
        props.insert("tags".into(), json!([r.language]));
    }
    if !props.is_empty() {
        m.insert("properties".into(), Value::Object(props));
    }
    Value::Object(m)
}

/// A finding's fix as a SARIF `fix`. Edits carry byte offsets into the finding's file; an edit
/// that names another `path` (a file the fix creates) becomes an insertion into that artifact.
fn fix_json(f: &DocFinding, cwd: &Path) -> Option<Value> {
    let fix = f.fix.as_ref()?;
    // (artifact path, replacements), in the order first seen.
    let mut changes: Vec<(String, Vec<Value>)> = Vec::new();
    for e in &fix.edits {
        let (Some(start), Some(end)) = (e.start, e.end) else {
            continue;
        };
        let bom = if f.bom { 3 } else { 0 };
        let text = if f.crlf {
            crate::engine::edit::to_crlf(e.content())
        } else {
            e.content().to_string()
        };
        let replacement = json!({"deletedRegion": {"byteOffset": start + bom, "byteLength": end.saturating_sub(start)},
                                 "insertedContent": {"text": text}});
        match changes.iter_mut().find(|(p, _)| *p == f.path) {
            Some((_, r)) => r.push(replacement),
            None => changes.push((f.path.clone(), vec![replacement])),
        }
    }
    // A file the fix creates (`"creates": [{"path", "text"}]`): its whole text inserted into an
    // empty artifact.
    for created in fix
        .extra
        .get("creates")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let (Some(path), Some(text)) = (
            created.get("path").and_then(Value::as_str),
            created.get("text").and_then(Value::as_str),
        ) else {
            continue;
        };
        changes.push((
            path.to_string(),
            vec![json!({"deletedRegion": {"byteOffset": 0, "byteLength": 0},
                        "insertedContent": {"text": text}})],
        ));
    }
    if changes.is_empty() {
        return None;
    }
    let artifact_changes: Vec<Value> = changes
        .into_iter()
        .map(|(p, r)| json!({"artifactLocation": artifact_location(&p, cwd), "replacements": r}))
        .collect();
    Some(json!({
        "artifactChanges": artifact_changes,
        "description": {"text": fix.title},
        "properties": {"applicability": fix.applicability},
    }))
}

/// The SARIF log for a report. `codemods` are the selected codemods (the run's rules); `cwd` is
/// what relative URIs are relative to.
pub fn render(doc: &Doc, codemods: &[RuleMeta], cwd: &Path) -> Value {
    let rules = super::doc::rules_for(codemods, doc);
    let results: Vec<Value> = doc
        .findings
        .iter()
        .map(|f| {
            let index = rules.iter().position(|r| r.code == f.code);
            let rule = index.map(|i| &rules[i]);
            let mut r = json!({
                "ruleId": f.code,
                "level": level(rule),
                "message": {"text": f.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": artifact_location(&f.path, cwd),
                    "region": {
                        "startLine": f.start.line.max(1),
                        "startColumn": f.start.column.max(1),
                        "endLine": f.end.line.max(f.start.line).max(1),
                        "endColumn": f.end.column.max(1),
                    }
                }}],
                "properties": {"codemod": f.codemod, "status": f.status},
            });
            if let Some(i) = index {
                r["ruleIndex"] = json!(i);
            }
            if let Some(fix) = fix_json(f, cwd) {
                r["fixes"] = json!([fix]);
            }
            r
        })
        .collect();
    let notifications: Vec<Value> = doc
        .errors
        .iter()
        .map(|e| {
            let mut n = json!({"level": "error", "message": {"text": e.message}});
            if !e.path.is_empty() {
                let mut physical = json!({"artifactLocation": artifact_location(&e.path, cwd)});
                if let Some(line) = e.line {
                    physical["region"] = json!({"startLine": line});
                    if let Some(col) = e.column {
                        physical["region"]["startColumn"] = json!(col);
                    }
                }
                n["locations"] = json!([{ "physicalLocation": physical }]);
            }
            n
        })
        .chain(
            doc.notes
                .iter()
                .map(|n| json!({"level": "note", "message": {"text": n}})),
        )
        .collect();
    let mut invocation = json!({"executionSuccessful": doc.errors.is_empty()});
    if !notifications.is_empty() {
        invocation["toolExecutionNotifications"] = json!(notifications);
    }
    let mut driver = json!({
        "name": "cdktf-fix",
        "version": doc.tool_version,
        "semanticVersion": doc.tool_version,
        "rules": rules.iter().map(rule_json).collect::<Vec<_>>(),
    });
    if !INFORMATION_URI.is_empty() {
        driver["informationUri"] = json!(INFORMATION_URI);
    }
    json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": driver},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
            "properties": {"mode": doc.mode, "summary": doc.summary},
        }]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_and_encoded() {
        let cwd = Path::new("/repo");
        assert_eq!(
            artifact_location("./lib/my stack.py", cwd)["uri"],
            "lib/my%20stack.py"
        );
        assert_eq!(artifact_location("c:x.py", cwd)["uri"], "c%3Ax.py");
        assert_eq!(
            artifact_location("/other/a#b.py", cwd)["uri"],
            "file:///other/a%23b.py"
        );
    }

    /// A fix that creates a file (an edit naming another path, without a range) becomes an
    /// insertion into that new artifact, next to the edits of the finding's own file.
    #[test]
    fn created_files_are_insertions_into_a_new_artifact() {
        let finding: DocFinding = serde_json::from_value(json!({
            "path": "./lib/a.py", "codemod": "x", "code": "CDK999", "message": "m",
            "start": {"line": 1, "column": 1}, "end": {"line": 1, "column": 2},
            "status": "reported", "bom": true,
            "fix": {"title": "t", "applicability": "safe",
                    "edits": [{"start": 0, "end": 1, "text": "y"}],
                    "creates": [{"path": "cdktf.json", "text": "{}\n"}]}
        }))
        .unwrap();
        let fix = fix_json(&finding, Path::new("/repo")).unwrap();
        let changes = fix["artifactChanges"].as_array().unwrap();
        assert_eq!(changes.len(), 2);
        assert_eq!(changes[0]["artifactLocation"]["uri"], "lib/a.py");
        assert_eq!(
            changes[0]["replacements"][0]["deletedRegion"],
            json!({"byteOffset": 3, "byteLength": 1})
        );
        assert_eq!(changes[1]["artifactLocation"]["uri"], "cdktf.json");
        assert_eq!(
            changes[1]["replacements"][0],
            json!({"deletedRegion": {"byteOffset": 0, "byteLength": 0}, "insertedContent": {"text": "{}\n"}})
        );
    }

    #[test]
    fn crlf_is_not_doubled() {
        assert_eq!(crate::engine::edit::to_crlf("a\nb\r\n"), "a\r\nb\r\n");
    }
}
