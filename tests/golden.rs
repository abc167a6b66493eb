//! Golden cases are the spec of every codemod: `golden/<codemod>/<case>/` holds `input.<ext>`
//! and `expected.<ext>` (no expected file: the input must come out unchanged), or `input/` and
//! `expected/` trees for cases that need project files (a single file is a snippet of a CDKTF
//! app; a tree is a project, whose Python files are checked only when they belong to an app:
//! they import cdktf, cdktn, constructs or a provider, or a cdktf.json is above them). An
//! optional `case.toml` sets what the
//! run would get from flags:
//!
//! ```toml
//! unsafe = true                 # apply unsafe fixes too
//! terraform-version = "1.9.8"   # target versions
//! aws-provider-version = "6.25.0"
//! cdktn-target = "0.22"         # the release --select cdktn-migration migrates to
//! select = ["other-codemod"]    # run these codemods as well
//! findings = 2                  # exact number of findings of this codemod in the input
//! [options]                     # per-codemod options
//! retention-in-days = 14
//! ```
//!
//! For every case this test checks: the fixed input equals the expected output byte for byte;
//! fixing the expected output changes nothing and leaves no fixable finding (idempotence); the
//! expected output parses without syntax errors (for text files: JSON, TOML and YAML still parse). `CDKTF_FIX_BLESS=1` writes the actual output
//! as the expected one (review `git diff golden/` before committing). It also checks that every codemod has cases
//! that change code and cases that must not.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use cdktf_fix::engine::edit::Applicability;
use cdktf_fix::engine::spec::{self, Codemod, Safety};
use cdktf_fix::engine::{Context, Engine, Finding, Input, Settings};
use cdktf_fix::lang::text::check_syntax as check_text_syntax;
use cdktf_fix::lang::{self, Lang};
use cdktf_fix::project::versions::{Known, TargetVersions, Version};
use cdktf_fix::report::{self, FileReport, Mode};

#[derive(Default, serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct CaseConfig {
    #[serde(rename = "unsafe")]
    unsafe_fixes: Option<bool>,
    terraform_version: Option<String>,
    aws_provider_version: Option<String>,
    cdktf_version: Option<String>,
    /// `--cdktn-target`: the CDK Terrain release the migration codemods target.
    cdktn_target: Option<String>,
    select: Option<Vec<String>>,
    findings: Option<usize>,
    options: Option<toml::Table>,
    /// Read by tests/synth (the real-synth oracle), not here.
    #[allow(dead_code)]
    synth: Option<toml::Table>,
    /// Why the case runs in CDKTF names only (see [`Flavour::skips`]).
    cdktf_only: Option<String>,
    /// Read by tests/validate (the real `terraform validate` oracle), not here.
    #[allow(dead_code)]
    validate: Option<toml::Table>,
}

fn known(v: &Option<String>) -> Option<Known> {
    v.as_ref().map(|s| Known {
        version: Version::parse(s).expect("bad version in case.toml"),
        source: "case.toml".into(),
        constraint: None,
        explicit: true,
    })
}

fn allow_of(cfg: &CaseConfig) -> Applicability {
    if cfg.unsafe_fixes.unwrap_or(false) {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    }
}

/// The case's engine: fixing with the case's permission, or (`None`) reporting only.
fn engine_for(codemod: &str, cfg: &CaseConfig, apply: Option<Applicability>) -> Engine {
    let mut wanted = vec![codemod.to_string()];
    wanted.extend(cfg.select.clone().unwrap_or_default());
    let all = spec::builtin().expect("builtin specs load");
    let selected: Vec<Arc<Codemod>> = all
        .into_iter()
        .filter(|c| wanted.contains(&c.id))
        .map(Arc::new)
        .collect();
    assert!(
        !selected.is_empty(),
        "golden dir names unknown codemod `{codemod}`"
    );
    let mut options = std::collections::HashMap::new();
    if let Some(o) = &cfg.options {
        let v = serde_json::to_value(o).unwrap();
        options.insert(
            codemod.to_string(),
            v.as_object().cloned().unwrap_or_default(),
        );
    }
    let settings = Settings {
        apply,
        versions: TargetVersions {
            terraform: known(&cfg.terraform_version),
            aws_provider: known(&cfg.aws_provider_version),
            cdktf: known(&cfg.cdktf_version),
            cdktn_target: known(&cfg.cdktn_target),
            ..TargetVersions::default()
        },
        options,
        ..Settings::default()
    };
    Engine::new(selected, settings)
}

