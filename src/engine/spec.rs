//! Codemod specs: the data files under `codemods/` that say what each codemod matches, how safe
//! its fix is, and which versions it applies to. They are embedded in the binary at build time;
//! `--codemods DIR` loads more from disk with the same loader.
//!
//! A spec is an ast-grep rule (`rule`, `constraints`, `utils`, `transform`, `fix` keep ast-grep's
//! meaning, so the matching half of every spec also runs under `ast-grep scan`) plus our own
//! keys: `code`, `safety`, `rationale`, `prefilter`, `versions`, `fixer`, `options`, `data`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ast_grep_config::{DeserializeEnv, Fixer, RuleCore, SerializableRuleCore};
use include_dir::{Dir, include_dir};
use serde_json::{Map, Value};

use crate::engine::edit::Applicability;
use crate::lang::Lang;
use crate::project::versions::{Tool, VersionReq};
use crate::rules;

static BUILTIN: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/codemods");

/// What `--fix` may do with a codemod's findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Safety {
    Safe,
    Unsafe,
    Detect,
}

impl Safety {
    fn parse(s: &str) -> Option<Safety> {
        match s {
            "safe" => Some(Safety::Safe),
            "unsafe" => Some(Safety::Unsafe),
            "detect" | "detect-only" => Some(Safety::Detect),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Safety::Safe => "safe",
            Safety::Unsafe => "unsafe",
            Safety::Detect => "detect",
        }
    }
    /// The most a fix of this codemod may be trusted with; a fixer can only lower it.
    pub fn ceiling(self) -> Applicability {
        match self {
            Safety::Safe => Applicability::Safe,
            Safety::Unsafe => Applicability::Unsafe,
            Safety::Detect => Applicability::Display,
        }
    }
}

/// What a version-gated codemod does when the project's version of the tool is unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WhenUnknown {
    /// Stay silent.
    Skip,
    /// Report, but offer no fix; the message says which version to declare.
    Detect,
}

#[derive(Clone, Debug)]
pub struct VersionGate {
    pub tool: Tool,
    pub req: VersionReq,
    pub when_unknown: WhenUnknown,
}

/// A loaded codemod.
pub struct Codemod {
    pub id: String,
    pub code: String,
    pub lang: Lang,
    pub safety: Safety,
    pub message: String,
    pub rationale: String,
    pub url: String,
    /// Literal strings of which a file must contain at least one for the rule to run on it
    /// (`(?i)` first: ASCII case-insensitive); see `prefilter.rs`.
    pub prefilter: Vec<String>,
    pub gates: Vec<VersionGate>,
    /// Named sets the codemod belongs to (`--select SET`).
    pub sets: Vec<String>,
    /// Opt-in codemods run only when selected by name, code or set.
    pub opt_in: bool,
    /// Driven by the embedded provider API index (`provider-index: aws`): skipped, with a note,
    /// for a project whose provider package no embedded index describes.
    pub provider_index: bool,
    /// `defer: true`: the fixes wait while any other codemod has a fix to apply in the file (a
    /// migration renames what the other codemods recognise, so it goes last).
    pub defer: bool,
    /// The ast-grep rule; `None` for text codemods, which have `files` and a text fixer instead.
    pub matcher: Option<RuleCore>,
    pub template: Option<Fixer>,
    pub fixer: Option<rules::FixerFn>,
    /// Text codemods (`language: text`): the file-name globs they read.
    pub files: Option<crate::lang::FileGlobs>,
    pub text_fixer: Option<rules::TextFixerFn>,
    pub fixer_name: Option<String>,
    pub options: Vec<crate::engine::options::OptionSpec>,
    pub data: Value,
    /// The ast-grep half of the spec, kept to export the rule for `ast-grep scan`.
    pub ast_grep_rule: Value,
    pub origin: String,
}

impl std::fmt::Debug for Codemod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Codemod")
            .field("id", &self.id)
            .field("code", &self.code)
            .finish()
    }
}

impl Codemod {
    /// An option's default value.
    pub fn option(&self, key: &str) -> Option<&Value> {
        self.options
            .iter()
            .find(|o| o.name == key)
            .map(|o| &o.default)
    }

    /// The options' default values, which a config's `[codemods.<id>]` overrides.
    pub fn option_defaults(&self) -> Map<String, Value> {
        self.options
            .iter()
            .map(|o| (o.name.clone(), o.default.clone()))
            .collect()
    }
}

