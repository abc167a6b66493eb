//! The one fix loop, for every file of a run and every language. A pass finds the findings of the
//! files that need it (in parallel), resolves which fix declares what a module needs once, picks
//! fixes across all files in path order, applies them and verifies every changed file (in
//! parallel), and drops the fixes that break one. Files whose text did not change, and that read
//! nothing that changed, keep their findings from the last pass instead of being matched again.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rayon::prelude::*;

use super::view::{Layout, Members, Reads, View, dir_of, parsed};
use super::{
    AppliedFix, Context, Engine, Finding, Outcome, Problem, created_already, created_otherwise,
};
use crate::engine::edit::{self, Edit, NewFile};
use crate::lang::{self, Lang, Root};
use crate::project::versions::TargetVersions;

/// One file of a run.
pub struct Input {
    /// The path the file is reported under (and read and written through).
    pub path: PathBuf,
    pub lang: Lang,
    /// Its text, decoded, BOM removed.
    pub text: String,
    /// Which of the engine's profiles (settings) applies to it.
    pub profile: usize,
    /// Its target versions, when the caller resolved them; else the engine detects them.
    pub versions: Option<TargetVersions>,
}

/// A file as the loop sees it between passes.
pub(crate) struct FileState {
    pub path: PathBuf,
    pub lang: Lang,
    pub text: String,
    pub profile: usize,
    pub versions: TargetVersions,
    pub first_pass: bool,
    /// Codemods that run on the current text.
    pub active: Vec<usize>,
    input: String,
    crlf: bool,
    root: OnceLock<Option<Root>>,
    findings: Vec<Finding>,
    needs_find: bool,
    reads: Reads,
    /// Not fixed any further (it did not parse, or it did not settle).
    frozen: bool,
    passes: usize,
    disabled: HashSet<String>,
    out: Outcome,
}

impl FileState {
    fn root(&self) -> Option<&Root> {
        if self.lang == Lang::Text {
            return None;
        }
        parsed(&self.root, self.lang, &self.text)
    }
}

/// A fix picked in a pass: which file's finding, which of its fixes.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Pick {
    file: usize,
    finding: usize,
    fix: usize,
}

pub(crate) fn run(engine: &Engine, inputs: Vec<Input>, context: &dyn Context) -> Vec<Outcome> {
    let mut files: Vec<FileState> = inputs
        .into_par_iter()
        .map(|input| open(engine, input, context))
        .collect();
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by(|&a, &b| files[a].path.cmp(&files[b].path));
    let layout = {
        let paths: Vec<&Path> = files.iter().map(|f| f.path.as_path()).collect();
        Layout::new(&paths, context)
    };
    let mut created: Vec<NewFile> = Vec::new();
    loop {
        find_pass(engine, &mut files, &layout, context);
        resolve_declarations(&mut files, &order);
        for f in files.iter_mut().filter(|f| f.first_pass) {
            f.out.findings = f.findings.clone();
            f.first_pass = false;
        }
        let mut malformed = Vec::new();
        let picks = choose(engine, &files, &order, &created, &mut malformed);
        for (i, problem, disable) in malformed {
            // A codemod whose edits are malformed is disabled for the file; each problem is said
            // once.
            let f = &mut files[i];
            if let Some(codemod) = disable {
                f.disabled.insert(codemod);
            }
            if !f.out.errors.contains(&problem) {
                f.out.errors.push(problem);
            }
        }
        if picks.is_empty() {
            break;
        }
        apply(engine, &mut files, &layout, picks, &mut created);
    }
    files
        .into_iter()
        .map(|mut f| {
            let allow = engine.profiles[f.profile].settings.apply;
            f.out.remaining = if allow.is_none() {
                f.out.findings.clone()
            } else {
                f.findings
                    .into_iter()
                    .filter(|x| !created_already(x, allow, &created))
                    .collect()
            };
            if f.text != f.input {
                f.out.fixed = Some(f.text);
            }
            f.out.path = f.path;
            f.out
        })
        .collect()
}

