//! The engine: one fix loop for every file of a run, whatever its language. Each pass finds
//! every selected codemod's findings in every file that needs it (in parallel; a fixer sees the
//! other files of its module or app through a read-only [`View`], never the disk), picks
//! non-overlapping fixes across all files in path order (so declarations a module needs once go
//! in one deterministic place, and a fix's edits in other files come with it), applies them,
//! re-parses each changed file and drops any fix that would add a syntax error, and repeats until
//! no file has a fix left to apply. A file that does not settle is left untouched and reported.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::engine::edit::{Applicability, Fix, NewFile};
use crate::engine::prefilter::Prefilter;
use crate::engine::spec::Codemod;
use crate::lang::Lang;
use crate::project::versions::{Detector, TargetVersions};

mod cleanup;
pub mod edit;
mod find;
mod fixloop;
pub mod options;
pub mod prefilter;
pub mod select;
pub mod spec;
pub mod suppress;
pub mod timings;
pub mod view;

pub use fixloop::{Input, panic_message, quiet_panics};
pub use view::{Context, FileRef, NoContext, View};

/// Passes before a file is declared non-converging. Each pass applies every non-conflicting fix,
/// so real files settle in two or three.
pub const MAX_PASSES: usize = 16;

pub const UNUSED_SUPPRESSION: &str = "unused-suppression";
pub const UNUSED_SUPPRESSION_CODE: &str = "CFX000";

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    pub codemod: String,
    pub code: String,
    pub message: String,
    pub range: Range<usize>,
    pub start: Position,
    pub end: Position,
    /// Candidate fixes, best first, already capped at the codemod's declared safety.
    pub fixes: Vec<Fix>,
}

impl Finding {
    /// The first fix the given permission allows.
    pub fn fix_allowed(&self, allow: Option<Applicability>) -> Option<&Fix> {
        self.fix_allowed_index(allow).map(|i| &self.fixes[i])
    }

    pub(crate) fn fix_allowed_index(&self, allow: Option<Applicability>) -> Option<usize> {
        let allow = allow?;
        self.fixes
            .iter()
            .position(|f| f.applicability != Applicability::Display && f.applicability >= allow)
    }

    /// The most trusted fix on offer, for reporting `[*]`-style availability.
    pub fn best_fix(&self) -> Option<&Fix> {
        self.fixes
            .iter()
            .filter(|f| f.applicability != Applicability::Display)
            .max_by_key(|f| f.applicability)
    }
}

/// A problem with a file that is not a finding: it could not be read or parsed, a fix was
/// dropped, the fixes did not settle. It has a location when one is known, so SARIF can give it
/// a region and GitHub a line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub path: PathBuf,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    pub message: String,
    /// The file could not be read, checked or written: the run exits 2, not 1.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub fatal: bool,
}

impl Problem {
    pub fn new(path: &Path, message: impl Into<String>) -> Problem {
        Problem {
            path: path.to_path_buf(),
            line: None,
            column: None,
            message: message.into(),
            fatal: false,
        }
    }

    /// A problem that fails the run with exit 2 (a file not read, checked or written).
    pub fn fatal(mut self) -> Problem {
        self.fatal = true;
        self
    }