/// (relative path, input file, expected file) pairs of a case.
fn case_files(case: &Path, engine: &Engine) -> Vec<(String, PathBuf, PathBuf)> {
    let mut out = Vec::new();
    if case.join("input").is_dir() {
        for entry in walk(&case.join("input")) {
            let rel = entry
                .strip_prefix(case.join("input"))
                .unwrap()
                .to_path_buf();
            // Python and HCL by extension; text files when a selected text codemod reads them.
            if engine.lang_for(&rel).is_some() {
                out.push((
                    rel.display().to_string(),
                    entry.clone(),
                    case.join("expected").join(&rel),
                ));
            }
        }
        return out;
    }
    for entry in std::fs::read_dir(case).unwrap() {
        let p = entry.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if let Some(ext) = name.strip_prefix("input.") {
            out.push((
                name.clone(),
                p.clone(),
                case.join(format!("expected.{ext}")),
            ));
        }
    }
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p))
        } else {
            out.push(p)
        }
    }
    out.sort();
    out
}

/// The project a case runs in: its files as the run sees them (the input tree, or for the
/// idempotence run the expected tree: expected files, files fixes created, unchanged inputs),
/// served to the engine's views from memory, with the case directory as the ceiling. Nothing
/// outside the case is in view, and single-file cases (`input.tf` next to `expected.tf`) see
/// only their one file.
struct CaseContext {
    files: BTreeMap<PathBuf, String>,
    root: PathBuf,
    /// A single-file case is a snippet of a CDKTF app; a tree case is a project of its own,
    /// whose Python files are checked only if they belong to an app.
    snippet: bool,
}

impl Context for CaseContext {
    fn files(&self, dir: &Path, lang: Lang, recursive: bool) -> Vec<(PathBuf, String)> {
        self.files
            .iter()
            .filter(|(p, _)| {
                Lang::from_path(p) == Some(lang)
                    && if recursive {
                        p.starts_with(dir)
                    } else {
                        p.parent() == Some(dir)
                    }
            })
            .map(|(p, t)| (p.clone(), t.clone()))
            .collect()
    }
    fn project_file(&self, path: &Path) -> Option<String> {
        self.files.get(path).cloned()
    }
    fn project_root(&self, _: &Path) -> PathBuf {
        self.root.clone()
    }
    fn is_ceiling(&self, dir: &Path) -> bool {
        dir == self.root || !dir.starts_with(&self.root)
    }
    fn assume_cdk(&self) -> bool {
        self.snippet
    }
    fn ancestors(&self, file: &Path) -> Vec<(PathBuf, String)> {
        let mut out = Vec::new();
        let Some(own) = file.parent() else { return out };
        if self.is_ceiling(own) {
            return out;
        }
        for dir in own.ancestors().skip(1) {
            let rel = file
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            out.push((dir.to_path_buf(), rel));
            if self.is_ceiling(dir) {
                break;
            }
        }
        out
    }
}

/// The tree a case's files live in: `input/` for tree cases, the case directory otherwise.
fn case_root(case: &Path) -> PathBuf {
    if case.join("input").is_dir() {
        case.join("input")
    } else {
        case.to_path_buf()
    }
}

/// All files of a case's input tree (project files too: cdktf.json, Pipfile), by path.
fn tree_files(
    case: &Path,
    names: &[(String, PathBuf, PathBuf)],
    flavour: Flavour,
) -> BTreeMap<PathBuf, String> {
    let mut out = BTreeMap::new();
    if case.join("input").is_dir() {
        for p in walk(&case.join("input")) {
            if let Ok(t) = std::fs::read_to_string(&p) {
                let t = flavour.map(&p, &t);
                out.insert(p, t);
            }
        }
    } else {
        for (_, input, _) in names {
            let t = std::fs::read_to_string(input).unwrap();
            out.insert(input.clone(), flavour.map(input, &t));
        }
    }
    out
}

