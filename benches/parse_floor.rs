//! The floor of any tool that needs the syntax tree: read and parse every Python and Terraform
//! file under the given directories, in parallel, as cdktf-fix does, and nothing else.
//! `benches/bench.py` times it beside the full scan; the ratio is how far the codemods are from
//! the parser's limit. Usage: `parse_floor [--threads N] DIR...`; prints files, bytes and
//! syntax-error count on stdout (timing is the caller's).

use std::path::PathBuf;

use rayon::prelude::*;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut threads = 0;
    if let Some(i) = args.iter().position(|a| a == "--threads") {
        threads = args.get(i + 1).and_then(|n| n.parse().ok()).unwrap_or(0);
        args.drain(i..(i + 2).min(args.len()));
    }
    // cargo bench passes --bench; ignore flags.
    args.retain(|a| !a.starts_with("--"));
    let mut files: Vec<(PathBuf, cdktf_fix::lang::Lang)> = Vec::new();
    for dir in &args {
        for e in ignore::WalkBuilder::new(dir).build().flatten() {
            if e.file_type().is_some_and(|t| t.is_file())
                && let Some(lang) = cdktf_fix::lang::Lang::from_path(e.path())
            {
                files.push((e.into_path(), lang));
            }
        }
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("pool");
    let (bytes, errors) = pool.install(|| {
        files
            .par_iter()
            .map(|(p, lang)| {
                let Ok(text) = std::fs::read_to_string(p) else {
                    return (0, 0);
                };
                let errors = lang
                    .parse(&text)
                    .map_or(1, |root| cdktf_fix::lang::syntax_error_count(&root).min(1));
                (text.len(), errors)
            })
            .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
    });
    println!(
        "files {} bytes {bytes} files_with_syntax_errors {errors}",
        files.len()
    );
}