    pub fn at(mut self, line: usize, column: usize) -> Problem {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// A problem of the run rather than of one file (a path argument that does not exist is
    /// still a file's: this is for what has none).
    pub fn general(message: impl Into<String>) -> Problem {
        Problem::new(Path::new(""), message)
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.path.as_os_str().is_empty() {
            write!(f, "{}:", self.path.display())?;
            if let (Some(l), Some(c)) = (self.line, self.column) {
                write!(f, "{l}:{c}:")?;
            } else if let Some(l) = self.line {
                write!(f, "{l}:")?;
            }
            f.write_str(" ")?;
        }
        f.write_str(&self.message)
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct AppliedFix {
    pub codemod: String,
    pub code: String,
    pub title: String,
    pub line: usize,
    /// Files the fix creates: if creating one fails, the fix did not happen.
    #[serde(skip)]
    pub creates: Vec<PathBuf>,
}

/// The outcome for one file's text.
#[derive(Debug, Default)]
pub struct Outcome {
    pub path: PathBuf,
    /// Findings in the original text.
    pub findings: Vec<Finding>,
    /// Findings still present after fixing (equal to `findings` when nothing was applied).
    pub remaining: Vec<Finding>,
    /// The fixed text, when it differs from the input.
    pub fixed: Option<String>,
    pub applied: Vec<AppliedFix>,
    /// Problems: syntax errors, dropped fixes, non-convergence.
    pub errors: Vec<Problem>,
    /// The file could not be processed (syntax error, non-convergence): exit non-zero.
    pub failed: bool,
    /// Files that applied fixes create; the caller writes them (or shows them as a diff).
    pub created: Vec<NewFile>,
    /// Things worth saying that are not problems with the file (codemods skipped because no
    /// provider index matches the project); the same note for many files is said once.
    pub notes: Vec<String>,
}

/// What a run may do with one group of files: the flags and the config file that apply to them.
pub struct Settings {
    /// `None`: report only. `Some(Safe)`: apply safe fixes. `Some(Unsafe)`: safe and unsafe.
    pub apply: Option<Applicability>,
    /// Versions given on the command line or in config; they win over detection.
    pub versions: TargetVersions,
    /// Per-codemod option overrides from config, by codemod id.
    pub options: HashMap<String, Map<String, Value>>,
    /// The codemods these files run, by id; `None`: every codemod the engine has.
    pub only: Option<Vec<String>>,
    pub max_passes: usize,
    /// Report suppression comments that silence nothing (`CFX000`); off with `--ignore CFX000`.
    pub unused_suppressions: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            apply: None,
            versions: TargetVersions::default(),
            options: HashMap::new(),
            only: None,
            max_passes: MAX_PASSES,
            unused_suppressions: true,
        }
    }
}

/// A [`Settings`] resolved against the engine's codemods.
struct Profile {
    settings: Settings,
    /// Each codemod's options: the spec's defaults with the config's values over them.
    options: Vec<Map<String, Value>>,
    selected: Vec<bool>,
}

pub struct Engine {
    codemods: Vec<Arc<Codemod>>,
    profiles: Vec<Profile>,
    detector: Detector,
    prefilter: Prefilter,
    /// Node kinds each codemod's rule can match (`None`: any), so that one walk of the tree
    /// serves every codemod.
    kinds: Vec<Option<Vec<usize>>>,
    /// `--timings`: where the time goes; `None` when not asked.
    timings: Option<timings::Timings>,
}

impl Engine {
    pub fn new(codemods: Vec<Arc<Codemod>>, settings: Settings) -> Engine {
        Engine::with_profiles(codemods, vec![settings])
    }

    /// An engine for files under different configs: each [`Input`] names the profile (an index
    /// into `profiles`) it runs with.
    pub fn with_profiles(codemods: Vec<Arc<Codemod>>, profiles: Vec<Settings>) -> Engine {
        let profiles = profiles
            .into_iter()
            .map(|settings| {
                let options = codemods
                    .iter()
                    .map(|c| {
                        let mut o = c.option_defaults();
                        if let Some(over) = settings.options.get(&c.id) {
                            for (k, v) in over {
                                o.insert(k.clone(), v.clone());
                            }
                        }
                        o
                    })
                    .collect();
                let selected = codemods
                    .iter()
                    .map(|c| settings.only.as_ref().is_none_or(|o| o.contains(&c.id)))
                    .collect();
                Profile {
                    settings,
                    options,
                    selected,
                }
            })
            .collect();
        let kinds = codemods
            .iter()
            .map(|c| {
                use ast_grep_core::Matcher;
                c.matcher
                    .as_ref()
                    .and_then(|m| m.potential_kinds())
                    .map(|k| k.iter().collect())
            })
            .collect();
        Engine {
            prefilter: Prefilter::new(&codemods),
            kinds,
            codemods,
            profiles,
            detector: Detector::default(),
            timings: None,
        }
    }

    /// Measure where the time goes (`--timings`).
    pub fn with_timings(mut self) -> Engine {
        self.timings = Some(timings::Timings::new(self.codemods.len()));
        self
    }