/// Whether a Python file belongs to a CDKTF or CDK Terrain app: it imports `cdktf`, `cdktn`,
/// `constructs` or a provider package (prebuilt or `cdktf get` bindings), or an app's
/// `cdktf.json` is in its directory or above. Build scripts and other Python in a repository
/// are not ours to judge: the codemods know CDKTF, not Python at large.
pub(crate) fn is_cdk_python(path: &Path, text: &str, context: &dyn Context) -> bool {
    const ROOTS: [&str; 6] = [
        "cdktf",
        "cdktn",
        "constructs",
        "imports",
        "cdktf_cdktf_provider_",
        "cdktn_provider_",
    ];
    let imports_cdk = text.lines().any(|line| {
        let l = line.trim_start();
        let Some(rest) = l
            .strip_prefix("from ")
            .or_else(|| l.strip_prefix("import "))
        else {
            return false;
        };
        let module = rest.trim_start();
        ROOTS.iter().any(|r| {
            module.strip_prefix(r).is_some_and(|after| {
                r.ends_with('_') || after.is_empty() || after.starts_with(['.', ' ', ',', '\t'])
            })
        })
    });
    if imports_cdk || context.assume_cdk() {
        return true;
    }
    let dir = super::view::dir_of(path);
    let here = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    context.project_file(&here.join("cdktf.json")).is_some()
        || context
            .ancestors(path)
            .iter()
            .any(|(d, _)| context.project_file(&d.join("cdktf.json")).is_some())
}

/// A file before its first pass: its active codemods, and whether it can be checked at all.
fn open(engine: &Engine, input: Input, context: &dyn Context) -> FileState {
    let versions = input
        .versions
        .unwrap_or_else(|| engine.versions_for(input.profile, &input.path));
    let mut out = Outcome::default();
    let cdk = input.lang != Lang::Python || is_cdk_python(&input.path, &input.text, context);
    let active = if cdk {
        engine.active(
            input.profile,
            &input.path,
            input.lang,
            &input.text,
            &versions,
            &mut out.notes,
        )
    } else {
        Vec::new()
    };
    let mut f = FileState {
        crlf: edit::is_crlf(&input.text),
        input: input.text.clone(),
        path: input.path,
        lang: input.lang,
        text: input.text,
        profile: input.profile,
        versions,
        first_pass: true,
        active,
        root: OnceLock::new(),
        findings: Vec::new(),
        needs_find: true,
        reads: Reads::default(),
        frozen: false,
        passes: 0,
        disabled: HashSet::new(),
        out,
    };
    let suppress_possible = cdk && f.text.contains("cdktf-fix:");
    if f.active.is_empty() && !suppress_possible {
        // Nothing to find here, but another file's fix may still edit it (the module's
        // versions.tf), so it is not frozen. A Terraform file is parsed all the same, so that a
        // syntax error is reported rather than the file counted as checked (.tf files are small).
        f.needs_find = false;
        if f.lang == Lang::Hcl
            && let Err(e) = verify_input(engine, &f)
        {
            f.out.errors.push(e);
            f.out.failed = true;
            f.frozen = true;
        }
        return f;
    }
    if let Err(e) = verify_input(engine, &f) {
        f.out.errors.push(e);
        f.out.failed = true;
        f.needs_find = false;
        f.frozen = true;
    }
    f
}

/// A file is checked only when it is valid to begin with: a syntax error (or an unparsable JSON,
/// TOML or YAML file) is reported, not guessed at.
fn verify_input(engine: &Engine, f: &FileState) -> Result<(), Problem> {
    let clock = engine.clock();
    let r = verify_input_inner(f);
    engine.record(super::timings::Stage::Parse, clock);
    r
}

fn verify_input_inner(f: &FileState) -> Result<(), Problem> {
    match f.lang {
        Lang::Text => lang::text::check_syntax(&f.path, &f.text)
            .map_err(|e| Problem::new(&f.path, format!("{e}; the file is not checked or fixed"))),
        _ => {
            let root = f
                .lang
                .parse(&f.text)
                .map_err(|e| Problem::new(&f.path, format!("cannot parse: {e}")))?;
            if let Some((line, col)) = lang::first_syntax_error(&root) {
                return Err(Problem::new(
                    &f.path,
                    "syntax error; the file is not checked or fixed",
                )
                .at(line, col));
            }
            let _ = f.root.set(Some(root));
            Ok(())
        }
    }
}

