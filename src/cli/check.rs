//! A check, `--diff` or `--fix` run: walk the paths, give each file its project (name, config,
//! versions), read them, run the engine on all of them at once, write or show the fixes, and
//! report. Results do not depend on how the paths were given: every file is named relative to
//! the working directory and gets the config and versions of its own project.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use super::{Args, Format, findings_left, list, merge, render_doc, write_pr_body};
use crate::engine::edit::Applicability;
use crate::engine::spec::{self, Codemod};
use crate::engine::timings::Stage;
use crate::engine::{Engine, Input, Problem, Settings, select};
use crate::lang::Lang;
use crate::project::config::{Config, Resolver};
use crate::project::context::DiskContext;
use crate::project::paths::Namer;
use crate::project::read::{self, SourceText};
use crate::project::versions::{Detector, Known, TargetVersions, Version};
use crate::project::{walk, write};
use crate::report::doc::{Doc, RuleMeta};
use crate::report::{self, FileReport, Mode};

/// `--cdktn-target`, checked against the releases the migration has tables for.
fn cdktn_target(k: Option<Known>) -> Result<Option<Known>, String> {
    if let Some(k) = &k {
        crate::rules::cdktn::check_target(k)?;
    }
    Ok(k)
}

fn parse_version(
    flag: &str,
    value: &Option<String>,
    source: &str,
) -> Result<Option<Known>, String> {
    match value {
        None => Ok(None),
        Some(v) => Version::parse(v)
            .map(|version| {
                Some(Known {
                    version,
                    source: source.to_string(),
                    constraint: None,
                    explicit: true,
                })
            })
            .ok_or_else(|| format!("{flag}: `{v}` is not a version like 1.9.8")),
    }
}

/// The codemods a run knows: the built-in ones, `--codemods` directories, and the directories
/// each config file adds (for the files under that config only).
struct Specs {
    all: Vec<Arc<Codemod>>,
    /// For each config file that adds directories, the ids of the codemods they add.
    added_by: HashMap<PathBuf, Vec<String>>,
}

impl Specs {
    fn load(args: &Args) -> Result<Specs, String> {
        let mut all: Vec<Codemod> = spec::builtin().map_err(|e| e.to_string())?;
        for dir in &args.codemods {
            all.extend(spec::from_dir(dir).map_err(|e| e.to_string())?);
        }
        spec::check_unique(&all).map_err(|e| e.to_string())?;
        Ok(Specs {
            all: all.into_iter().map(Arc::new).collect(),
            added_by: HashMap::new(),
        })
    }

    /// Load the directories a config file adds, once per config file.
    fn add_config(&mut self, config: &Config) -> Result<(), String> {
        let (Some(dirs), Some(path)) = (&config.codemods_dirs, &config.path) else {
            return Ok(());
        };
        if self.added_by.contains_key(path) {
            return Ok(());
        }
        let base = path.parent().unwrap_or(Path::new("."));
        let mut ids = Vec::new();
        for d in dirs {
            let dir = base.join(d);
            // A repository's config may name spec directories only inside its own tree.
            if !walk::inside(&dir, base) {
                return Err(format!(
                    "{}: codemods-dirs `{}` is outside the config file's directory",
                    path.display(),
                    d.display()
                ));
            }
            for c in spec::from_dir(&dir).map_err(|e| e.to_string())? {
                if self
                    .all
                    .iter()
                    .any(|x| x.id == c.id && x.origin == c.origin)
                {
                    ids.push(c.id.clone());
                    continue;
                }
                ids.push(c.id.clone());
                self.all.push(Arc::new(c));
            }
        }
        let plain: Vec<&Codemod> = self.all.iter().map(|c| c.as_ref()).collect();
        spec::check_unique_refs(&plain).map_err(|e| e.to_string())?;
        self.added_by.insert(path.clone(), ids);
        Ok(())
    }

