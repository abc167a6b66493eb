//! The per-file pipeline: prefilter, parse once, match every selected codemod, pick
//! non-overlapping fixes, apply them, re-parse, and repeat until nothing is left to fix. A fix that
//! would add a syntax error is dropped; a file that does not settle within the pass limit is left
//! untouched and reported.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use ast_grep_core::Matcher;
use ast_grep_core::matcher::MatcherExt;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::engine::edit::{Applicability, Edit, Fix, NewFile};
use crate::engine::prefilter::Prefilter;
use crate::engine::spec::{Codemod, Safety, WhenUnknown};
use crate::engine::suppress::Suppressions;
use crate::lang::python;
use crate::lang::{self, Lang, Root};
use crate::project::versions::{Detector, TargetVersions};
use crate::rules::{Ctx, Hit};

/// Passes before a file is declared non-converging. Each pass applies every non-conflicting fix,
/// so real files settle in two or three.
pub const MAX_PASSES: usize = 16;

pub mod edit;
pub mod prefilter;
pub mod select;
pub mod spec;
pub mod suppress;
mod text;
pub use text::check_syntax as check_text_syntax;

pub const UNUSED_SUPPRESSION: &str = "unused-suppression";

#[derive(Clone, Debug, Serialize)]
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
        let allow = allow?;
        self.fixes
            .iter()
            .find(|f| f.applicability != Applicability::Display && f.applicability >= allow)
    }
    /// The most trusted fix on offer, for reporting `[*]`-style availability.
    pub fn best_fix(&self) -> Option<&Fix> {
        self.fixes
            .iter()
            .filter(|f| f.applicability != Applicability::Display)
            .max_by_key(|f| f.applicability)
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct AppliedFix {
    pub codemod: String,
    pub code: String,
    pub title: String,
    pub line: usize,
}

/// The outcome for one file's text.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Findings in the original text.
    pub findings: Vec<Finding>,
    /// Findings still present after fixing (equal to `findings` when nothing was applied).
    pub remaining: Vec<Finding>,
    /// The fixed text, when it differs from the input.
    pub fixed: Option<String>,
    pub applied: Vec<AppliedFix>,
    /// One-line problems: syntax errors, dropped fixes, non-convergence.
    pub errors: Vec<String>,
    /// The file could not be processed (syntax error, non-convergence): exit non-zero.
    pub failed: bool,
    /// Files that applied fixes create; the caller writes them (or shows them as a diff).
    pub created: Vec<NewFile>,
    /// Things worth saying that are not problems with the file (codemods skipped because no
    /// provider index matches the project); the same note for many files is said once.
    pub notes: Vec<String>,
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
            && fix
                .creates
                .iter()
                .all(|n| created.iter().any(|c| c.path == n.path))
    })
}

pub struct Settings {
    /// `None`: report only. `Some(Safe)`: apply safe fixes. `Some(Unsafe)`: safe and unsafe.
    pub apply: Option<Applicability>,
    /// Versions given on the command line or in config; they win over detection.
    pub versions: TargetVersions,
    /// Per-codemod option overrides from config, by codemod id.
    pub options: HashMap<String, Map<String, Value>>,
    pub max_passes: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            apply: None,
            versions: TargetVersions::default(),
            options: HashMap::new(),
            max_passes: MAX_PASSES,
        }
    }
}

pub struct Engine {
    codemods: Vec<Arc<Codemod>>,
    options: Vec<Map<String, Value>>,
    settings: Settings,
    detector: Detector,
    prefilter: Prefilter,
    /// Node kinds each codemod's rule can match (`None`: any), so that one walk of the tree
    /// serves every codemod.
    kinds: Vec<Option<Vec<usize>>>,
}