/// Find the findings of every file that needs it, in parallel, each with a view of the others.
fn find_pass(engine: &Engine, files: &mut [FileState], layout: &Layout, context: &dyn Context) {
    if !files.iter().any(|f| f.needs_find) {
        return;
    }
    /// A file's findings (or why finding them panicked) and what it read of its project.
    type Found = Option<(Result<(Vec<Finding>, Vec<String>), String>, Reads)>;
    let results: Vec<Found> = {
        let members = Members {
            paths: files.iter().map(|f| f.path.as_path()).collect(),
            langs: files.iter().map(|f| f.lang).collect(),
            texts: files.iter().map(|f| f.text.as_str()).collect(),
            roots: files.iter().map(|f| &f.root).collect(),
        };
        let files: &[FileState] = files;
        (0..files.len())
            .into_par_iter()
            .map(|i| {
                let f = &files[i];
                if !f.needs_find {
                    return None;
                }
                let reads = Cell::new(Reads::default());
                let view = View {
                    me: i,
                    members: &members,
                    layout,
                    context,
                    reads: &reads,
                };
                // A fixer that panics (a user spec pairing a fixer with a rule it does not
                // expect) costs its file, never the run.
                let found = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    engine.find(f, f.root(), &view)
                }))
                .map_err(|payload| panic_message(payload.as_ref()));
                Some((found, reads.get()))
            })
            .collect()
    };
    for (f, r) in files.iter_mut().zip(results) {
        match r {
            Some((Ok((found, notes)), reads)) => {
                for note in notes {
                    if !f.out.notes.contains(&note) {
                        f.out.notes.push(note);
                    }
                }
                f.findings = found;
                f.reads = reads;
                f.needs_find = false;
            }
            Some((Err(why), _)) => {
                f.out.errors.push(
                    Problem::new(
                        &f.path,
                        format!("internal error, the file is not checked: {why}"),
                    )
                    .fatal(),
                );
                f.out.failed = true;
                f.findings.clear();
                f.text = f.input.clone();
                f.root = OnceLock::new();
                f.out.applied.clear();
                f.out.created.clear();
                f.frozen = true;
                f.needs_find = false;
            }
            None => {}
        }
    }
}

thread_local! {
    /// Where the last panic on this thread happened, recorded by [`quiet_panics`].
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Make panics silent and remember where they happened, so a caught one becomes a one-line
/// diagnostic of its file instead of a backtrace on stderr. The CLI installs it once.
pub fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let msg = panic_message(info.payload());
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{msg}{at}")));
    }));
}

/// A panic's message, with where it happened when the quiet hook recorded it.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(recorded) = LAST_PANIC.with(|p| p.borrow_mut().take()) {
        return recorded;
    }
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_string())
}

/// Each declaration key goes to the first fix that asks for it, in path and finding order: its
/// edits join that fix's, and every later fix that asks relies on it instead.
fn resolve_declarations(files: &mut [FileState], order: &[usize]) {
    let mut hosted: HashSet<String> = HashSet::new();
    for &i in order {
        for finding in &mut files[i].findings {
            // The alternatives of one finding are never applied together: each may host.
            let mut new_keys: Vec<String> = Vec::new();
            for fix in &mut finding.fixes {
                for d in std::mem::take(&mut fix.declares) {
                    if hosted.contains(&d.key) {
                        fix.needs.push(d.key);
                    } else {
                        fix.add_edits(d.edits);
                        new_keys.push(d.key.clone());
                        fix.hosts.push(d.key);
                    }
                }
            }
            hosted.extend(new_keys);
        }
    }
}