    /// The codemods files under `config` may run: built-in, `--codemods`, and its own.
    fn for_config(&self, config: Option<&Config>) -> Vec<Arc<Codemod>> {
        let own: &[String] = config
            .and_then(|c| c.path.as_ref())
            .and_then(|p| self.added_by.get(p))
            .map_or(&[], Vec::as_slice);
        let foreign: Vec<&String> = self
            .added_by
            .values()
            .flatten()
            .filter(|id| !own.contains(id))
            .collect();
        self.all
            .iter()
            .filter(|c| !foreign.contains(&&c.id))
            .cloned()
            .collect()
    }
}

/// What the flags and one config file say a file's run may do.
fn settings_for(
    args: &Args,
    config: Option<&Config>,
    specs: &Specs,
    mode: Mode,
    per_file_ignores: &[String],
) -> Result<Settings, String> {
    let empty = Config::default();
    let cfg = config.unwrap_or(&empty);
    let source = cfg
        .path
        .as_ref()
        .map_or("config".to_string(), |p| p.display().to_string());
    let select_list = if !args.select.is_empty() {
        Some(args.select.clone())
    } else {
        cfg.select.clone()
    };
    let mut ignore_list = cfg.ignore.clone().unwrap_or_default();
    ignore_list.extend(cfg.extend_ignore.iter().flatten().cloned());
    ignore_list.extend(args.ignore.iter().chain(&args.extend_ignore).cloned());
    ignore_list.extend(per_file_ignores.iter().cloned());
    let mut extend = cfg.extend_select.clone().unwrap_or_default();
    extend.extend(args.extend_select.iter().cloned());
    let available = specs.for_config(config);
    cfg.check_options(&available)?;
    let chosen = select::select(&available, select_list.as_deref(), &extend, &ignore_list)
        .map_err(|e| match &cfg.path {
            Some(p)
                if args.select.is_empty()
                    && args.extend_select.is_empty()
                    && args.ignore.is_empty()
                    && args.extend_ignore.is_empty() =>
            {
                format!("{}: {e}", p.display())
            }
            _ => e,
        })?;
    let versions = TargetVersions {
        terraform: parse_version(
            "--terraform-version",
            &args.terraform_version,
            "--terraform-version",
        )?
        .or(parse_version(
            "terraform-version",
            &cfg.terraform_version,
            &source,
        )?),
        aws_provider: parse_version(
            "--aws-provider-version",
            &args.aws_provider_version,
            "--aws-provider-version",
        )?
        .or(parse_version(
            "aws-provider-version",
            &cfg.aws_provider_version,
            &source,
        )?),
        cdktf: parse_version("--cdktf-version", &args.cdktf_version, "--cdktf-version")?
            .or(parse_version("cdktf-version", &cfg.cdktf_version, &source)?),
        cdktn_target: cdktn_target(
            parse_version("--cdktn-target", &args.cdktn_target, "--cdktn-target")?
                .or(parse_version("cdktn-target", &cfg.cdktn_target, &source)?),
        )?,
        ..TargetVersions::default()
    };
    let unsafe_fixes = args.unsafe_fixes || cfg.unsafe_fixes.unwrap_or(false);
    let apply = match mode {
        Mode::Check => None,
        _ if unsafe_fixes => Some(Applicability::Unsafe),
        _ => Some(Applicability::Safe),
    };
    Ok(Settings {
        apply,
        versions,
        options: cfg.options(),
        only: Some(chosen.iter().map(|c| c.id.clone()).collect()),
        unused_suppressions: select::reports_unused_suppressions(&ignore_list),
        ..Settings::default()
    })
}