/// The two CDKs a Python case can be written for. CDK Terrain keeps CDKTF's submodules, classes
/// and keywords and renames the top-level modules only (codemods/cdktn/FACTS.md), so a CDKTF
/// case becomes a CDK Terrain case by renaming those; every codemod must treat both alike.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Flavour {
    Cdktf,
    Cdktn,
}

impl Flavour {
    /// The file's text in this flavour: in Python files the module names `cdktf` and
    /// `cdktf_cdktf_provider_<name>` where code names them (imports, `cdktf.App`), not in
    /// strings such as `"cdktf.out"`, which cdktn keeps.
    fn map(self, path: &Path, text: &str) -> String {
        match (self, path.extension().and_then(|e| e.to_str())) {
            (Flavour::Cdktn, Some("py")) => text.split_inclusive('\n').map(cdktn_line).collect(),
            // Findings quote code: the module names they quote are renamed the same way.
            (Flavour::Cdktn, Some("snap")) => text
                .replace("cdktf_cdktf_provider_", "cdktn_provider_")
                .replace("from cdktf import", "from cdktn import")
                .replace("`cdktf.", "`cdktn.")
                .replace("(cdktf)", "(cdktn)"),
            _ => text.to_string(),
        }
    }

    /// Why a case is not run in this flavour, if it is not.
    fn skips(self, codemod: &str, case: &Path, cfg: &CaseConfig) -> Option<String> {
        if self == Flavour::Cdktf {
            return None;
        }
        if codemod.starts_with("cdktn-") {
            return Some("a migration codemod: its input is CDKTF by definition".into());
        }
        if let Some(why) = cfg.cdktf_only.as_ref() {
            return Some(format!("case.toml: {why}"));
        }
        let root = case_root(case);
        let files = if root == case { vec![] } else { walk(&root) };
        let mut python = false;
        for p in walk(case) {
            if p.extension().is_some_and(|e| e == "py")
                && std::fs::read_to_string(&p).is_ok_and(|t| t != self.map(&p, &t))
            {
                python = true;
            }
        }
        if !python {
            return Some("no CDKTF module names in its Python code".into());
        }
        for p in files {
            let name = p.file_name().unwrap().to_string_lossy();
            let deps = [
                "requirements.txt",
                "Pipfile",
                "pyproject.toml",
                "Pipfile.lock",
                "poetry.lock",
            ];
            if deps.contains(&name.as_ref())
                && std::fs::read_to_string(&p).is_ok_and(|t| t.contains("cdktf"))
            {
                return Some(format!(
                    "{name} pins CDKTF packages (pinned CDK Terrain projects: tests/flavours.rs)"
                ));
            }
        }
        None
    }
}

/// One line in CDK Terrain names (see [`Flavour::map`]).
fn cdktn_line(line: &str) -> String {
    let (code, comment) = line.split_at(code_end(line));
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::with_capacity(line.len());
    let mut quote: Option<char> = None;
    let mut escaped = false;
    let mut skip = 0;
    for (i, c) in code.char_indices() {
        if i < skip {
            continue;
        }
        if let Some(q) = quote {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        if c == '"' || c == '\'' {
            quote = Some(c);
            out.push(c);
            continue;
        }
        let rest = &code[i..];
        let starts_word = !code[..i].chars().next_back().is_some_and(word);
        if starts_word && rest.starts_with("cdktf_cdktf_provider_") {
            out.push_str("cdktn_provider_");
            skip = i + "cdktf_cdktf_provider_".len();
            continue;
        }
        if starts_word && rest.starts_with("cdktf") && !rest[5..].starts_with(word) {
            let before = code[..i].trim_end();
            let module = before.ends_with("from") || before.ends_with("import");
            let attribute = rest[5..].starts_with('.')
                && rest[6..].starts_with(|c: char| c.is_ascii_uppercase());
            if module || attribute {
                out.push_str("cdktn");
                skip = i + 5;
                continue;
            }
        }
        out.push(c);
    }
    out.push_str(comment);
    out
}

/// Where a line's code ends: at a `#` outside strings (comments keep their words).
fn code_end(line: &str) -> usize {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '#' => return i,
            None => {}
        }
    }
    line.len()
}