impl Engine {
    pub fn new(codemods: Vec<Arc<Codemod>>, settings: Settings) -> Engine {
        let options = codemods
            .iter()
            .map(|c| {
                let mut o = c.options.clone();
                if let Some(over) = settings.options.get(&c.id) {
                    for (k, v) in over {
                        o.insert(k.clone(), v.clone());
                    }
                }
                o
            })
            .collect();
        let kinds = codemods
            .iter()
            .map(|c| {
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
            options,
            settings,
            detector: Detector::default(),
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

    pub fn versions_for(&self, path: &Path) -> TargetVersions {
        self.settings.versions.or(&self.detector.for_file(path))
    }

    /// Run the whole pipeline on `src` (already decoded, BOM removed).
    pub fn process(&self, path: &Path, lang: Lang, src: &str) -> Outcome {
        if lang == Lang::Text {
            return self.process_text(path, src);
        }
        let mut out = Outcome::default();
        let mut active = self.active(path, lang, src, &mut out);
        let suppress_possible = src.contains("cdktf-fix:");
        if active.is_empty() && !suppress_possible {
            return out;
        }
        let root = match lang.parse(src) {
            Ok(r) => r,
            Err(e) => {
                out.errors
                    .push(format!("{}: cannot parse: {e}", path.display()));
                out.failed = true;
                return out;
            }
        };
        if let Some((line, col)) = lang::first_syntax_error(&root) {
            out.errors.push(format!(
                "{}:{line}:{col}: syntax error; the file is not checked or fixed",
                path.display()
            ));
            out.failed = true;
            return out;
        }
        let versions = self.versions_for(path);
        let crlf = edit::is_crlf(src);
        let mut text = src.to_string();
        let mut root = root;
        let mut disabled: HashSet<String> = HashSet::new();
        for pass in 0..self.settings.max_passes {
            let findings = self.find(path, lang, &text, &root, &active, &versions, pass == 0);
            if pass == 0 {
                out.findings = findings.clone();
            }
            let (taken, mut chosen) =
                self.choose(path, text.len(), &findings, &mut disabled, &mut out);
            if chosen.is_empty() {
                out.remaining = findings
                    .into_iter()
                    .filter(|f| !created_already(f, self.settings.apply, &out.created))
                    .collect();
                break;
            }
            if pass + 1 == self.settings.max_passes {
                out.errors.push(format!(
                    "{}: fixes did not converge after {} passes (still fixing: {}); the file is left unchanged",
                    path.display(),
                    self.settings.max_passes,
                    chosen.iter().map(|(f, _)| f.codemod.as_str()).collect::<Vec<_>>().join(", ")
                ));
                out.failed = true;
                out.fixed = None;
                out.applied.clear();
                out.created.clear();
                out.remaining = out.findings.clone();
                return out;
            }
            let mut next = edit::apply(&text, &taken, crlf);
            let mut next_root = parse_clean(lang, &next);
            if next_root.is_none() {
                let good;
                (good, chosen) =
                    drop_breaking(path, &text, crlf, chosen, &mut disabled, &mut out, |t| {
                        parse_clean(lang, t)
                            .map(|_| ())
                            .ok_or_else(|| "introduce a syntax error".to_string())
                    });
                if chosen.is_empty() {
                    continue;
                }
                next = edit::apply(&text, &good, crlf);
                next_root = parse_clean(lang, &next);
            }
            let Some(mut new_root) = next_root else {
                out.errors.push(format!(
                    "{}: internal error: verified fixes failed to re-parse",
                    path.display()
                ));
                out.failed = true;
                return out;
            };
            for (f, fix) in &chosen {
                for n in &fix.creates {
                    if !out.created.iter().any(|c| c.path == n.path) {
                        out.created.push(n.clone());
                    }
                }
                out.applied.push(AppliedFix {
                    codemod: f.codemod.clone(),
                    code: f.code.clone(),
                    title: fix.title.clone(),
                    line: f.start.line,
                });
            }
            // Only names that occurred in replaced text can have lost their last use.
            let replaced: String = chosen
                .iter()
                .flat_map(|(_, f)| f.edits.iter())
                .map(|e| &text[e.start..e.end])
                .collect();
            let touched_import = python::has_identifier_char(&replaced);
            if lang == Lang::Python
                && touched_import
                && let Some(cleaned) = drop_orphaned_imports(&root, &next, &new_root, crlf)
                && let Some(r) = parse_clean(lang, &cleaned)
            {
                next = cleaned;
                new_root = r;
            }
            // A fix can bring in what another codemod's prefilter looks for (an import the
            // migration renames), so the prefilters see each pass's text, not just the input's.
            if text != next {
                active = self.active(path, lang, &next, &mut out);
            }
            text = next;
            root = new_root;
        }
        if text != src {
            out.fixed = Some(text);
        }
        out
    }

    /// The codemods that run on `text`: those of its language whose prefilter it passes, less
    /// the provider-index ones when no embedded index describes the project (said once, as a
    /// note).
    fn active(&self, path: &Path, lang: Lang, text: &str, out: &mut Outcome) -> Vec<usize> {
        let mut active = self.prefilter.active(lang, text);
        if active.iter().any(|&i| self.codemods[i].provider_index)
            && let Err(why) = crate::rules::provider_index::for_target(&self.versions_for(path))
        {
            let skipped: Vec<&str> = self
                .codemods
                .iter()
                .filter(|c| c.provider_index)
                .map(|c| c.code.as_str())
                .collect();
            let note = format!("{why} ({})", skipped.join(", "));
            if !out.notes.contains(&note) {
                out.notes.push(note);
            }
            active.retain(|&i| !self.codemods[i].provider_index);
        }
        active
    }

    /// The fixes one pass applies: each finding's allowed fix, in order, unless its codemod is
    /// disabled or deferred, it only creates a file already created, or its edits touch an
    /// earlier pick's (identical edits, such as one import line, are shared). A codemod whose
    /// edits are malformed is disabled for the file. Shared by the parsed and the text pipelines.
    pub(crate) fn choose<'f>(
        &self,
        path: &Path,
        text_len: usize,
        findings: &'f [Finding],
        disabled: &mut HashSet<String>,
        out: &mut Outcome,
    ) -> (Vec<Edit>, Vec<(&'f Finding, &'f Fix)>) {
        let mut taken: Vec<Edit> = Vec::new();
        let mut chosen: Vec<(&Finding, &Fix)> = Vec::new();
        let wait = self.deferring(findings, disabled, &out.created);
        for f in findings {
            if disabled.contains(&f.codemod)
                || wait.contains(f.codemod.as_str())
                || created_already(f, self.settings.apply, &out.created)
            {
                continue;
            }
            let Some(fix) = f.fix_allowed(self.settings.apply) else {
                continue;
            };
            if !fix.is_well_formed(text_len) {
                out.errors.push(format!(
                    "{}: [{}] produced malformed edits; fix skipped",
                    path.display(),
                    f.codemod
                ));
                disabled.insert(f.codemod.clone());
                continue;
            }
            if fix.conflicts_with(&taken) {
                continue;
            }
            for e in &fix.edits {
                if !taken.contains(e) {
                    taken.push(e.clone());
                }
            }
            chosen.push((f, fix));
        }
        (taken, chosen)
    }

    /// All findings of the active codemods on one parse of `text`.
    #[allow(clippy::too_many_arguments)]
    fn find(
        &self,
        path: &Path,
        lang: Lang,
        text: &str,
        root: &Root,
        active: &[usize],
        versions: &TargetVersions,
        report_unused_suppressions: bool,
    ) -> Vec<Finding> {
        let lines = LineIndex::new(text);
        let suppressions = Suppressions::parse(text, lang);
        let index = std::cell::OnceCell::new();
        let mut out = Vec::new();
        // Version gates first, so that silenced codemods are not matched at all.
        let mut runs: Vec<(usize, Option<String>)> = Vec::with_capacity(active.len());
        for &i in active {
            let c = &self.codemods[i];
            // Version gates: a known version outside the range silences the codemod; an unknown
            // one either silences it or withholds the fix, as the spec says.
            let mut withheld: Option<String> = None;
            let mut skip = false;
            for gate in &c.gates {
                match versions.get(gate.tool) {
                    Some(known) if !gate.req.matches(&known.version) => skip = true,
                    Some(_) => {}
                    None => match gate.when_unknown {
                        WhenUnknown::Skip => skip = true,
                        WhenUnknown::Detect => {
                            withheld = Some(format!(
                                "fix withheld: the target {} version is unknown and this applies only to {}; declare it with {} or in cdktf-fix.toml",
                                gate.tool.name(),
                                gate.req,
                                gate.tool.flag()
                            ))
                        }
                    },
                }
            }
            if !skip {
                runs.push((i, withheld));
            }
        }
        let mut matches = self.match_all(root, &runs);
        for (run, (i, withheld)) in runs.iter().enumerate() {
            let i = *i;
            let c = &self.codemods[i];
            let ctx = Ctx {
                src: text,
                root,
                path,
                codemod: c,
                versions,
                options: &self.options[i],
                index: &index,
            };
            for m in std::mem::take(&mut matches[run]) {
                let hits = match c.fixer {
                    Some(fixer) => fixer(&ctx, &m),
                    None => {
                        let mut hit = Hit::new(m.get_node().range());
                        if let (Some(t), Some(matcher)) = (&c.template, c.matcher.as_ref()) {
                            let e = m.make_edit(matcher, t);
                            let text = String::from_utf8_lossy(&e.inserted_text).into_owned();
                            hit = hit.fix(Fix::new(
                                c.message.clone(),
                                c.safety.ceiling(),
                                vec![Edit::replace(
                                    e.position,
                                    e.position + e.deleted_length,
                                    text,
                                )],
                            ));
                        }
                        vec![hit]
                    }
                };
                for hit in hits {
                    let start = lines.position(text, hit.range.start);
                    if suppressions.is_suppressed(start.line, &c.id, &c.code) {
                        continue;
                    }
                    let mut message = hit.message.unwrap_or_else(|| interpolate(&c.message, &m));
                    let mut fixes = capped(c, hit.fixes);
                    if let Some(w) = &withheld {
                        fixes.clear();
                        message = format!("{message} ({w})");
                    }
                    out.push(Finding {
                        codemod: c.id.clone(),
                        code: c.code.clone(),
                        message,
                        end: lines.position(text, hit.range.end),
                        start,
                        range: hit.range,
                        fixes,
                    });
                }
            }
        }
        if report_unused_suppressions {
            out.extend(unused_suppressions(&suppressions, &lines, text));
        }
        out.sort_by(|a, b| (a.range.start, &a.codemod).cmp(&(b.range.start, &b.codemod)));
        out
    }

    /// The matches of every codemod in `runs`, each in the order `find_all` gives (pre-order),
    /// from a single walk of the tree: a node is tried only against the rules that can match
    /// its kind, as `ast-grep scan` does.
    fn match_all<'r>(
        &self,
        root: &'r Root,
        runs: &[(usize, Option<String>)],
    ) -> Vec<Vec<crate::rules::Match<'r>>> {
        let mut by_kind: Vec<Vec<usize>> = Vec::new();
        let mut any_kind: Vec<usize> = Vec::new();
        for (run, (i, _)) in runs.iter().enumerate() {
            match &self.kinds[*i] {
                None => any_kind.push(run),
                Some(kinds) => {
                    for &k in kinds {
                        if by_kind.len() <= k {
                            by_kind.resize_with(k + 1, Vec::new);
                        }
                        by_kind[k].push(run);
                    }
                }
            }
        }
        let mut found: Vec<Vec<crate::rules::Match<'r>>> =
            runs.iter().map(|_| Vec::new()).collect();
        if runs.is_empty() {
            return found;
        }
        for node in root.root().dfs() {
            let kind = usize::from(node.kind_id());
            let typed = by_kind.get(kind).map_or(&[][..], Vec::as_slice);
            for &run in typed.iter().chain(any_kind.iter()) {
                let c = &self.codemods[runs[run].0];
                if let Some(m) = c
                    .matcher
                    .as_ref()
                    .and_then(|mt| mt.match_node(node.clone()))
                {
                    found[run].push(m);
                }
            }
        }
        found
    }
}