/// The fixes one pass applies: in path order, each finding's allowed fix unless its codemod is
/// disabled or deferred, it only creates a file already created, its edits (in its file or
/// others) touch an earlier pick's, it relies on a declaration no pick hosts, or, with the
/// picks before it, it would remove every use of an import that none of them removes.
fn choose(
    engine: &Engine,
    files: &[FileState],
    order: &[usize],
    created: &[NewFile],
    malformed: &mut Vec<(usize, Problem, Option<String>)>,
) -> Vec<Pick> {
    let mut picks: Vec<Pick> = Vec::new();
    let mut taken: HashMap<usize, edit::Taken> = HashMap::new();
    let mut guarded: HashMap<usize, edit::Taken> = HashMap::new();
    let none = edit::Taken::default();
    let mut hosted: HashSet<&str> = HashSet::new();
    let index_of: HashMap<&Path, usize> = files
        .iter()
        .enumerate()
        .map(|(i, f)| (f.path.as_path(), i))
        .collect();
    for &i in order {
        let f = &files[i];
        let allow = engine.profiles[f.profile].settings.apply;
        if f.frozen || allow.is_none() {
            continue;
        }
        let wait = deferring(engine, f, allow, created);
        for (fi, finding) in f.findings.iter().enumerate() {
            if f.disabled.contains(&finding.codemod)
                || wait.contains(finding.codemod.as_str())
                || created_already(finding, allow, created)
            {
                continue;
            }
            let Some(xi) = finding.fix_allowed_index(allow) else {
                continue;
            };
            let fix = &finding.fixes[xi];
            if !fix.is_well_formed(f.text.len()) {
                malformed.push((
                    i,
                    Problem::new(
                        &f.path,
                        format!(
                            "[{}] produced malformed edits; fix skipped",
                            finding.codemod
                        ),
                    ),
                    Some(finding.codemod.clone()),
                ));
                continue;
            }
            if let Some(n) = created_otherwise(fix, created) {
                malformed.push((
                    i,
                    Problem::new(
                        &n.path,
                        format!(
                            "not created for {}: another file of this run creates it with other content",
                            f.path.display()
                        ),
                    ),
                    None,
                ));
                continue;
            }
            let mine = taken.get(&i).unwrap_or(&none);
            // A fix whose every edit an earlier pick makes (one fix shared by the findings of
            // one statement) is applied with it.
            if !fix.edits.is_empty()
                && fix.other_files.is_empty()
                && fix.creates.is_empty()
                && fix.edits.iter().all(|e| mine.contains(e))
            {
                picks.push(Pick {
                    file: i,
                    finding: fi,
                    fix: xi,
                });
                continue;
            }
            let guards: Vec<Edit> = fix
                .guards
                .iter()
                .map(|g| Edit::delete(g.start, g.end))
                .collect();
            let mine_guarded = guarded.get(&i).unwrap_or(&none);
            if fix
                .edits
                .iter()
                .any(|e| mine.blocks(e) || mine_guarded.touches(e))
                || guards.iter().any(|g| mine.touches(g))
                || !fix.needs.iter().all(|k| hosted.contains(k.as_str()))
            {
                continue;
            }
            let covered = |r: &std::ops::Range<usize>| {
                mine.covers(r)
                    || fix
                        .edits
                        .iter()
                        .any(|e| e.start <= r.start && r.end <= e.end)
            };
            if fix.partial_uses.iter().any(|uses| uses.iter().all(covered)) {
                continue;
            }
            let mut targets = Vec::new();
            let others_ok = fix.other_files.iter().all(|o| {
                let Some(&t) = index_of.get(o.path.as_path()) else {
                    return false;
                };
                let tf = &files[t];
                targets.push(t);
                !tf.frozen
                    && engine.profiles[tf.profile]
                        .settings
                        .apply
                        .is_some_and(|a| fix.applicability >= a)
                    && edit::well_formed(&o.edits, tf.text.len())
                    && !o
                        .edits
                        .iter()
                        .any(|e| taken.get(&t).is_some_and(|tk| tk.blocks(e)))
            });
            if !others_ok {
                continue;
            }
            let mine = taken.entry(i).or_default();
            fix.edits.iter().for_each(|e| mine.add(e));
            let g = guarded.entry(i).or_default();
            guards.iter().for_each(|e| g.add(e));
            for (o, t) in fix.other_files.iter().zip(targets) {
                let theirs = taken.entry(t).or_default();
                o.edits.iter().for_each(|e| theirs.add(e));
            }
            hosted.extend(fix.hosts.iter().map(String::as_str));
            picks.push(Pick {
                file: i,
                finding: fi,
                fix: xi,
            });
        }
    }
    picks
}

fn push_edits(taken: &mut Vec<Edit>, edits: &[Edit]) {
    for e in edits {
        if !taken.contains(e) {
            taken.push(e.clone());
        }
    }
}

/// Codemods whose fixes wait this pass: those marked `defer: true` while another codemod still
/// has a fix to apply in the file, so they see (and rename) the code the others repaired.
fn deferring<'f>(
    engine: &Engine,
    f: &'f FileState,
    allow: Option<edit::Applicability>,
    created: &[NewFile],
) -> HashSet<&'f str> {
    let deferred = |id: &str| engine.codemods.iter().any(|c| c.defer && c.id == id);
    let others_pending = f.findings.iter().any(|x| {
        !deferred(&x.codemod)
            && !f.disabled.contains(&x.codemod)
            && x.fix_allowed(allow).is_some()
            && !created_already(x, allow, created)
    });
    if !others_pending {
        return HashSet::new();
    }
    f.findings
        .iter()
        .filter(|x| deferred(&x.codemod))
        .map(|x| x.codemod.as_str())
        .collect()
}