const OUR_KEYS: &[&str] = &[
    "id",
    "code",
    "language",
    "safety",
    "message",
    "rationale",
    "url",
    "sources",
    "prefilter",
    "versions",
    "sets",
    "opt-in",
    "provider-index",
    "defer",
    "fixer",
    "options",
    "data",
    "note",
    "files",
];
const AST_GREP_KEYS: &[&str] = &["rule", "constraints", "utils", "transform", "fix"];

#[derive(Debug)]
pub struct SpecError {
    pub origin: String,
    pub message: String,
}

impl std::fmt::Display for SpecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

/// Load the specs embedded in the binary.
pub fn builtin() -> Result<Vec<Codemod>, SpecError> {
    let mut files: Vec<(String, &str)> = Vec::new();
    collect_embedded(&BUILTIN, &mut files);
    files.sort();
    let mut out = Vec::new();
    for (path, text) in files {
        out.push(parse(text, &format!("codemods/{path}"))?);
    }
    check_unique(&out)?;
    out.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(out)
}

fn collect_embedded<'a>(dir: &'a Dir<'a>, out: &mut Vec<(String, &'a str)>) {
    // `codemods/shared/` holds tables several codemods read (rules/shared), not specs.
    if dir.path() == Path::new("shared") {
        return;
    }
    for file in dir.files() {
        let path = file.path().to_string_lossy().into_owned();
        if is_spec_path(file.path())
            && let Some(text) = file.contents_utf8()
        {
            out.push((path, text));
        }
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}

fn is_spec_path(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yml" | "yaml")
    )
}

/// Load user specs from a directory (recursively), for `--codemods DIR`.
pub fn from_dir(dir: &Path) -> Result<Vec<Codemod>, SpecError> {
    let mut paths: Vec<PathBuf> = Vec::new();
    let walker = ignore::WalkBuilder::new(dir)
        .standard_filters(false)
        .build();
    for entry in walker {
        let entry = entry.map_err(|e| SpecError {
            origin: dir.display().to_string(),
            message: e.to_string(),
        })?;
        if entry.file_type().is_some_and(|t| t.is_file()) && is_spec_path(entry.path()) {
            paths.push(entry.into_path());
        }
    }
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(&path).map_err(|e| SpecError {
            origin: origin.clone(),
            message: e.to_string(),
        })?;
        out.push(parse(&text, &origin)?);
    }
    Ok(out)
}

/// Ids and codes must be unique across all loaded specs: they are what users select and suppress.
pub fn check_unique(specs: &[Codemod]) -> Result<(), SpecError> {
    check_unique_refs(&specs.iter().collect::<Vec<_>>())
}

/// [`check_unique`] over borrowed specs.
pub fn check_unique_refs(specs: &[&Codemod]) -> Result<(), SpecError> {
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    for s in specs {
        for key in [s.id.as_str(), s.code.as_str()] {
            if let Some(prev) = seen.insert(key, &s.origin) {
                return Err(SpecError {
                    origin: s.origin.clone(),
                    message: format!("`{key}` is already used by {prev}"),
                });
            }
        }
    }
    Ok(())
}

fn err(origin: &str, message: impl Into<String>) -> SpecError {
    SpecError {
        origin: origin.to_string(),
        message: message.into(),
    }
}