    pub fn timings(&self) -> Option<&timings::Timings> {
        self.timings.as_ref()
    }

    /// A start time when timings are on.
    pub(crate) fn clock(&self) -> Option<std::time::Instant> {
        self.timings.as_ref().map(|_| std::time::Instant::now())
    }

    pub(crate) fn record(&self, stage: timings::Stage, since: Option<std::time::Instant>) {
        if let (Some(t), Some(since)) = (&self.timings, since) {
            t.add(stage, since);
        }
    }

    pub fn codemods(&self) -> &[Arc<Codemod>] {
        &self.codemods
    }

    /// Whether any selected codemod handles this language; files of other languages are skipped
    /// without being read.
    pub fn handles(&self, lang: Lang) -> bool {
        self.codemods.iter().any(|c| c.lang == lang)
    }

    /// Whether a selected text codemod reads this file (walking asks before reading anything).
    pub fn wants_text(&self, path: &Path) -> bool {
        self.codemods
            .iter()
            .any(|c| c.files.as_ref().is_some_and(|g| g.matches(path)))
    }

    /// The language a file is processed as: Python and HCL by extension, else text when a
    /// selected text codemod names it.
    pub fn lang_for(&self, path: &Path) -> Option<Lang> {
        Lang::from_path(path).or_else(|| self.wants_text(path).then_some(Lang::Text))
    }

    /// The target versions of a file: its profile's (flags, config) over what its project's
    /// files say.
    pub fn versions_for(&self, profile: usize, path: &Path) -> TargetVersions {
        self.versions_with(profile, &self.detector, path)
    }

    /// [`Engine::versions_for`] with the caller's detector (one per run, caching per directory).
    pub fn versions_with(
        &self,
        profile: usize,
        detector: &Detector,
        path: &Path,
    ) -> TargetVersions {
        self.profiles[profile]
            .settings
            .versions
            .or(&detector.for_file(path))
    }

    /// Whether files of `profile` run the codemod `id`.
    pub fn selects(&self, profile: usize, id: &str) -> bool {
        self.codemods
            .iter()
            .zip(&self.profiles[profile].selected)
            .any(|(c, on)| *on && c.id == id)
    }

    /// Run the whole pipeline on one file (already decoded, BOM removed), with no other file of
    /// its project in view: for tests and for text that does not come from a checkout.
    pub fn process(&self, path: &Path, lang: Lang, src: &str) -> Outcome {
        let input = Input {
            path: path.to_path_buf(),
            lang,
            text: src.to_string(),
            profile: 0,
            versions: None,
        };
        self.run(vec![input], &NoContext).pop().unwrap_or_default()
    }

    /// Run the pipeline on the files of a run together; outcomes come back in input order.
    pub fn run(&self, inputs: Vec<Input>, context: &dyn Context) -> Vec<Outcome> {
        fixloop::run(self, inputs, context)
    }
}

/// Whether the fix `allow` picks for `f` only creates files that this run already creates. Such a
/// finding is fixed although the file it looks for is not on disk yet, so later passes must
/// neither apply it again nor count it as remaining.
pub(crate) fn created_already(
    f: &Finding,
    allow: Option<Applicability>,
    created: &[NewFile],
) -> bool {
    f.fix_allowed(allow).is_some_and(|fix| {
        !fix.creates.is_empty()
            && fix.edits.is_empty()
            && fix.creates.iter().all(|n| created.contains(n))
    })
}

/// A file the fix creates that this run already creates with other content: the fix cannot be
/// applied (one path, one content), and its finding stays.
pub(crate) fn created_otherwise<'c>(fix: &'c Fix, created: &[NewFile]) -> Option<&'c NewFile> {
    fix.creates
        .iter()
        .find(|n| created.iter().any(|c| c.path == n.path && c.text != n.text))
}