/// A fixer's fixes, none trusted beyond the codemod's declared safety; a detect-only codemod
/// keeps only descriptive (display) fixes.
pub(crate) fn capped(c: &Codemod, fixes: Vec<Fix>) -> Vec<Fix> {
    let mut fixes: Vec<Fix> = fixes
        .into_iter()
        .map(|mut f| {
            f.applicability = f.applicability.min(c.safety.ceiling());
            f
        })
        .collect();
    if c.safety == Safety::Detect {
        fixes.retain(|f| f.applicability == Applicability::Display);
    }
    fixes
}

/// `CFX000` findings for the suppression comments that silenced nothing.
pub(crate) fn unused_suppressions(
    suppressions: &Suppressions,
    lines: &LineIndex,
    text: &str,
) -> Vec<Finding> {
    suppressions
        .unused()
        .into_iter()
        .map(|(line, names)| {
            let range = lines.line_range(text, line);
            Finding {
                codemod: UNUSED_SUPPRESSION.into(),
                code: "CFX000".into(),
                message: format!("unused suppression: nothing to ignore for {names}"),
                start: lines.position(text, range.start),
                end: lines.position(text, range.end),
                range,
                fixes: Vec::new(),
            }
        })
        .collect()
}

/// Find the culprits when a pass's fixes together break the syntax: keep each fix, in order, only
/// if the text still passes `check` with it and the ones kept before; a dropped fix disables
/// its codemod for the file and is reported. Returns the kept edits and fixes.
pub(crate) fn drop_breaking<'f>(
    path: &Path,
    text: &str,
    crlf: bool,
    chosen: Vec<(&'f Finding, &'f Fix)>,
    disabled: &mut HashSet<String>,
    out: &mut Outcome,
    check: impl Fn(&str) -> Result<(), String>,
) -> (Vec<Edit>, Vec<(&'f Finding, &'f Fix)>) {
    let mut good: Vec<Edit> = Vec::new();
    let mut kept = Vec::new();
    for (f, fix) in chosen {
        let mut trial = good.clone();
        trial.extend(fix.edits.iter().filter(|e| !good.contains(e)).cloned());
        match check(&edit::apply(text, &trial, crlf)) {
            Ok(()) => {
                good = trial;
                kept.push((f, fix));
            }
            Err(why) => {
                out.errors.push(format!(
                    "{}:{}: [{}] fix dropped: it would {why}",
                    path.display(),
                    f.start.line,
                    f.codemod
                ));
                disabled.insert(f.codemod.clone());
            }
        }
    }
    (good, kept)
}