/// The edits a set of picks makes in file `t`.
fn edits_in(files: &[FileState], picks: &[Pick], t: usize) -> Vec<Edit> {
    let mut out: Vec<Edit> = Vec::new();
    for p in picks {
        let fix = &files[p.file].findings[p.finding].fixes[p.fix];
        if p.file == t {
            push_edits(&mut out, &fix.edits);
        }
        for o in &fix.other_files {
            if o.path == files[t].path {
                push_edits(&mut out, &o.edits);
            }
        }
    }
    out
}

fn touches(files: &[FileState], p: &Pick, t: usize) -> bool {
    p.file == t
        || files[p.file].findings[p.finding].fixes[p.fix]
            .other_files
            .iter()
            .any(|o| o.path == files[t].path)
}

/// The new text of a file, if it verifies, with its tree: it parses without errors, and a
/// Python file has no more compile-time errors (a repeated keyword, ...) than before.
fn verified(f: &FileState, edits: &[Edit]) -> Result<(String, Option<Root>), String> {
    let next = edit::apply(&f.text, edits, f.crlf);
    match f.lang {
        Lang::Text => lang::text::check_syntax(&f.path, &next)
            .map(|()| (next, None))
            .map_err(|e| format!("make the file {e}")),
        _ => match f.lang.parse(&next) {
            Ok(root) if lang::syntax_error_count(&root) == 0 => {
                if f.lang == Lang::Python {
                    let before = f.root().map_or(0, lang::python::compile_error_count);
                    if lang::python::compile_error_count(&root) > before {
                        return Err(
                            "make the file one Python refuses (a keyword argument repeated, a positional argument after a keyword one, or a parameter named twice)"
                                .to_string(),
                        );
                    }
                }
                Ok((next, Some(root)))
            }
            _ => Err("introduce a syntax error".to_string()),
        },
    }
}