fn inputs(files: &[(PathBuf, Lang, String)]) -> Vec<Input> {
    files
        .iter()
        .map(|(path, lang, text)| Input {
            path: path.clone(),
            lang: *lang,
            text: text.clone(),
            profile: 0,
            versions: None,
        })
        .collect()
}

/// Files that fixes create must be the `expected/` files that have no `input/` counterpart, byte
/// for byte; an expected file that is neither an input nor created is a failure too.
fn check_created(
    name: &str,
    case: &Path,
    created: &[(PathBuf, String)],
    flavour: Flavour,
    failures: &mut Vec<String>,
) {
    let bless = std::env::var_os("CDKTF_FIX_BLESS").is_some() && flavour == Flavour::Cdktf;
    let input_dir = case.join("input");
    let expected_dir = case.join("expected");
    for (path, text) in created {
        let Ok(rel) = path.strip_prefix(&input_dir) else {
            failures.push(format!(
                "{name}: a fix creates {}; cases with created files need input/ and expected/ trees",
                path.display()
            ));
            continue;
        };
        let expected_path = expected_dir.join(rel);
        match std::fs::read_to_string(&expected_path).map(|e| flavour.map(&expected_path, &e)) {
            Ok(e) if e == *text => {}
            _ if bless => {
                std::fs::create_dir_all(expected_path.parent().unwrap()).unwrap();
                std::fs::write(&expected_path, text).unwrap();
                println!("blessed {name} [created {}]", rel.display());
            }
            Ok(e) => failures.push(format!(
                "{name} [created {}]: differs from expected\n{}",
                rel.display(),
                similar::TextDiff::from_lines(&e, text)
                    .unified_diff()
                    .header("expected", "actual")
            )),
            Err(_) => failures.push(format!(
                "{name}: a fix creates {} but expected/ has no such file",
                rel.display()
            )),
        }
    }
    if !input_dir.is_dir() || !expected_dir.is_dir() {
        return;
    }
    for e in walk(&expected_dir) {
        let rel = e.strip_prefix(&expected_dir).unwrap();
        let as_input = input_dir.join(rel);
        if !as_input.exists() && !created.iter().any(|(p, _)| *p == as_input) {
            failures.push(format!(
                "{name}: expected/{} has no input and no fix creates it",
                rel.display()
            ));
        }
    }
}

/// One line per finding of a case's input, in the order the JSON report lists them: the pinned
/// behaviour of every codemod (`findings.snap` next to the case; `CDKTF_FIX_BLESS=1` rewrites it).
fn snapshot_line(rel: &str, f: &Finding) -> String {
    let safety = f.best_fix().map_or("none", |fix| fix.applicability.name());
    format!(
        "{rel}:{}:{}: {} [{safety}] {}: {}",
        f.start.line,
        f.start.column,
        f.code,
        f.codemod,
        f.message.replace('\n', "\\n")
    )
}

/// A snapshot line without its column (`file:line:column: ...` -> `file:line: ...`).
fn without_column(line: &str) -> String {
    let mut parts = line.splitn(4, ':');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(f), Some(l), Some(c), Some(rest)) if c.chars().all(|c| c.is_ascii_digit()) => {
            format!("{f}:{l}:{rest}\n")
        }
        _ => format!("{line}\n"),
    }
}

const SNAPSHOT_HEADER: &str =
    "# Findings of this case's input (tests/golden.rs; CDKTF_FIX_BLESS=1 rewrites this file).\n";