/// Byte offset to 1-based line/column (column in characters).
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let column = text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        Position { line, column }
    }
    pub fn line_range(&self, text: &str, line: usize) -> Range<usize> {
        let start = self.starts.get(line - 1).copied().unwrap_or(text.len());
        let end = self.starts.get(line).map_or(text.len(), |e| e - 1);
        start..end.max(start)
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::{Engine, Settings};
    use crate::engine::edit::Applicability;
    use crate::engine::spec;
    use crate::lang::Lang;

    fn spec(id: &str, from: &str, to: &str) -> spec::Codemod {
        let text = format!(
            "id: {id}\ncode: T{id}\nlanguage: python\nsafety: safe\nmessage: m\nrationale: r\n\
             url: u\nprefilter: [{from}]\nrule:\n  pattern: {from}()\nfix: {to}()\n"
        );
        spec::parse(&text, id).expect("spec parses")
    }

    /// A fix that writes what another codemod's prefilter looks for must let that codemod run in
    /// the same run; otherwise a second run would change the output (found by the robustness
    /// test: a fix added a `cdktf_cdktf_provider_aws` import the migration then renamed).
    #[test]
    fn prefilters_see_the_text_each_pass_produces() {
        let e = Engine::new(
            vec![
                Arc::new(spec("a", "foo", "bar")),
                Arc::new(spec("b", "bar", "baz")),
            ],
            Settings {
                apply: Some(Applicability::Safe),
                ..Settings::default()
            },
        );
        let out = e.process(Path::new("x.py"), Lang::Python, "foo()\n");
        assert_eq!(out.fixed.as_deref(), Some("baz()\n"));
        let again = e.process(Path::new("x.py"), Lang::Python, "baz()\n");
        assert_eq!(again.fixed, None);
    }

    /// tree-sitter parses `f(a=1, a=2)`; CPython refuses it. A fix that makes one is dropped.
    #[test]
    fn a_fix_that_repeats_a_keyword_is_dropped() {
        let text = "id: dup\ncode: TD1\nlanguage: python\nsafety: safe\nmessage: m\nrationale: r\n\
             url: u\nrule:\n  pattern: f($A, b=1)\nfix: f($A, b=1, a=2)\n";
        let e = Engine::new(
            vec![Arc::new(spec::parse(text, "dup").expect("spec parses"))],
            Settings {
                apply: Some(Applicability::Safe),
                ..Settings::default()
            },
        );
        let out = e.process(Path::new("x.py"), Lang::Python, "f(a=0, b=1)\ng(1)\n");
        assert_eq!(out.fixed, None);
        assert!(
            out.errors
                .iter()
                .any(|p| p.message.contains("Python refuses")),
            "{:?}",
            out.errors
        );
        // Compile errors the input already has do not block other fixes.
        let out = e.process(Path::new("x.py"), Lang::Python, "h(a=1, a=1)\nf(0, b=1)\n");
        assert_eq!(out.fixed.as_deref(), Some("h(a=1, a=1)\nf(0, b=1, a=2)\n"));
    }

    #[test]
    fn compile_errors_tree_sitter_accepts_are_counted() {
        let count = |src: &str| {
            let root = Lang::Python.parse(src).unwrap();
            crate::lang::python::compile_error_count(&root)
        };
        assert_eq!(count("f(a=1, b=2)\ndef g(x, y=1): pass\n"), 0);
        assert_eq!(count("f(a=1, a=2)\n"), 1);
        assert_eq!(count("f(a=1, **{\"a\": 2})\n"), 1);
        assert_eq!(count("f(a=1, 2)\n"), 1);
        assert_eq!(count("f(*xs, a=1)\n"), 0);
        assert_eq!(count("def g(x, x): pass\n"), 1);
        assert_eq!(count("lambda x, x: 0\n"), 1);
    }
}

#[cfg(test)]
mod text_tests {
    use std::path::Path;
    use std::sync::Arc;

    use crate::engine::edit::Applicability;
    use crate::engine::spec;
    use crate::engine::{Engine, Settings};

    const SPEC: &str = "id: break\ncode: T001\nlanguage: text\nsafety: unsafe\nmessage: m\n\
        rationale: r\nurl: u\nfiles: ['*.json', 'Pipfile', '*.txt', '.github/workflows/*.yml']\n\
        fixer: test-break-syntax\n";

