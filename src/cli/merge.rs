//! `--merge-reports`: the JSON reports of shards read back and printed as one report.

use std::io::Write;
use std::path::Path;

use super::{Args, Format, render_doc, write_pr_body};
use crate::report::doc::{Doc, RuleMeta};
use crate::report::{self, Mode};

/// `--merge-reports`: the shards' JSON reports as one report. Exit 1 when the merged report has
/// findings left (as the run that made them would) or errors, 2 when a report cannot be read.
pub fn merge_reports(args: &Args, rules: &[RuleMeta], cwd: &Path) -> Result<u8, String> {
    if args.paths.is_empty() {
        return Err("--merge-reports needs the JSON report files to merge".into());
    }
    let mut docs = Vec::new();
    for p in &args.paths {
        let text = crate::project::read::read(p, crate::project::read::DEFAULT_MAX_BYTES)
            .map_err(|e| format!("{}: {e}", p.display()))?
            .text;
        docs.push(Doc::parse(&text, &p.display().to_string())?);
    }
    let doc = report::doc::merge(docs)?;
    let mode =
        Mode::parse(&doc.mode).ok_or_else(|| format!("unknown report mode `{}`", doc.mode))?;
    if args.pr_body.is_some() && mode == Mode::Check {
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
        eprintln!("{}", report::text_summary(&doc.summary, mode));
    }
    if let Some(file) = &args.pr_body {
        write_pr_body(file, &doc, rules, cwd)?;
    }
    let s = &doc.summary;
    if doc.errors.iter().any(|e| e.fatal) {
        return Ok(2);
    }
    let left = super::findings_left(mode, s);
    Ok(if (left || !doc.errors.is_empty()) && !args.exit_zero {
        1
    } else {
        0
    })
}