fn check_snapshot(
    name: &str,
    case: &Path,
    lines: &[String],
    flavour: Flavour,
    failures: &mut Vec<String>,
) {
    let path = case.join("findings.snap");
    let mut actual = String::from(SNAPSHOT_HEADER);
    if lines.is_empty() {
        actual.push_str("(no findings)\n");
    }
    for l in lines {
        actual.push_str(l);
        actual.push('\n');
    }
    let bless = std::env::var_os("CDKTF_FIX_BLESS").is_some() && flavour == Flavour::Cdktf;
    // Shorter module names move columns: CDK Terrain runs compare files, lines and messages.
    let columns = |text: String| match flavour {
        Flavour::Cdktf => text,
        Flavour::Cdktn => text.lines().map(without_column).collect(),
    };
    let actual = columns(actual);
    match std::fs::read_to_string(&path).map(|e| columns(flavour.map(&path, &e))) {
        Ok(e) if e == actual => {}
        _ if bless => {
            std::fs::write(&path, &actual).unwrap();
            println!("blessed {name} [findings.snap]");
        }
        Ok(e) => failures.push(format!(
            "{name}: findings differ from findings.snap\n{}",
            similar::TextDiff::from_lines(&e, &actual)
                .unified_diff()
                .header("findings.snap", "actual")
        )),
        Err(_) => failures.push(format!(
            "{name}: no findings.snap (run with CDKTF_FIX_BLESS=1 and review it)"
        )),
    }
}

/// What a bot does with the JSON report of a check run: apply the first fix the permission
/// allows (deferred codemods last, as the engine defers them), in its file and the other files
/// it names, create the files it creates, check again, and repeat until no fix is left. The
/// JSON's fixes must carry everything `--fix` does (cleanups, declarations, edits in other
/// files), so this ends at the expected output too. Returns the final texts by path.
fn apply_json_fixes(
    checker: &Engine,
    files: &[(PathBuf, Lang, String)],
    tree: &BTreeMap<PathBuf, String>,
    root: &Path,
    allow: Applicability,
    deferred: &[String],
) -> Result<BTreeMap<PathBuf, String>, String> {
    let mut texts: BTreeMap<PathBuf, String> = files
        .iter()
        .map(|(p, _, t)| (p.clone(), t.clone()))
        .collect();
    let mut project = tree.clone();
    for _ in 0..300 {
        let current: Vec<(PathBuf, Lang, String)> = files
            .iter()
            .map(|(p, l, _)| (p.clone(), *l, texts[p].clone()))
            .collect();
        for (p, t) in &texts {
            project.insert(p.clone(), t.clone());
        }
        let context = CaseContext {
            files: project.clone(),
            root: root.to_path_buf(),
            snippet: !root.ends_with("input"),
        };
        let outs = checker.run(inputs(&current), &context);
        let reports: Vec<FileReport> = outs
            .into_iter()
            .map(|o| FileReport {
                crlf: cdktf_fix::engine::edit::is_crlf(&texts[&o.path]),
                path: o.path,
                findings: o.findings,
                ..FileReport::default()
            })
            .collect();
        let summary = report::summarize(&reports, None);
        let json = report::json(&reports, &summary, Mode::Check, &[], allow);
        let doc: serde_json::Value = serde_json::from_str(&json).map_err(|e| e.to_string())?;
        let allowed = |f: &&serde_json::Value| {
            let fix = &f["fix"];
            let ok = match fix["applicability"].as_str() {
                Some("safe") => true,
                Some("unsafe") => allow == Applicability::Unsafe,
                _ => false,
            };
            // A fix that only creates files that exist by now is done.
            let creates: Vec<&str> = fix["creates"]
                .as_array()
                .map(|a| a.iter().filter_map(|c| c["path"].as_str()).collect())
                .unwrap_or_default();
            let done = !creates.is_empty()
                && fix["edits"].as_array().is_none_or(|e| e.is_empty())
                && creates.iter().all(|c| project.contains_key(Path::new(c)));
            ok && !done
        };
        let findings: Vec<&serde_json::Value> = doc["findings"]
            .as_array()
            .map(|a| a.iter().filter(allowed).collect())
            .unwrap_or_default();
        let is_deferred = |f: &&&serde_json::Value| {
            deferred
                .iter()
                .any(|d| Some(d.as_str()) == f["codemod"].as_str())
        };
        let Some(f) = findings
            .iter()
            .find(|f| !is_deferred(f))
            .or_else(|| findings.first())
        else {
            return Ok(texts);
        };
        let fix = &f["fix"];
        let edits_of =
            |v: &serde_json::Value| -> Result<Vec<cdktf_fix::engine::edit::Edit>, String> {
                let mut out = Vec::new();
                for e in v.as_array().into_iter().flatten() {
                    let (Some(start), Some(end), Some(t)) =
                        (e["start"].as_u64(), e["end"].as_u64(), e["text"].as_str())
                    else {
                        return Err(format!("malformed edit in the JSON report: {e}"));
                    };
                    out.push(cdktf_fix::engine::edit::Edit::replace(
                        start as usize,
                        end as usize,
                        t,
                    ));
                }
                Ok(out)
            };
        let mut changes: Vec<(PathBuf, Vec<cdktf_fix::engine::edit::Edit>)> = vec![(
            PathBuf::from(f["path"].as_str().unwrap_or_default()),
            edits_of(&fix["edits"])?,
        )];
        for o in fix["other_files"].as_array().into_iter().flatten() {
            changes.push((
                PathBuf::from(o["path"].as_str().unwrap_or_default()),
                edits_of(&o["edits"])?,
            ));
        }
        for (path, edits) in changes {
            let text = texts.get(&path).ok_or_else(|| {
                format!(
                    "a fix edits {}, which the run does not check",
                    path.display()
                )
            })?;
            let crlf = cdktf_fix::engine::edit::is_crlf(text);
            let next = cdktf_fix::engine::edit::apply(text, &edits, crlf);
            texts.insert(path, next);
        }
        for c in fix["creates"].as_array().into_iter().flatten() {
            if let (Some(p), Some(t)) = (c["path"].as_str(), c["text"].as_str()) {
                project.insert(PathBuf::from(p), t.to_string());
            }
        }
    }
    Err("the JSON fixes did not settle after 300 rounds".into())
}