pub fn run(args: Args) -> Result<u8, String> {
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the current directory: {e}"))?;
    let namer = Namer::new(&cwd);
    let resolver = Resolver::new(args.config.as_deref(), args.isolated)?;
    // `cdktf-fix -`: one file from stdin, standing for --stdin-filename.
    let stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    if stdin && args.paths.len() > 1 {
        return Err("`-` (stdin) cannot be combined with other paths".into());
    }
    if args.stdin_filename.is_some() && !stdin {
        return Err("--stdin-filename needs `-` as the path".into());
    }
    let stdin_name = args
        .stdin_filename
        .clone()
        .unwrap_or_else(|| PathBuf::from("stdin.py"));
    let paths: Vec<PathBuf> = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else if stdin {
        vec![stdin_name.clone()]
    } else {
        args.paths.clone()
    };
    // What has no file of its own (--list, --export-ast-grep, --merge-reports) takes the config of
    // the first path.
    let first = namer.absolute(&paths[0]);
    let first_dir = if first.is_dir() {
        first.clone()
    } else {
        first.parent().map_or(first.clone(), Path::to_path_buf)
    };
    let base_config = resolver.for_dir(&first_dir)?;
    let mut specs = Specs::load(&args)?;
    if let Some(c) = &base_config {
        specs.add_config(c)?;
    }
    let mode = if args.diff {
        Mode::Diff
    } else if args.fix {
        Mode::Fix
    } else {
        Mode::Check
    };
    if args.list && args.select.is_empty() {
        // Without --select, list every codemod, opt-in ones included (marked so), as
        // `ruff rule --all` does: the list is where users find what they can select.
        if matches!(args.format, Format::Sarif | Format::Github) {
            return Err("--list supports --format text, json or markdown".into());
        }
        let all: Vec<Arc<Codemod>> = specs.for_config(base_config.as_deref());
        list::print_list(&all, args.format);
        return Ok(0);
    }
    let base = settings_for(&args, base_config.as_deref(), &specs, mode, &[])?;
    let base_selected: Vec<Arc<Codemod>> = specs
        .all
        .iter()
        .filter(|c| base.only.as_ref().is_some_and(|o| o.contains(&c.id)))
        .cloned()
        .collect();
    if args.list {
        if matches!(args.format, Format::Sarif | Format::Github) {
            return Err("--list supports --format text, json or markdown".into());
        }
        list::print_list(&base_selected, args.format);
        return Ok(0);
    }
    if let Some(dir) = &args.export_ast_grep {
        let (exported, skipped) = crate::report::export::write(&base_selected, dir)?;
        for (id, why) in &skipped {
            eprintln!("cdktf-fix: not exported: {id}: {why}");
        }
        for id in &exported {
            println!("{id}");
        }
        return Ok(0);
    }
    if args.merge_reports {
        let rules: Vec<RuleMeta> = base_selected
            .iter()
            .map(|c| RuleMeta::from_codemod(c))
            .collect();
        return merge::merge_reports(&args, &rules, &cwd);
    }
    if args.format == Format::Markdown {
        return Err(
            "--format markdown is only for --list (findings: text, json, sarif or github)".into(),
        );
    }
    if stdin && mode == Mode::Fix && (args.format != Format::Text || args.statistics) {
        return Err(
            "`--fix -` prints the fixed text on stdout: use the text format (or --diff)".into(),
        );
    }
    if args.statistics && mode == Mode::Diff {
        return Err("--statistics counts findings; it does not combine with --diff".into());
    }
    if args.show_fixes && mode == Mode::Check {
        return Err("--show-fixes needs --fix or --diff".into());
    }
    if args.pr_body.is_some() && mode == Mode::Check {
        return Err("--pr-body needs --fix or --diff".into());
    }

    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // More threads than cores only adds contention (and thousands of them make the machine
    // unusable): the request is capped.
    let threads = args.threads.unwrap_or(cores).clamp(1, cores);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| e.to_string())?;
    // The walk takes every file a loaded text codemod names; each file's own config decides
    // below whether it is checked.
    let walker_engine = Engine::new(specs.all.clone(), Settings::default());
    let walked = if stdin {
        let name = namer.name(&stdin_name);
        let lang = walker_engine.lang_for(&name).unwrap_or(Lang::Python);
        walk::Walked {
            files: vec![(name, lang, 0)],
            ..walk::Walked::default()
        }
    } else {
        pool.install(|| walk::walk(&paths, &namer, threads, &|p| walker_engine.lang_for(p)))
    };
    let context = DiskContext::new(namer.clone(), None);
    let mut files = walked.files;
    // The tree each file was found in: writes never leave it.
    let tree_of = |arg: usize| -> PathBuf {
        let named = namer.name(&paths[arg]);
        if namer.absolute(&named).is_dir() {
            named
        } else {
            named
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map_or(PathBuf::from("."), Path::to_path_buf)
        }
    };
    let roots: HashMap<PathBuf, PathBuf> = files
        .iter()
        .map(|(p, _, arg)| (p.clone(), tree_of(*arg)))
        .collect();
    if let Some(shard) = args.shard {
        use crate::engine::Context;
        files = shard.select(&paths, &namer, &|f| context.project_root(f), files);
    }

    // Each file's config (the nearest one), and one profile per distinct config.
    // A config's per-file-ignores make more than one profile of it (one per distinct set); its
    // exclude drops walked files (a file named on the command line is still checked).
    let mut configs: Vec<(Option<Arc<Config>>, Vec<String>)> = Vec::new();
    let mut profile_of: Vec<usize> = Vec::with_capacity(files.len());
    let mut excluded: Vec<bool> = Vec::with_capacity(files.len());
    let mut config_errors: Vec<String> = Vec::new();
    for (path, _, arg) in &files {
        let abs = namer.absolute(path);
        let dir = abs.parent().map_or(abs.clone(), Path::to_path_buf);
        let c = match resolver.for_dir(&dir) {
            Ok(c) => c,
            Err(e) => {
                config_errors.push(e);
                None
            }
        };
        let (out, extra) = match &c {
            Some(cfg) => match (cfg.excludes(&abs), cfg.per_file_ignores(&abs)) {
                (Ok(x), Ok(extra)) => (x && namer.name(&paths[*arg]) != *path, extra),
                (Err(e), _) | (_, Err(e)) => {
                    config_errors.push(e);
                    (false, Vec::new())
                }
            },
            None => (false, Vec::new()),
        };
        excluded.push(out);
        let same = |(x, e): &(Option<Arc<Config>>, Vec<String>)| {
            *e == extra
                && match (x, &c) {
                    (None, None) => true,
                    (Some(a), Some(b)) => a.path == b.path,
                    _ => false,
                }
        };
        let idx = match configs.iter().position(same) {
            Some(i) => i,
            None => {
                if let Some(cfg) = &c
                    && !configs
                        .iter()
                        .any(|(x, _)| x.as_ref().is_some_and(|x| x.path == cfg.path))
                {
                    specs.add_config(cfg)?;
                }
                configs.push((c, extra));
                configs.len() - 1
            }
        };
        profile_of.push(idx);
    }
    if let Some(e) = config_errors.into_iter().next() {
        return Err(e);
    }
    let mut keep = excluded.iter().map(|x| !x);
    files.retain(|_| keep.next().unwrap_or(true));
    let mut keep = excluded.iter().map(|x| !x);
    profile_of.retain(|_| keep.next().unwrap_or(true));
    let profiles: Vec<Settings> = configs
        .iter()
        .map(|(c, extra)| settings_for(&args, c.as_deref(), &specs, mode, extra))
        .collect::<Result<_, _>>()?;
    let rules: Vec<RuleMeta> = {
        let mut ids: Vec<&String> = profiles
            .iter()
            .flat_map(|p| p.only.iter().flatten())
            .collect();
        ids.sort();
        ids.dedup();
        specs
            .all
            .iter()
            .filter(|c| ids.contains(&&c.id))
            .map(|c| RuleMeta::from_codemod(c))
            .collect()
    };
    let permission = if profiles
        .iter()
        .any(|p| p.apply == Some(Applicability::Unsafe))
        || args.unsafe_fixes
    {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    };
    let started = std::time::Instant::now();
    let mut engine = Engine::with_profiles(specs.all.clone(), profiles);
    if args.timings {
        engine = engine.with_timings();
    }

    // A text file is read only if its own config runs a codemod that names it; one named on the
    // command line that nothing reads is said to be skipped.
    let mut warnings = walked.warnings.clone();
    let mut wanted: Vec<(PathBuf, Lang, usize)> = Vec::new();
    for ((path, lang, arg), profile) in files.iter().zip(&profile_of) {
        let read_by = |c: &Arc<Codemod>| {
            c.files.as_ref().is_some_and(|g| g.matches(path)) && engine.selects(*profile, &c.id)
        };
        if *lang != Lang::Text || engine.codemods().iter().any(read_by) {
            wanted.push((path.clone(), *lang, *profile));
        } else if namer.name(&paths[*arg]) == *path {
            warnings.push(format!(
                "{}: skipped: not a Python or Terraform file, nor one a selected codemod reads",
                path.display()
            ));
        }
    }
    // Read every file once; what cannot be read is reported, not checked.
    let detector = Detector::default();
    let read: Vec<(PathBuf, Lang, usize, Result<SourceText, read::ReadError>)> =
        pool.install(|| {
            wanted
                .into_par_iter()
                .map(|(path, lang, profile)| {
                    let r = if stdin {
                        read::read_stdin(args.max_file_size)
                    } else {
                        read::read(&path, args.max_file_size)
                    };
                    (path, lang, profile, r)
                })
                .collect()
        });
    let mut reports: Vec<FileReport> = Vec::new();
    let mut sources: Vec<SourceText> = Vec::new();
    let mut inputs: Vec<Input> = Vec::new();
    for (path, lang, profile, r) in read {
        match r {
            Ok(src) => {
                let versions = engine.versions_with(profile, &detector, &namer.absolute(&path));
                inputs.push(Input {
                    path: path.clone(),
                    lang,
                    text: src.text.clone(),
                    profile,
                    versions: Some(versions),
                });
                sources.push(src);
            }
            Err(e) => {
                let mut r = FileReport {
                    path: path.clone(),
                    ..FileReport::default()
                };
                let unchecked = !matches!(e, read::ReadError::Io(_));
                r.failed_io = !(unchecked && args.allow_unchecked);
                let p = Problem::new(&path, e.to_string());
                r.errors.push(if r.failed_io { p.fatal() } else { p });
                reports.push(r);
            }
        }
    }
    let outcomes = pool.install(|| engine.run(inputs, &context));
    if mode == Mode::Fix {
        write::clean_up_on_interrupt();
    }
    let dot = PathBuf::from(".");
    let checked: Vec<FileReport> = pool.install(|| {
        outcomes
            .into_par_iter()
            .zip(sources.into_par_iter())
            .map(|(outcome, src)| {
                let root = roots.get(&outcome.path).unwrap_or(&dot).clone();
                let clock = engine.clock();
                let r = file_report(outcome, src, mode, &root, stdin);
                engine.record(Stage::Write, clock);
                r
            })
            .collect()
    });
    let files_checked = checked.len();
    reports.extend(checked);
    // Reports in one order for every output (the JSON report's), whatever the walk's order;
    // created files go to the first file in that order that asks for them.
    reports.sort_by(|a, b| a.path.to_string_lossy().cmp(&b.path.to_string_lossy()));
    create_files(&mut reports, mode, &roots);
    let mut summary = report::summarize(&reports, engine_apply(mode, permission));
    summary.files_checked = files_checked;
    let walk_errors: Vec<Problem> = walked
        .errors
        .iter()
        .map(|m| Problem::general(m.clone()).fatal())
        .chain(warnings.iter().map(|m| Problem::general(m.clone())))
        .collect();

    if args.add_noqa {
        let root_of = |p: &Path| roots.get(p).cloned().unwrap_or_else(|| PathBuf::from("."));
        let (added, files, problems) = super::add_noqa::add(&reports, args.max_file_size, &root_of);
        for p in &problems {
            eprintln!("cdktf-fix: {p}");
        }
        eprintln!("Added {added} suppression(s) in {files} file(s).");
        return Ok(if problems.is_empty() { 0 } else { 1 });
    }
    // Everything that goes to stdout, kept until the end so that -o can write it instead.
    let mut out: Vec<u8> = Vec::new();
    let doc = Doc::build(&reports, &summary, mode, &walk_errors, permission);
    match args.format {
        Format::Json | Format::Sarif | Format::Github => {
            let _ = write!(out, "{}", render_doc(&doc, args.format, &rules, &cwd));
            if !args.quiet && args.format != Format::Json {
                eprintln!("{}", report::text_summary(&summary, mode));
            }
        }
        Format::Text | Format::Markdown if args.statistics && mode != Mode::Diff => {
            let _ = write!(out, "{}", report::statistics(&reports, mode));
            for e in reports.iter().flat_map(|r| &r.errors).chain(&walk_errors) {
                eprintln!("cdktf-fix: {e}");
            }
            if !args.quiet {
                eprintln!("{}", report::text_summary(&summary, mode));
            }
        }
        Format::Text | Format::Markdown => {
            for r in &reports {
                if mode == Mode::Diff
                    && let Some(d) = &r.diff
                {
                    let _ = write!(out, "{d}");
                }
                if let Some(text) = &r.stdout {
                    // `--fix -`: stdout is the file; what remains is said on stderr.
                    out.extend_from_slice(text);
                    for f in &r.remaining {
                        eprintln!("{}", report::finding_line(&r.path, f));
                    }
                } else if mode != Mode::Diff {
                    let listed = if mode == Mode::Check {
                        &r.findings
                    } else {
                        &r.remaining
                    };
                    let mut listed: Vec<_> = listed.iter().collect();
                    listed.sort_by(|a, b| {
                        (a.start.line, a.start.column, &a.code).cmp(&(
                            b.start.line,
                            b.start.column,
                            &b.code,
                        ))
                    });
                    for f in listed {
                        let _ = writeln!(out, "{}", report::finding_line(&r.path, f));
                    }
                }
                for e in &r.errors {
                    eprintln!("cdktf-fix: {e}");
                }
            }
            for e in &walk_errors {
                eprintln!("cdktf-fix: {e}");
            }
            for n in report::notes(&reports) {
                eprintln!("cdktf-fix: note: {n}");
            }
            if !args.quiet {
                eprintln!("{}", report::text_summary(&summary, mode));
            }
        }
    }
    if args.show_fixes && mode != Mode::Check {
        eprint!("{}", report::shown_fixes(&reports, mode));
    }
    match &args.output_file {
        Some(file) => write::write_atomic(file, &out)
            .map_err(|e| format!("--output-file {}: {e}", file.display()))?,
        None => {
            let mut stdout = std::io::stdout().lock();
            let _ = stdout.write_all(&out);
            let _ = stdout.flush();
        }
    }
    if let Some(file) = &args.pr_body {
        write_pr_body(file, &doc, &rules, &cwd)?;
    }

    if let Some(t) = engine.timings() {
        let names: Vec<&str> = engine.codemods().iter().map(|c| c.id.as_str()).collect();
        eprint!("{}", t.render(&names, started.elapsed().as_secs_f64()));
    }
    let io_failed = !walked.errors.is_empty() || reports.iter().any(|r| r.failed_io);
    if io_failed {
        return Ok(2);
    }
    let check_failed = reports.iter().any(|r| r.failed_check);
    Ok(
        if (findings_left(mode, &summary) || check_failed) && !args.exit_zero {
            1
        } else {
            0
        },
    )
}

