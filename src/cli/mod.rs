//! The command line, in ruff's conventions: report by default, `--diff`/`--dry-run` to preview,
//! `--fix` to write safe fixes, `--unsafe-fixes` to allow the rest. Exit codes: 0 clean,
//! 1 findings (or a diff) remain, 2 usage or I/O error.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, ValueEnum};
use rayon::prelude::*;

use crate::engine::edit::Applicability;
use crate::engine::select;
use crate::engine::spec::{self, Codemod};
use crate::engine::{Engine, Settings};
use crate::project::config::{self, Config};
use crate::project::read;
use crate::project::shard::Shard;
use crate::project::versions::{Known, TargetVersions, Version};
use crate::project::walk;
use crate::project::write;
use crate::report::doc::{Doc, RuleMeta};
use crate::report::{self, FileReport};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    /// SARIF 2.1.0, for code-scanning uploads.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// Only for `--list`: the README table.
    Markdown,
}

#[derive(Parser, Debug)]
#[command(name = "cdktf-fix", version = version(), about = "Find and fix the mistakes that keep CDKTF and Terraform code from deploying.")]
pub struct Args {
    /// Files or directories to check (default: the current directory).
    pub paths: Vec<PathBuf>,
    /// Apply safe fixes in place.
    #[arg(long)]
    pub fix: bool,
    /// Also apply unsafe fixes (with --fix or --diff).
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Print the fixes as a unified diff and write nothing.
    #[arg(long, visible_alias = "dry-run")]
    pub diff: bool,
    /// Codemods to run, by name, code or set (comma-separated; `ALL` for every codemod).
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Codemods to skip, by name, code or set.
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Add codemod specs from this directory (repeatable).
    #[arg(long = "codemods", value_name = "DIR")]
    pub codemods: Vec<PathBuf>,
    /// List the codemods and exit.
    #[arg(long)]
    pub list: bool,
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Check only shard K of N (1-based), split by a stable hash of each file's path relative to
    /// its root argument, so N machines together check every file once.
    #[arg(long, value_name = "K/N", value_parser = clap::value_parser!(Shard))]
    pub shard: Option<Shard>,
    /// Read PATHS as JSON reports (of shards) and print them as one report in --format.
    #[arg(long, conflicts_with_all = ["fix", "diff", "shard", "list", "unsafe_fixes"])]
    pub merge_reports: bool,
    /// After --fix or --diff, write a Markdown pull-request description of the fixes to FILE.
    #[arg(long, value_name = "FILE")]
    pub pr_body: Option<PathBuf>,
    /// Write the selected codemods whose findings are exactly their ast-grep rule's matches as
    /// an `ast-grep scan` project (DIR/sgconfig.yml, DIR/rules/) and exit.
    #[arg(long, value_name = "DIR")]
    pub export_ast_grep: Option<PathBuf>,
    /// Config file (default: cdktf-fix.toml or [tool.cdktf-fix] in pyproject.toml, searched upwards).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Ignore any config file.
    #[arg(long)]
    pub isolated: bool,
    /// Target Terraform version (overrides .terraform-version, .tool-versions, config).
    #[arg(long, value_name = "VERSION")]
    pub terraform_version: Option<String>,
    /// Target hashicorp/aws provider version.
    #[arg(long, value_name = "VERSION")]
    pub aws_provider_version: Option<String>,
    /// Target cdktf version.
    #[arg(long, value_name = "VERSION")]
    pub cdktf_version: Option<String>,
    /// Skip files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = read::DEFAULT_MAX_BYTES)]
    pub max_file_size: u64,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Print only findings and errors, no summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// Exit 0 even when findings remain.
    #[arg(long)]
    pub exit_zero: bool,
}

/// The tool's version and the provider API its schema-driven checks know (a constant, so that
/// `--version` does not decompress the index; a test keeps it equal to the index's own record).
fn version() -> &'static str {
    concat!(
        env!("CARGO_PKG_VERSION"),
        " (provider index: ",
        crate::schema_version!(),
        ")"
    )
}