struct Counts {
    changing: usize,
    unchanged: usize,
}

fn diff(a: &str, b: &str, from: &str, to: &str) -> String {
    similar::TextDiff::from_lines(a, b)
        .unified_diff()
        .header(from, to)
        .to_string()
}

/// Runs one golden case in one flavour: the case as written (CDKTF), or rewritten into CDK
/// Terrain names by [`Flavour::map`] (inputs, expected files and findings alike). Returns whether
/// the case changes anything, or `None` when it has no input files.
fn run_case(
    codemod: &str,
    name: &str,
    case: &Path,
    cfg: &CaseConfig,
    flavour: Flavour,
    failures: &mut Vec<String>,
) -> Option<bool> {
    let bless = std::env::var_os("CDKTF_FIX_BLESS").is_some();
    let name = &match flavour {
        Flavour::Cdktf => name.to_string(),
        Flavour::Cdktn => format!("{name} [cdktn]"),
    };
    let engine = engine_for(codemod, cfg, Some(allow_of(cfg)));
    let checker = engine_for(codemod, cfg, None);
    let deferred: Vec<String> = engine
        .codemods()
        .iter()
        .filter(|c| c.defer)
        .map(|c| c.id.clone())
        .collect();
    let names = case_files(case, &engine);
    if names.is_empty() {
        if flavour == Flavour::Cdktf {
            failures.push(format!("{name}: no input files"));
        }
        return None;
    }
    let tree_root = case_root(case);
    let tree = tree_files(case, &names, flavour);
    let files: Vec<(PathBuf, Lang, String)> = names
        .iter()
        .map(|(_, input, _)| {
            (
                input.clone(),
                engine.lang_for(input).unwrap(),
                flavour.map(input, &std::fs::read_to_string(input).unwrap()),
            )
        })
        .collect();
    let expected_of = |(_, input, expected): &(String, PathBuf, PathBuf)| {
        let path = if expected.exists() { expected } else { input };
        flavour.map(path, &std::fs::read_to_string(path).unwrap())
    };
    // The fix run, on every file of the case at once.
    let snippet = !case.join("input").is_dir();
    let context = CaseContext {
        files: tree.clone(),
        root: tree_root.clone(),
        snippet,
    };
    let outs = engine.run(inputs(&files), &context);
    let mut snapshot: Vec<String> = Vec::new();
    let mut findings = 0;
    let mut created: Vec<(PathBuf, String)> = Vec::new();
    let mut changed_any = false;
    let mut fixed: BTreeMap<PathBuf, String> = BTreeMap::new();
    for ((rel, input_path, expected_path), out) in names.iter().zip(&outs) {
        let input = &files.iter().find(|f| &f.0 == input_path).unwrap().2;
        let expected = expected_of(&(rel.clone(), input_path.clone(), expected_path.clone()));
        findings += out.findings.iter().filter(|f| f.codemod == codemod).count();
        snapshot.extend(out.findings.iter().map(|f| snapshot_line(rel, f)));
        created.extend(out.created.iter().map(|n| (n.path.clone(), n.text.clone())));
        let actual = out.fixed.clone().unwrap_or_else(|| input.clone());
        if actual != expected && bless && flavour == Flavour::Cdktf {
            // Bless mode writes what the tool produces; review the diff before committing.
            std::fs::create_dir_all(expected_path.parent().unwrap()).unwrap();
            std::fs::write(expected_path, &actual).unwrap();
            println!("blessed {name} [{rel}]");
        } else if actual != expected {
            failures.push(format!(
                "{name} [{rel}]: output differs from expected\n{}",
                diff(&expected, &actual, "expected", "actual")
            ));
        }
        for e in &out.errors {
            if !expected_path.exists() || !e.message.contains("syntax error") {
                failures.push(format!("{name} [{rel}]: error: {e}"));
            }
        }
        changed_any |= actual != *input;
        fixed.insert(input_path.clone(), expected.clone());
    }
    // The JSON report's fixes, applied one by one, give the same output.
    match apply_json_fixes(
        &checker,
        &files,
        &tree,
        &tree_root,
        allow_of(cfg),
        &deferred,
    ) {
        Ok(by_json) => {
            for (rel, input_path, _) in &names {
                if by_json[input_path] != fixed[input_path] {
                    failures.push(format!(
                        "{name} [{rel}]: applying the JSON report's fixes one by one gives another output than expected\n{}",
                        diff(&fixed[input_path], &by_json[input_path], "expected", "from JSON fixes")
                    ));
                }
            }
        }
        Err(e) => failures.push(format!("{name}: JSON fixes: {e}")),
    }
    // Idempotence: the expected tree is a fixpoint.
    let mut expected_tree = tree.clone();
    for (p, t) in &fixed {
        expected_tree.insert(p.clone(), t.clone());
    }
    for (p, t) in &created {
        expected_tree.insert(p.clone(), t.clone());
    }
    let again_files: Vec<(PathBuf, Lang, String)> = files
        .iter()
        .map(|(p, l, _)| (p.clone(), *l, fixed[p].clone()))
        .collect();
    let again = engine.run(
        inputs(&again_files),
        &CaseContext {
            files: expected_tree,
            root: tree_root.clone(),
            snippet,
        },
    );
    for ((rel, input_path, expected_path), out) in names.iter().zip(&again) {
        let expected = &fixed[input_path];
        if let Some(refixed) = &out.fixed {
            failures.push(format!(
                "{name} [{rel}]: not idempotent: fixing the expected output changes it\n{}",
                diff(expected, refixed, "expected", "refixed")
            ));
        }
        if !out.created.is_empty() {
            failures.push(format!(
                "{name} [{rel}]: not idempotent: fixing the expected tree creates {}",
                out.created[0].path.display()
            ));
        }
        let input = &files.iter().find(|f| &f.0 == input_path).unwrap().2;
        let lang = engine.lang_for(input_path).unwrap();
        if lang == Lang::Text {
            // JSON, TOML and YAML must still parse; other text has no syntax to check.
            if let Err(e) = check_text_syntax(expected_path, expected)
                && check_text_syntax(input_path, input).is_ok()
            {
                failures.push(format!("{name} [{rel}]: expected output: {e}"));
            }
            continue;
        }
        let root = lang.parse(expected).unwrap();
        if lang::syntax_error_count(&root) > 0
            && lang::syntax_error_count(&lang.parse(input).unwrap()) == 0
        {
            failures.push(format!("{name} [{rel}]: expected output has syntax errors"));
        }
    }
    check_snapshot(name, case, &snapshot, flavour, failures);
    check_created(name, case, &created, flavour, failures);
    changed_any |= !created.is_empty();
    if let Some(n) = cfg.findings
        && n != findings
    {
        failures.push(format!(
            "{name}: expected {n} finding(s) of {codemod}, got {findings}"
        ));
    }
    Some(changed_any)
}