/// The permission the summary counts fixable findings against.
fn engine_apply(mode: Mode, permission: Applicability) -> Option<Applicability> {
    (mode != Mode::Check).then_some(permission)
}

/// A file's report from the engine's outcome: in `--diff` the diff, in `--fix` the write.
fn file_report(
    outcome: crate::engine::Outcome,
    src: SourceText,
    mode: Mode,
    root: &Path,
    stdin: bool,
) -> FileReport {
    let mut r = FileReport {
        path: outcome.path.clone(),
        ..FileReport::default()
    };
    r.findings = outcome.findings;
    r.remaining = if mode == Mode::Check {
        r.findings.clone()
    } else {
        outcome.remaining
    };
    r.errors = outcome.errors;
    r.notes = outcome.notes;
    r.failed_check = outcome.failed;
    r.bom = src.bom;
    r.crlf = crate::engine::edit::is_crlf(&src.text);
    if mode == Mode::Check {
        return r;
    }
    r.applied = outcome.applied;
    r.created = outcome.created;
    if stdin && mode == Mode::Fix {
        // The fixed text (or the text as it came, when nothing changed) is the output; no other
        // file is created for a text that has no file.
        r.created.clear();
        r.changed = outcome.fixed.is_some();
        r.stdout = Some(match &outcome.fixed {
            Some(fixed) => src.encode(fixed),
            None => src.original.clone(),
        });
        return r;
    }
    let Some(fixed) = outcome.fixed else {
        r.changed = !r.created.is_empty();
        return r;
    };
    r.changed = true;
    let new_bytes = src.encode(&fixed);
    match mode {
        Mode::Diff => {
            let old = String::from_utf8_lossy(&src.original);
            let new = String::from_utf8_lossy(&new_bytes);
            r.diff = Some(report::unified_diff(&r.path, &old, &new));
        }
        Mode::Fix => {
            if let Err(e) = write::replace_if_unchanged(&r.path, &src.original, &new_bytes, root) {
                r.errors.push(Problem::new(&r.path, e.to_string()).fatal());
                r.failed_io = true;
                r.changed = false;
                r.remaining = r.findings.clone();
                r.applied.clear();
            }
        }
        Mode::Check => {}
    }
    r
}