pub fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(args) {
        Ok(code) => ExitCode::from(code),
        Err(msg) => {
            eprintln!("cdktf-fix: error: {msg}");
            ExitCode::from(2)
        }
    }
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
                })
            })
            .ok_or_else(|| format!("{flag}: `{v}` is not a version like 1.9.8")),
    }
}

pub fn run(args: Args) -> Result<u8, String> {
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the current directory: {e}"))?;
    let config = if args.isolated {
        Config::default()
    } else {
        config::load(
            args.config.as_deref(),
            args.paths.first().map_or(cwd.as_path(), |p| p.as_path()),
        )?
    };
    let config_src = config
        .path
        .as_ref()
        .map_or("config".to_string(), |p| p.display().to_string());

    let mut all: Vec<Codemod> = spec::builtin().map_err(|e| e.to_string())?;
    let mut dirs: Vec<PathBuf> = args.codemods.clone();
    if let (Some(extra), Some(cfg_path)) = (&config.codemods_dirs, &config.path) {
        let base = cfg_path.parent().unwrap_or(Path::new("."));
        dirs.extend(extra.iter().map(|d| base.join(d)));
    }
    for dir in &dirs {
        all.extend(spec::from_dir(dir).map_err(|e| e.to_string())?);
    }
    spec::check_unique(&all).map_err(|e| e.to_string())?;

    let select_list = if !args.select.is_empty() {
        Some(args.select.clone())
    } else {
        config.select.clone()
    };
    let mut ignore_list = config.ignore.clone().unwrap_or_default();
    ignore_list.extend(args.ignore.iter().cloned());
    let extend = config.extend_select.clone().unwrap_or_default();
    if args.list && args.select.is_empty() {
        // Without --select, list every codemod, opt-in ones included (marked so), as
        // `ruff rule --all` does: the list is where users find what they can select.
        if matches!(args.format, Format::Sarif | Format::Github) {
            return Err("--list supports --format text, json or markdown".into());
        }
        print_list(&all, args.format);
        return Ok(0);
    }
    let selected = select::select(all, select_list.as_deref(), &extend, &ignore_list)?;

    if args.list {
        if matches!(args.format, Format::Sarif | Format::Github) {
            return Err("--list supports --format text, json or markdown".into());
        }
        print_list(&selected, args.format);
        return Ok(0);
    }
    if let Some(dir) = &args.export_ast_grep {
        let (exported, skipped) = crate::report::export::write(&selected, dir)?;
        for (id, why) in &skipped {
            eprintln!("cdktf-fix: not exported: {id}: {why}");
        }
        for id in &exported {
            println!("{id}");
        }
        return Ok(0);
    }
    let rules: Vec<RuleMeta> = selected.iter().map(RuleMeta::from_codemod).collect();
    if args.merge_reports {
        return merge_reports(&args, &rules, &cwd);
    }
    if args.pr_body.is_some() && !(args.fix || args.diff) {
        return Err("--pr-body needs --fix or --diff".into());
    }

    let versions = TargetVersions {
        terraform: parse_version(
            "--terraform-version",
            &args.terraform_version,
            "--terraform-version",
        )?
        .or(parse_version(
            "terraform-version",
            &config.terraform_version,
            &config_src,
        )?),
        aws_provider: parse_version(
            "--aws-provider-version",
            &args.aws_provider_version,
            "--aws-provider-version",
        )?
        .or(parse_version(
            "aws-provider-version",
            &config.aws_provider_version,
            &config_src,
        )?),
        cdktf: parse_version("--cdktf-version", &args.cdktf_version, "--cdktf-version")?.or(
            parse_version("cdktf-version", &config.cdktf_version, &config_src)?,
        ),
        aws_provider_package: None,
    };
    let unsafe_fixes = args.unsafe_fixes || config.unsafe_fixes.unwrap_or(false);
    let mode = if args.diff {
        "diff"
    } else if args.fix {
        "fix"
    } else {
        "check"
    };
    let apply = match mode {
        "check" => None,
        _ if unsafe_fixes => Some(Applicability::Unsafe),
        _ => Some(Applicability::Safe),
    };
    let settings = Settings {
        apply,
        versions,
        options: config.options(),
        ..Settings::default()
    };
    let engine = Engine::new(selected.into_iter().map(Arc::new).collect(), settings);

    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| e.to_string())?;
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let walked = walk::walk_with(&paths, threads, &|p| engine.lang_for(p));
    let mut files: Vec<(PathBuf, crate::lang::Lang)> = walked
        .files
        .into_iter()
        .filter(|(_, l)| engine.handles(*l))
        .collect();
    if let Some(shard) = args.shard {
        files = shard.select(&paths, files);
    }

    let mut reports: Vec<FileReport> = pool.install(|| {
        files
            .par_iter()
            .map(|(path, lang)| process_file(&engine, path, *lang, mode, args.max_file_size))
            .collect()
    });
    // Reports in one order for every output (the JSON report's), whatever the walk's order;
    // created files go to the first file in that order that asks for them.
    reports.sort_by(|a, b| a.path.to_string_lossy().cmp(&b.path.to_string_lossy()));
    create_files(&mut reports, mode);
    let summary = report::summarize(&reports, apply);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut walk_errors = walked.errors.clone();
    walk_errors.extend(walked.warnings.iter().cloned());
    // SARIF, GitHub and the PR body render from the JSON document, as a merged report does.
    let json = matches!(args.format, Format::Json | Format::Sarif | Format::Github)
        || args.pr_body.is_some();
    let json = json.then(|| {
        report::json(
            &reports,
            &summary,
            mode,
            &walk_errors,
            if unsafe_fixes {
                Applicability::Unsafe
            } else {
                Applicability::Safe
            },
        )
    });
    let doc = match (
        &json,
        matches!(args.format, Format::Json) && args.pr_body.is_none(),
    ) {
        (Some(text), false) => Some(Doc::parse(text, "report")?),
        _ => None,
    };
    match (args.format, &json, &doc) {
        (Format::Json, Some(text), _) => {
            let _ = writeln!(out, "{text}");
        }
        (Format::Sarif | Format::Github, _, Some(doc)) => {
            let _ = write!(out, "{}", render_doc(doc, args.format, &rules, &cwd));
            if !args.quiet {
                eprintln!("{}", report::text_summary(&summary, mode));
            }
        }
        _ => {
            for r in &reports {
                if mode == "diff"
                    && let Some(d) = &r.diff
                {
                    let _ = write!(out, "{d}");
                }
                let listed = if mode == "check" {
                    &r.findings
                } else {
                    &r.remaining
                };
                if mode != "diff" {
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
    let _ = out.flush();
    if let (Some(file), Some(doc)) = (&args.pr_body, &doc) {
        write_pr_body(file, doc, &rules, &cwd)?;
    }

    let io_failed = !walked.errors.is_empty() || reports.iter().any(|r| r.failed_io);
    if io_failed {
        return Ok(2);
    }
    let left = match mode {
        "diff" => summary.files_changed > 0 || summary.remaining > 0,
        "fix" => summary.remaining > 0,
        _ => summary.findings > 0,
    };
    let check_failed = reports.iter().any(|r| r.failed_check);
    Ok(if (left || check_failed) && !args.exit_zero {
        1
    } else {
        0
    })
}

fn process_file(
    engine: &Engine,
    path: &Path,
    lang: crate::lang::Lang,
    mode: &str,
    max: u64,
) -> FileReport {
    let mut r = FileReport {
        path: path.to_path_buf(),
        ..FileReport::default()
    };
    let src = match read::read(path, max) {
        Ok(s) => s,
        Err(e) => {
            r.errors.push(format!("{}: {e}", path.display()));
            r.failed_io = matches!(e, read::ReadError::Io(_));
            return r;
        }
    };
    let outcome = engine.process(path, lang, &src.text);
    r.findings = outcome.findings;
    r.remaining = if mode == "check" {
        r.findings.clone()
    } else {
        outcome.remaining
    };
    r.errors = outcome.errors;
    r.notes = outcome.notes;
    r.failed_check = outcome.failed;
    r.bom = src.bom;
    r.crlf = crate::engine::edit::is_crlf(&src.text);
    if mode == "check" {
        return r;
    }
    r.applied = outcome.applied;
    r.created = outcome.created;
    let Some(fixed) = outcome.fixed else {
        r.changed = !r.created.is_empty();
        return r;
    };
    r.changed = true;
    let new_bytes = src.encode(&fixed);
    match mode {
        "diff" => {
            let old = String::from_utf8_lossy(&src.original);
            let new = String::from_utf8_lossy(&new_bytes);
            r.diff = Some(report::unified_diff(path, &old, &new));
        }
        "fix" => {
            if let Err(e) = write::replace_if_unchanged(path, &src.original, &new_bytes) {
                r.errors.push(format!("{}: {e}", path.display()));
                r.failed_io = true;
                r.changed = false;
                r.remaining = r.findings.clone();
                r.applied.clear();
            }
        }
        _ => {}
    }
    r
}

/// Create (or, with `--diff`, show) the files that applied fixes bring into existence, in path
/// order. A path two files both want is created once, for the first; a path that exists by
/// now is never overwritten: that fix fails as a write error.
fn create_files(reports: &mut [FileReport], mode: &str) {
    let mut done: Vec<(PathBuf, String)> = Vec::new();
    for r in reports.iter_mut() {
        for file in std::mem::take(&mut r.created) {
            if let Some((_, text)) = done.iter().find(|(p, _)| *p == file.path) {
                if *text != file.text {
                    r.errors.push(format!(
                        "{}: not created for {}: another file of this run created it with other content",
                        file.path.display(),
                        r.path.display()
                    ));
                }
                continue;
            }
            match mode {
                "diff" => {
                    let d = report::creation_diff(&file.path, &file.text);
                    r.diff = Some(r.diff.take().unwrap_or_default() + &d);
                }
                "fix" => {
                    if let Err(e) = write::create_new(&file.path, file.text.as_bytes()) {
                        let why = match e {
                            write::WriteError::Changed => "it exists now".to_string(),
                            other => other.to_string(),
                        };
                        r.errors
                            .push(format!("{}: not created: {why}", file.path.display()));
                        r.failed_io = true;
                        continue;
                    }
                }
                _ => {}
            }
            done.push((file.path.clone(), file.text.clone()));
            r.created.push(file);
        }
    }
}

/// A report document in `format` (all but diff output, which a JSON report does not carry).
fn render_doc(doc: &Doc, format: Format, rules: &[RuleMeta], cwd: &Path) -> String {
    match format {
        Format::Json => format!("{}\n", doc.to_json()),
        Format::Sarif => format!(
            "{}\n",
            serde_json::to_string_pretty(&report::sarif::render(doc, rules, cwd))
                .unwrap_or_default()
        ),
        Format::Github => report::github::render(doc, rules, cwd),
        Format::Text | Format::Markdown => doc
            .findings
            .iter()
            .map(|f| format!("{}\n", report::doc::finding_line(f)))
            .collect(),
    }
}

fn write_pr_body(file: &Path, doc: &Doc, rules: &[RuleMeta], cwd: &Path) -> Result<(), String> {
    let body = report::pr_body::render(doc, rules, cwd);
    write::write_atomic(file, body.as_bytes())
        .map_err(|e| format!("--pr-body {}: {e}", file.display()))
}

/// `--merge-reports`: the shards' JSON reports as one report. Exit 1 when the merged report has
/// findings left (as the run that made them would) or errors, 2 when a report cannot be read.
fn merge_reports(args: &Args, rules: &[RuleMeta], cwd: &Path) -> Result<u8, String> {
    if args.paths.is_empty() {
        return Err("--merge-reports needs the JSON report files to merge".into());
    }
    let mut docs = Vec::new();
    for p in &args.paths {
        let text =
            std::fs::read_to_string(p).map_err(|e| format!("{}: cannot read: {e}", p.display()))?;
        docs.push(Doc::parse(&text, &p.display().to_string())?);
    }
    let doc = report::doc::merge(docs)?;
    if args.pr_body.is_some() && doc.mode == "check" {
        return Err("--pr-body needs reports of --fix or --diff runs".into());
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let _ = write!(out, "{}", render_doc(&doc, args.format, rules, cwd));
    let _ = out.flush();
    if args.format == Format::Text {
        for e in &doc.errors {
            eprintln!("cdktf-fix: {}", e.message);
        }
        for n in &doc.notes {
            eprintln!("cdktf-fix: note: {n}");
        }
    }
    if !args.quiet && args.format != Format::Json && args.format != Format::Sarif {
        eprintln!("{}", report::text_summary(&doc.summary, &doc.mode));
    }
    if let Some(file) = &args.pr_body {
        write_pr_body(file, &doc, rules, cwd)?;
    }
    let s = &doc.summary;
    let left = match doc.mode.as_str() {
        "diff" => s.files_changed > 0 || s.remaining > 0,
        "fix" => s.remaining > 0,
        _ => s.findings > 0,
    };
    Ok(if (left || !doc.errors.is_empty()) && !args.exit_zero {
        1
    } else {
        0
    })
}

fn print_list(codemods: &[Codemod], format: Format) {
    match format {
        Format::Json => {
            let items: Vec<serde_json::Value> = codemods
                .iter()
                .map(|c| {
                    serde_json::json!({
                        "name": c.id, "code": c.code, "language": c.lang.name(), "safety": c.safety.name(),
                        "message": c.message, "rationale": c.rationale, "url": c.url, "sets": c.sets,
                        "opt_in": c.opt_in,
                        "versions": c.gates.iter().map(|g| format!("{} {}", g.tool.name(), g.req)).collect::<Vec<_>>(),
                    })
                })
                .collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&items).unwrap_or_default()
            );
        }
        Format::Markdown => print!("{}", markdown_table(codemods)),
        // Refused before: `--list` has no SARIF or GitHub form.
        Format::Text | Format::Sarif | Format::Github => {
            for c in codemods {
                let gate: Vec<String> = c
                    .gates
                    .iter()
                    .map(|g| format!("{} {}", g.tool.name(), g.req))
                    .collect();
                let gate = if gate.is_empty() {
                    String::new()
                } else {
                    format!(" (only {})", gate.join(", "))
                };
                let gate = if c.opt_in {
                    format!("{gate} (opt-in)")
                } else {
                    gate
                };
                println!(
                    "{:<8} {:<40} {:<7} {:<7} {}{}",
                    c.code,
                    c.id,
                    c.lang.name(),
                    c.safety.name(),
                    first_sentence(&c.message),
                    gate
                );
            }
        }
    }
}

/// The README's codemod table; a test keeps README in step with the specs.
pub fn markdown_table(codemods: &[Codemod]) -> String {
    let mut s =
        String::from("| code | name | language | fix | what it does |\n|---|---|---|---|---|\n");
    for c in codemods {
        let gate: Vec<String> = c
            .gates
            .iter()
            .map(|g| format!("{} {}", g.tool.name(), g.req))
            .collect();
        let gate = if gate.is_empty() {
            String::new()
        } else {
            format!(" Only for {}.", gate.join(", "))
        };
        let opt = if c.opt_in { " Opt-in." } else { "" };
        s.push_str(&format!(
            "| {} | `{}` | {} | {} | {}{}{} |\n",
            c.code,
            c.id,
            c.lang.name(),
            c.safety.name(),
            first_sentence(&c.message).replace('|', "\\|"),
            gate,
            opt
        ));
    }
    s
}

fn first_sentence(s: &str) -> String {
    s.lines().next().unwrap_or("").to_string()
}