    fn engine() -> Engine {
        let c = spec::parse(SPEC, "test").expect("spec parses");
        Engine::new(
            vec![Arc::new(c)],
            Settings {
                apply: Some(Applicability::Unsafe),
                ..Settings::default()
            },
        )
    }

    #[test]
    fn a_fix_that_breaks_json_or_toml_is_dropped() {
        let e = engine();
        for (path, src) in [
            ("cdktf.json", "{\"a\": 1}\n"),
            ("Pipfile", "[packages]\ncdktf = \"*\"\n"),
        ] {
            let out = e.process(Path::new(path), crate::lang::Lang::Text, src);
            assert_eq!(out.fixed, None, "{path}");
            assert_eq!(out.findings.len(), 1, "{path}");
            assert!(
                out.errors.iter().any(|m| m.message.contains("fix dropped")),
                "{path}: {:?}",
                out.errors
            );
        }
        // Plain text has no syntax to break: the fix goes through, pass after pass, until the
        // fixer finds nothing left (an empty file).
        let out = e.process(
            Path::new("requirements.txt"),
            crate::lang::Lang::Text,
            "xy\n",
        );
        assert_eq!(out.fixed.as_deref(), Some(""));
        assert_eq!(out.applied.len(), 3);
    }

    #[test]
    fn invalid_input_is_reported_not_fixed() {
        let out = engine().process(Path::new("package.json"), crate::lang::Lang::Text, "{");
        assert!(out.failed);
        assert_eq!(out.fixed, None);
    }

    #[test]
    fn file_globs_match_names_and_path_tails() {
        let e = engine();
        assert!(e.wants_text(Path::new("a/b/requirements-dev.txt")));
        assert!(e.wants_text(Path::new("repo/.github/workflows/ci.yml")));
        assert!(!e.wants_text(Path::new("repo/ci.yml")));
        assert!(!e.wants_text(Path::new("Pipfile.lock")));
        assert_eq!(
            e.lang_for(Path::new("x.py")),
            Some(crate::lang::Lang::Python)
        );
    }

    /// Text specs share the parsed specs' prefilter, `(?i)` literals included (before, a text
    /// spec had to list every spelling).
    #[test]
    fn text_prefilters_ignore_case_when_asked() {
        let text = SPEC.replace(
            "fixer: test-break-syntax\n",
            "fixer: test-break-syntax\nprefilter: ['(?i)cdktf']\n",
        );
        let c = spec::parse(&text, "t").expect("spec parses");
        let e = Engine::new(vec![Arc::new(c)], Settings::default());
        let out = e.process(
            Path::new("requirements.txt"),
            crate::lang::Lang::Text,
            "CDKTF==0.21\n",
        );
        assert_eq!(out.findings.len(), 1);
        let out = e.process(
            Path::new("requirements.txt"),
            crate::lang::Lang::Text,
            "boto3\n",
        );
        assert!(out.findings.is_empty());
    }

    #[test]
    fn text_specs_are_validated() {
        let bad = [
            (
                SPEC.replace(
                    "files: ['*.json', 'Pipfile', '*.txt', '.github/workflows/*.yml']\n",
                    "",
                ),
                "needs `files`",
            ),
            (
                format!("{SPEC}rule: {{kind: module}}\n"),
                "`rule` needs a grammar",
            ),
            (
                SPEC.replace("fixer: test-break-syntax\n", ""),
                "needs a `fixer`",
            ),
            (
                SPEC.replace("test-break-syntax", "nope"),
                "unknown text fixer",
            ),
            (SPEC.replace("'*.json'", "'a[b'"), "bad file pattern"),
            (
                "id: p\ncode: P1\nlanguage: python\nsafety: detect\nmessage: m\nrationale: r\n\
                 url: u\nfiles: ['*.txt']\nrule: {kind: module}\n"
                    .to_string(),
                "`files` is for `language: text`",
            ),
        ];
        for (text, want) in bad {
            let e = spec::parse(&text, "t").expect_err(want);
            assert!(e.message.contains(want), "{want}: {}", e.message);
        }
    }
}