/// Parse one spec file.
pub fn parse(text: &str, origin: &str) -> Result<Codemod, SpecError> {
    let doc: Value =
        ast_grep_config::from_str(text).map_err(|e| err(origin, format!("invalid YAML: {e}")))?;
    let Value::Object(map) = doc else {
        return Err(err(origin, "a spec must be a YAML mapping"));
    };
    for key in map.keys() {
        if !OUR_KEYS.contains(&key.as_str()) && !AST_GREP_KEYS.contains(&key.as_str()) {
            return Err(err(origin, format!("unknown key `{key}`")));
        }
    }
    let string = |key: &str| -> Result<String, SpecError> {
        match map.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.trim_end().to_string()),
            Some(_) => Err(err(origin, format!("`{key}` must be a non-empty string"))),
            None => Err(err(origin, format!("missing `{key}`"))),
        }
    };
    let id = string("id")?;
    if !id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(err(origin, format!("id `{id}` must be kebab-case")));
    }
    let code = string("code")?;
    let lang_name = string("language")?;
    let lang = Lang::from_name(&lang_name)
        .ok_or_else(|| err(origin, format!("unsupported language `{lang_name}`")))?;
    let safety_name = string("safety")?;
    let safety = Safety::parse(&safety_name).ok_or_else(|| {
        err(
            origin,
            format!("safety must be safe, unsafe or detect, not `{safety_name}`"),
        )
    })?;
    let message = string("message")?;
    let rationale = string("rationale")?;
    let url = string("url")?;

    let strings = |key: &str| -> Result<Vec<String>, SpecError> {
        match map.get(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .map(|v| {
                    v.as_str()
                        .map(str::to_string)
                        .ok_or_else(|| err(origin, format!("`{key}` must be a list of strings")))
                })
                .collect(),
            Some(_) => Err(err(origin, format!("`{key}` must be a list of strings"))),
        }
    };
    let prefilter = strings("prefilter")?;
    let sets = strings("sets")?;
    let opt_in = match map.get("opt-in") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(err(origin, "`opt-in` must be true or false")),
    };
    let defer = match map.get("defer") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(err(origin, "`defer` must be true or false")),
    };

    let provider_index = match map.get("provider-index") {
        None => false,
        Some(Value::String(s)) if s == "aws" => true,
        Some(_) => {
            return Err(err(
                origin,
                "`provider-index` must be `aws` (the one embedded provider API index)",
            ));
        }
    };

    let mut gates = Vec::new();
    if let Some(v) = map.get("versions") {
        let Value::Object(vm) = v else {
            return Err(err(
                origin,
                "`versions` must be a mapping of tool to requirement",
            ));
        };
        let when_unknown = match vm.get("unknown").and_then(Value::as_str) {
            None | Some("detect") => WhenUnknown::Detect,
            Some("skip") => WhenUnknown::Skip,
            Some(other) => {
                return Err(err(
                    origin,
                    format!("versions.unknown must be detect or skip, not `{other}`"),
                ));
            }
        };
        for (tool, req) in vm {
            if tool == "unknown" {
                continue;
            }
            let tool = Tool::parse(tool)
                .ok_or_else(|| err(origin, format!("unknown tool `{tool}` in versions")))?;
            let req = req.as_str().and_then(VersionReq::parse).ok_or_else(|| {
                err(
                    origin,
                    format!("bad version requirement {req} for {}", tool.name()),
                )
            })?;
            gates.push(VersionGate {
                tool,
                req,
                when_unknown,
            });
        }
    }

    let fixer_name = match map.get("fixer") {
        None => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err(err(origin, "`fixer` must name a Rust transform")),
    };
    if lang == Lang::Text {
        return parse_text(
            &map,
            origin,
            TextHead {
                id,
                code,
                safety,
                message,
                rationale,
                url,
                prefilter,
                sets,
                opt_in,
                defer,
                gates,
                fixer_name,
            },
        );
    }
    if map.contains_key("files") {
        return Err(err(
            origin,
            "`files` is for `language: text` specs; this one has a `rule`",
        ));
    }
    let fixer = match &fixer_name {
        None => None,
        Some(name) => Some(rules::lookup(name).ok_or_else(|| {
            err(
                origin,
                format!(
                    "unknown fixer `{name}`; known: {}",
                    rules::names().join(", ")
                ),
            )
        })?),
    };
    if fixer.is_some() && map.contains_key("fix") {
        return Err(err(
            origin,
            "give either `fix` (an ast-grep template) or `fixer`, not both",
        ));
    }
    if safety != Safety::Detect && fixer.is_none() && !map.contains_key("fix") {
        return Err(err(
            origin,
            format!(
                "safety is {} but the spec has no `fix` or `fixer`",
                safety.name()
            ),
        ));
    }

    let options = crate::engine::options::parse(map.get("options")).map_err(|e| err(origin, e))?;
    let data = map.get("data").cloned().unwrap_or(Value::Null);

    let mut core = Map::new();
    for key in ["rule", "constraints", "utils", "transform"] {
        if let Some(v) = map.get(key) {
            core.insert(key.to_string(), v.clone());
        }
    }
    if !core.contains_key("rule") {
        return Err(err(origin, "missing `rule`"));
    }
    let ser: SerializableRuleCore = serde_json::from_value(Value::Object(core.clone()))
        .map_err(|e| err(origin, format!("invalid ast-grep rule: {e}")))?;
    let support = lang
        .support()
        .ok_or_else(|| err(origin, "this language has no grammar for a `rule`"))?;
    let matcher = ser
        .get_matcher(DeserializeEnv::new(support))
        .map_err(|e| err(origin, format!("invalid ast-grep rule: {e}")))?;
    let template = match map.get("fix") {
        None => None,
        Some(Value::String(t)) => Some(
            Fixer::from_str(t, &support)
                .map_err(|e| err(origin, format!("invalid fix template: {e}")))?,
        ),
        Some(_) => return Err(err(origin, "`fix` must be an ast-grep template string")),
    };
    let mut ast_grep_rule = core;
    ast_grep_rule.insert("id".into(), Value::String(id.clone()));
    ast_grep_rule.insert("language".into(), Value::String(lang.name().into()));
    ast_grep_rule.insert("message".into(), Value::String(message.clone()));
    if let Some(fix) = map.get("fix") {
        ast_grep_rule.insert("fix".into(), fix.clone());
    }

    Ok(Codemod {
        id,
        code,
        lang,
        safety,
        message,
        rationale,
        url,
        prefilter,
        gates,
        sets,
        opt_in,
        provider_index,
        defer,
        matcher: Some(matcher),
        template,
        fixer,
        files: None,
        text_fixer: None,
        fixer_name,
        options,
        data,
        ast_grep_rule: Value::Object(ast_grep_rule),
        origin: origin.to_string(),
    })
}