/// Apply a pass's picks: verify every changed file, drop the fixes that break one (each in
/// turn, keeping the others), then commit the new texts.
fn apply(
    engine: &Engine,
    files: &mut [FileState],
    layout: &Layout,
    mut picks: Vec<Pick>,
    created: &mut Vec<NewFile>,
) {
    let mut touched: Vec<usize> = picks
        .iter()
        .flat_map(|p| {
            let f = &files[p.file];
            std::iter::once(p.file).chain(
                f.findings[p.finding].fixes[p.fix]
                    .other_files
                    .iter()
                    .filter_map(|o| layout.index_of(&o.path)),
            )
        })
        .collect();
    touched.sort_unstable();
    touched.dedup();
    let mut results: HashMap<usize, Result<(String, Option<Root>), String>> =
        verify_all(engine, files, &picks, &touched);
    // A file that breaks: keep its fixes one by one while it still verifies with them.
    let mut errors: Vec<(usize, Problem)> = Vec::new();
    let mut dropped_codemods: Vec<(usize, String)> = Vec::new();
    while let Some(&bad) = touched
        .iter()
        .find(|t| results.get(t).is_some_and(|r| r.is_err()))
    {
        let candidates: Vec<Pick> = picks
            .iter()
            .copied()
            .filter(|p| touches(files, p, bad))
            .collect();
        let mut kept: Vec<Pick> = Vec::new();
        let mut dropped: Vec<Pick> = Vec::new();
        let mut waiting: Vec<Pick> = Vec::new();
        for p in candidates {
            let mut trial = kept.clone();
            trial.push(p);
            match verified(&files[bad], &edits_in(files, &trial, bad)) {
                Ok(_) => kept.push(p),
                // Fine alone, broken only with the fixes kept before it (two fixes that each
                // add the same keyword): it waits for the next pass, which sees their result.
                Err(_) if verified(&files[bad], &edits_in(files, &[p], bad)).is_ok() => {
                    waiting.push(p);
                }
                Err(why) => {
                    let finding = &files[p.file].findings[p.finding];
                    errors.push((
                        p.file,
                        Problem::new(
                            &files[p.file].path,
                            format!("[{}] fix dropped: it would {why}", finding.codemod),
                        )
                        .at(finding.start.line, finding.start.column),
                    ));
                    dropped_codemods.push((p.file, finding.codemod.clone()));
                    dropped.push(p);
                }
            }
        }
        picks.retain(|p| !dropped.contains(p) && !waiting.contains(p));
        // Files the dropped fixes touched are verified again without them.
        let again: Vec<usize> = touched
            .iter()
            .copied()
            .filter(|&t| dropped.iter().chain(&waiting).any(|p| touches(files, p, t)))
            .collect();
        results.extend(verify_all(engine, files, &picks, &again));
        if dropped.is_empty() && waiting.is_empty() {
            // Nothing to blame within the file (it cannot happen: an empty set verifies);
            // never loop.
            results.insert(bad, Err(String::new()));
            picks.retain(|p| !touches(files, p, bad));
            break;
        }
    }
    for (i, e) in errors {
        files[i].out.errors.push(e);
    }
    for (i, c) in dropped_codemods {
        files[i].disabled.insert(c);
    }
    // Record what is applied, on the file whose finding it fixes.
    for p in &picks {
        let (finding, fix) = {
            let f = &files[p.file];
            let finding = &f.findings[p.finding];
            (finding.clone(), finding.fixes[p.fix].clone())
        };
        let out = &mut files[p.file].out;
        for n in &fix.creates {
            if !created.contains(n) {
                created.push(n.clone());
                out.created.push(n.clone());
            }
        }
        out.applied.push(AppliedFix {
            codemod: finding.codemod,
            code: finding.code,
            title: fix.title,
            line: finding.start.line,
            creates: fix.creates.iter().map(|n| n.path.clone()).collect(),
        });
    }
    let mut changed_dirs: HashSet<PathBuf> = HashSet::new();
    let mut changed_projects: HashSet<PathBuf> = HashSet::new();
    for (t, r) in results {
        let Ok((next, root)) = r else { continue };
        if !picks.iter().any(|p| touches(files, p, t)) {
            continue;
        }
        let f = &mut files[t];
        if next == f.text {
            continue;
        }
        f.passes += 1;
        if f.passes >= engine.profiles[f.profile].settings.max_passes {
            not_converging(f);
            continue;
        }
        // A fix can bring in what another codemod's prefilter looks for (an import the
        // migration renames), so the prefilters see each pass's text, not just the input's.
        let mut notes = std::mem::take(&mut f.out.notes);
        f.active = engine.active(f.profile, &f.path, f.lang, &next, &f.versions, &mut notes);
        f.out.notes = notes;
        f.text = next;
        f.root = OnceLock::new();
        if let Some(root) = root {
            let _ = f.root.set(Some(root));
        }
        f.needs_find = true;
        changed_dirs.insert(dir_of(&f.path).to_path_buf());
        changed_projects.insert(layout.project_of(t).to_path_buf());
    }
    // Files that read a part of the project that changed look again.
    for (i, f) in files.iter_mut().enumerate() {
        if f.frozen || f.needs_find {
            continue;
        }
        if (f.reads.module && changed_dirs.contains(dir_of(&f.path)))
            || (f.reads.app && changed_projects.contains(layout.project_of(i)))
        {
            f.needs_find = true;
        }
    }
}

fn verify_all(
    engine: &Engine,
    files: &[FileState],
    picks: &[Pick],
    which: &[usize],
) -> HashMap<usize, Result<(String, Option<Root>), String>> {
    which
        .par_iter()
        .map(|&t| {
            let clock = engine.clock();
            let r = verified(&files[t], &edits_in(files, picks, t));
            engine.record(super::timings::Stage::Verify, clock);
            (t, r)
        })
        .collect()
}

/// A file still changing after the pass limit is left as it was read, and reported.
fn not_converging(f: &mut FileState) {
    let still: Vec<&str> = f
        .findings
        .iter()
        .filter(|x| !x.fixes.is_empty())
        .map(|x| x.codemod.as_str())
        .collect();
    f.out.errors.push(Problem::new(
        &f.path,
        format!(
            "fixes did not converge after {} passes (still fixing: {}); the file is left unchanged",
            f.passes,
            still.join(", ")
        ),
    ));
    f.out.failed = true;
    f.out.applied.clear();
    f.out.created.clear();
    f.text = f.input.clone();
    f.root = OnceLock::new();
    f.findings = f.out.findings.clone();
    f.frozen = true;
    f.needs_find = false;
}