#[test]
fn golden_cases() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("golden");
    let specs = spec::builtin().expect("builtin specs load");
    let mut failures: Vec<String> = Vec::new();
    let mut per_codemod: BTreeMap<String, Counts> = BTreeMap::new();
    let mut cases_run = 0;
    let mut cdktn_runs = 0;
    let mut codemod_dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    codemod_dirs.sort();
    for codemod_dir in codemod_dirs {
        let codemod = codemod_dir
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let counts = per_codemod.entry(codemod.clone()).or_insert(Counts {
            changing: 0,
            unchanged: 0,
        });
        let mut cases: Vec<PathBuf> = std::fs::read_dir(&codemod_dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_dir())
            .collect();
        cases.sort();
        for case in cases {
            let name = format!("{codemod}/{}", case.file_name().unwrap().to_string_lossy());
            let cfg: CaseConfig = match std::fs::read_to_string(case.join("case.toml")) {
                Ok(t) => toml::from_str(&t).unwrap_or_else(|e| panic!("{name}/case.toml: {e}")),
                Err(_) => CaseConfig::default(),
            };
            let Some(changed_any) =
                run_case(&codemod, &name, &case, &cfg, Flavour::Cdktf, &mut failures)
            else {
                continue;
            };
            cases_run += 1;
            if changed_any {
                counts.changing += 1
            } else {
                counts.unchanged += 1
            }
            println!(
                "golden {name}: {}",
                if changed_any { "fixed" } else { "unchanged" }
            );
            // The same case written for CDK Terrain must come out the same way, in cdktn names.
            if let Some(why) = Flavour::Cdktn.skips(&codemod, &case, &cfg) {
                println!("golden {name} [cdktn]: not run ({why})");
            } else if let Some(c) =
                run_case(&codemod, &name, &case, &cfg, Flavour::Cdktn, &mut failures)
            {
                cdktn_runs += 1;
                assert_eq!(
                    c, changed_any,
                    "{name}: flavours disagree on whether it changes"
                );
                println!(
                    "golden {name} [cdktn]: {}",
                    if c { "fixed" } else { "unchanged" }
                );
            }
        }
    }
    for s in &specs {
        match per_codemod.get(&s.id) {
            None => failures.push(format!(
                "codemod `{}` has no golden cases (golden/{}/)",
                s.id, s.id
            )),
            Some(c) => {
                if c.changing + c.unchanged < 3 {
                    failures.push(format!("codemod `{}` has {} golden case(s); positive, negative and edge cases are required", s.id, c.changing + c.unchanged));
                }
                if s.safety != Safety::Detect && c.changing == 0 {
                    failures.push(format!(
                        "codemod `{}` has no golden case where it fixes something",
                        s.id
                    ));
                }
                if c.unchanged == 0 {
                    failures.push(format!(
                        "codemod `{}` has no negative golden case (input that must stay unchanged)",
                        s.id
                    ));
                }
            }
        }
    }
    for dir in per_codemod.keys() {
        if !specs.iter().any(|s| &s.id == dir) {
            failures.push(format!("golden/{dir} does not match any codemod"));
        }
    }
    println!("{cases_run} golden cases run, {cdktn_runs} of them in CDK Terrain names too");
    assert!(cases_run > 0, "no golden cases found");
    assert!(
        failures.is_empty(),
        "{} golden failure(s):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