/// The keys every spec has, already checked, handed to the text-spec half of the loader.
struct TextHead {
    id: String,
    code: String,
    safety: Safety,
    message: String,
    rationale: String,
    url: String,
    prefilter: Vec<String>,
    sets: Vec<String>,
    opt_in: bool,
    defer: bool,
    gates: Vec<VersionGate>,
    fixer_name: Option<String>,
}

/// A `language: text` spec: no grammar, so instead of `rule` it names the files it reads
/// (`files:`, globs) and the Rust text fixer that finds and fixes; its tables stay in `data`.
fn parse_text(map: &Map<String, Value>, origin: &str, h: TextHead) -> Result<Codemod, SpecError> {
    for key in AST_GREP_KEYS {
        if map.contains_key(*key) {
            return Err(err(
                origin,
                format!("`{key}` needs a grammar; a `language: text` spec has `files` and `fixer`"),
            ));
        }
    }
    let patterns: Vec<String> = match map.get("files") {
        Some(Value::Array(items)) if !items.is_empty() => items
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| err(origin, "`files` must be a list of glob strings"))
            })
            .collect::<Result<_, _>>()?,
        _ => {
            return Err(err(
                origin,
                "a `language: text` spec needs `files`, a non-empty list of file-name globs",
            ));
        }
    };
    let files = crate::lang::FileGlobs::new(&patterns).map_err(|e| err(origin, e))?;
    if !h.gates.is_empty() {
        return Err(err(
            origin,
            "`versions` gates are not supported for `language: text` specs",
        ));
    }
    let Some(name) = &h.fixer_name else {
        return Err(err(origin, "a `language: text` spec needs a `fixer`"));
    };
    let text_fixer = rules::lookup_text(name).ok_or_else(|| {
        err(
            origin,
            format!(
                "unknown text fixer `{name}`; known: {}",
                rules::text_names().join(", ")
            ),
        )
    })?;
    let options = crate::engine::options::parse(map.get("options")).map_err(|e| err(origin, e))?;
    let mut ast_grep_rule = Map::new();
    ast_grep_rule.insert("id".into(), Value::String(h.id.clone()));
    ast_grep_rule.insert("language".into(), Value::String("text".into()));
    ast_grep_rule.insert("files".into(), Value::from(patterns.clone()));
    Ok(Codemod {
        id: h.id,
        code: h.code,
        lang: Lang::Text,
        safety: h.safety,
        message: h.message,
        rationale: h.rationale,
        url: h.url,
        prefilter: h.prefilter,
        gates: h.gates,
        sets: h.sets,
        opt_in: h.opt_in,
        defer: h.defer,
        provider_index: false,
        matcher: None,
        template: None,
        fixer: None,
        files: Some(files),
        text_fixer: Some(text_fixer),
        fixer_name: h.fixer_name,
        options,
        data: map.get("data").cloned().unwrap_or(Value::Null),
        ast_grep_rule: Value::Object(ast_grep_rule),
        origin: origin.to_string(),
    })
}