/// Create (or, with `--diff`, show) the files that applied fixes bring into existence, in path
/// order. A path two files both want is created once, for the first; a path that exists by
/// now is never overwritten: that fix fails as a write error, and is not counted as applied.
fn create_files(reports: &mut [FileReport], mode: Mode, roots: &HashMap<PathBuf, PathBuf>) {
    let mut done: Vec<(PathBuf, String)> = Vec::new();
    for r in reports.iter_mut() {
        for file in std::mem::take(&mut r.created) {
            if let Some((_, text)) = done.iter().find(|(p, _)| *p == file.path) {
                if *text != file.text {
                    r.errors.push(Problem::new(
                        &file.path,
                        format!(
                            "not created for {}: another file of this run created it with other content",
                            r.path.display()
                        ),
                    ));
                }
                continue;
            }
            match mode {
                Mode::Diff => {
                    let d = report::creation_diff(&file.path, &file.text);
                    r.diff = Some(r.diff.take().unwrap_or_default() + &d);
                }
                Mode::Fix => {
                    let root = roots
                        .get(&r.path)
                        .cloned()
                        .unwrap_or_else(|| PathBuf::from("."));
                    if let Err(e) = write::create_new(&file.path, file.text.as_bytes(), &root) {
                        let why = match e {
                            write::WriteError::Changed => "it exists now".to_string(),
                            other => other.to_string(),
                        };
                        r.errors
                            .push(Problem::new(&file.path, format!("not created: {why}")).fatal());
                        r.failed_io = true;
                        // The fix that asked for it did not happen.
                        r.applied.retain(|a| !a.creates.contains(&file.path));
                        continue;
                    }
                }
                Mode::Check => {}
            }
            done.push((file.path.clone(), file.text.clone()));
            r.created.push(file);
        }
    }
}