fn parse_clean(lang: Lang, text: &str) -> Option<Root> {
    let root = lang.parse(text).ok()?;
    (lang::syntax_error_count(&root) == 0).then_some(root)
}

/// `$VAR` in a spec message becomes the text the metavariable matched.
fn interpolate(message: &str, m: &crate::rules::Match) -> String {
    if !message.contains('$') {
        return message.to_string();
    }
    let env = m.get_env();
    let mut out = String::with_capacity(message.len());
    let mut chars = message.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '$' {
            let rest = &message[i + 1..];
            let len = rest
                .find(|ch: char| !(ch.is_ascii_uppercase() || ch.is_ascii_digit() || ch == '_'))
                .unwrap_or(rest.len());
            if len > 0
                && let Some(node) = env.get_match(&rest[..len])
            {
                out.push_str(&node.text());
                for _ in 0..len {
                    chars.next();
                }
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Imports that the code used before a fix and no longer uses after it are our doing: remove
/// them, so a fix never leaves an unused import behind. Imports that were already unused are left
/// to the `unused-import` codemod.
fn drop_orphaned_imports(
    before: &Root,
    after_text: &str,
    after: &Root,
    crlf: bool,
) -> Option<String> {
    let used_before = used_identifiers(before);
    let used_after = used_identifiers(after);
    let mut edits: Vec<Edit> = Vec::new();
    let mut by_stmt: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let bindings = python::bindings(after);
    for b in &bindings {
        *by_stmt.entry((b.stmt.start, b.stmt.end)).or_default() += 1;
    }
    let orphan = |b: &python::Binding| {
        b.top_level && used_before.contains(&b.local) && !used_after.contains(&b.local)
    };
    let mut removed_stmts: HashSet<(usize, usize)> = HashSet::new();
    for b in bindings.iter().filter(|b| orphan(b)) {
        let key = (b.stmt.start, b.stmt.end);
        let all_orphaned = bindings.iter().filter(|x| x.stmt == b.stmt).all(&orphan);
        let new_edits = if all_orphaned {
            if !removed_stmts.insert(key) {
                continue;
            }
            let stmt = after
                .root()
                .dfs()
                .find(|n| n.range() == b.stmt && n.kind().contains("import"))?;
            python::remove_statement(after_text, &stmt)
        } else {
            python::remove_binding(after_text, after, &bindings, b)
        };
        if new_edits
            .iter()
            .any(|e| edits.iter().any(|t| t.start < e.end && e.start < t.end))
        {
            continue;
        }
        edits.extend(new_edits);
    }
    if edits.is_empty() {
        return None;
    }
    Some(edit::apply(after_text, &edits, crlf))
}

/// Names read anywhere outside import statements (a cheap over-approximation of "used").
fn used_identifiers(root: &Root) -> HashSet<String> {
    python::Index::build(root).used_names()
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
}
