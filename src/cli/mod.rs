//! The command line, in ruff's conventions: report by default, `--diff`/`--dry-run` to preview,
//! `--fix` to write safe fixes, `--unsafe-fixes` to allow the rest. Exit codes: 0 clean,
//! 1 findings (or a diff) remain, 2 usage or I/O error.
//!
//! A run goes walk -> project (names, config and versions per file) -> read -> engine (parse,
//! match, fix, verify) -> write -> report; `check.rs` holds that flow.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, ValueEnum};

use crate::project::read;
use crate::project::shard::Shard;
use crate::report::doc::{Doc, RuleMeta};
use crate::report::{self, Mode, Summary};

mod add_noqa;
mod check;
mod list;
mod merge;
mod rule;

pub use list::markdown_table;
pub use rule::{page as rule_page, plain_message};

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
    /// Files or directories to check (default: the current directory); `-` reads one file from
    /// stdin (see --stdin-filename).
    pub paths: Vec<PathBuf>,
    /// With `-`: the path the stdin text stands for, which decides its language, config,
    /// versions and project (default: `stdin.py`). With --fix the fixed text goes to stdout.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,
    /// Apply safe fixes in place.
    #[arg(long)]
    pub fix: bool,
    /// Also apply unsafe fixes (with --fix or --diff).
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Print the fixes as a unified diff and write nothing.
    #[arg(long, visible_alias = "dry-run")]
    pub diff: bool,
    /// Codemods to run, by name, code, code prefix (`TF`, `CDK04`), language (`python`, `hcl`,
    /// `text`) or set (comma-separated; `ALL` for every default codemod). Replaces the config's.
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Codemods to run as well as the selected ones (added to the config's `extend-select`).
    #[arg(long, value_delimiter = ',')]
    pub extend_select: Vec<String>,
    /// Codemods to skip, in the same forms as --select (added to the config's `ignore`).
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// The same as --ignore (ruff's spelling).
    #[arg(long, value_delimiter = ',')]
    pub extend_ignore: Vec<String>,
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
    /// Config file for every file (default: for each file, the nearest cdktf-fix.toml or
    /// pyproject.toml with [tool.cdktf-fix] at or above it).
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
    /// The CDK Terrain release `--select cdktn-migration` migrates to: 0.22, 0.23 or 0.24
    /// (default, the newest).
    #[arg(long, value_name = "VERSION")]
    pub cdktn_target: Option<String>,
    /// Do not check files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = read::DEFAULT_MAX_BYTES)]
    pub max_file_size: u64,
    /// Exit 0 rather than 2 when the only problem is files that could not be checked (binary,
    /// not UTF-8, over the size limit, not a regular file); they are still reported.
    #[arg(long)]
    pub allow_unchecked: bool,
    /// Worker threads (default and maximum: the available cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Print where the time went, by stage and by codemod (CPU seconds summed over threads), on
    /// stderr at the end.
    #[arg(long)]
    pub timings: bool,
    /// Write a `# cdktf-fix: ignore[CODE]` suppression for every current finding (to adopt the
    /// tool on a large repository and fix the backlog later).
    #[arg(long, conflicts_with_all = ["fix", "diff", "merge_reports", "list"])]
    pub add_noqa: bool,
    /// With --fix or --diff: list the fixes applied (or that would be), per file and line, on
    /// stderr.
    #[arg(long)]
    pub show_fixes: bool,
    /// Print the number of findings per codemod (and how many are fixable) instead of each one.
    #[arg(long)]
    pub statistics: bool,
    /// Write the report (findings, diff, JSON, SARIF, ...) to FILE instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output_file: Option<PathBuf>,
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
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if rule::wants_rule(&argv) {
        return match rule::run(argv) {
            Ok(code) => ExitCode::from(code),
            Err(msg) => {
                eprintln!("cdktf-fix: error: {msg}");
                ExitCode::from(2)
            }
        };
    }
    let args = match Args::try_parse_from(argv) {
        Ok(a) => a,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    crate::engine::quiet_panics();
    match std::panic::catch_unwind(|| check::run(args)) {
        Ok(Ok(code)) => ExitCode::from(code),
        Ok(Err(msg)) => {
            eprintln!("cdktf-fix: error: {msg}");
            ExitCode::from(2)
        }
        Err(payload) => {
            eprintln!(
                "cdktf-fix: internal error: {}",
                crate::engine::panic_message(payload.as_ref())
            );
            ExitCode::from(2)
        }
    }
}

/// Whether a report of `mode` has something left that fails the run: findings, or a diff.
fn findings_left(mode: Mode, s: &Summary) -> bool {
    match mode {
        Mode::Diff => s.files_changed > 0 || s.remaining > 0,
        Mode::Fix => s.remaining > 0,
        Mode::Check => s.findings > 0,
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
    crate::project::write::write_atomic(file, body.as_bytes())
        .map_err(|e| format!("--pr-body {}: {e}", file.display()))
}
