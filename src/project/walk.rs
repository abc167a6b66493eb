//! Finding the files to check: `.gitignore`-aware parallel walk (the `ignore` crate), skipping
//! what is generated or vendored in a CDKTF project. Paths named on the command line are always
//! checked, like ruff and ripgrep do.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::lang::Lang;

/// Directories that never hold code to fix: synth output, `cdktf get` bindings, virtualenvs,
/// Terraform's plugin cache.
const SKIP_DIRS: &[&str] = &[
    "cdktf.out",
    ".gen",
    "imports",
    "node_modules",
    "__pycache__",
    ".terraform",
    ".venv",
    "venv",
    ".tox",
    ".git",
];

#[derive(Debug, Default)]
pub struct Walked {
    pub files: Vec<(PathBuf, Lang)>,
    /// Problems that stop a path from being checked (unreadable, missing).
    pub errors: Vec<String>,
    /// Problems worth saying that do not lose anything (symlink loops).
    pub warnings: Vec<String>,
}

/// Also used by fixers that look around the project (missing-cdktf-json), so both skip the same.
pub fn skip_dir(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    SKIP_DIRS.contains(&name) || path.join("pyvenv.cfg").is_file()
}

pub fn walk(paths: &[PathBuf], threads: usize) -> Walked {
    walk_with(paths, threads, &Lang::from_path)
}

/// Like [`walk`], with the language of each file decided by `lang_of` (the engine's
/// `lang_for`, which also takes the files a selected text codemod names by glob as
/// [`Lang::Text`], so a run without such codemods reads exactly what it did before).
pub fn walk_with(
    paths: &[PathBuf],
    threads: usize,
    lang_of: &(dyn Fn(&Path) -> Option<Lang> + Sync),
) -> Walked {
    let out = Mutex::new(Walked::default());
    for root in paths {
        match std::fs::metadata(root) {
            Err(e) => {
                if let Ok(mut o) = out.lock() {
                    o.errors.push(format!("{}: {e}", root.display()));
                }
                continue;
            }
            Ok(meta) if meta.is_file() => {
                let mut o = out.lock().unwrap_or_else(|p| p.into_inner());
                match lang_of(root) {
                    Some(lang) => o.files.push((root.clone(), lang)),
                    None => o.warnings.push(format!(
                        "{}: skipped: not a Python or Terraform file, nor one a selected codemod reads",
                        root.display()
                    )),
                }
                continue;
            }
            Ok(_) => {}
        }
        let walker = ignore::WalkBuilder::new(root)
            .follow_links(true)
            .threads(threads)
            .filter_entry(|e| {
                !(e.depth() > 0 && e.file_type().is_some_and(|t| t.is_dir()) && skip_dir(e.path()))
            })
            .build_parallel();
        walker.run(|| {
            let out = &out;
            let lang_of = &lang_of;
            Box::new(move |entry| {
                match entry {
                    Ok(e) => {
                        if e.file_type().is_some_and(|t| t.is_file())
                            && let Some(lang) = lang_of(e.path())
                        {
                            let mut o = out.lock().unwrap_or_else(|p| p.into_inner());
                            o.files.push((e.into_path(), lang));
                        }
                    }
                    Err(err) => {
                        let mut o = out.lock().unwrap_or_else(|p| p.into_inner());
                        let msg = one_line(&err.to_string());
                        if is_loop(&err) {
                            o.warnings.push(msg)
                        } else {
                            o.errors.push(msg)
                        }
                    }
                }
                ignore::WalkState::Continue
            })
        });
    }
    let mut walked = out.into_inner().unwrap_or_else(|p| p.into_inner());
    walked.files.sort();
    walked.files.dedup();
    walked.errors.sort();
    walked.warnings.sort();
    walked
}

fn is_loop(err: &ignore::Error) -> bool {
    match err {
        ignore::Error::Loop { .. } => true,
        ignore::Error::WithPath { err, .. }
        | ignore::Error::WithDepth { err, .. }
        | ignore::Error::WithLineNumber { err, .. } => is_loop(err),
        ignore::Error::Partial(errs) => errs.iter().any(is_loop),
        _ => false,
    }
}

fn one_line(s: &str) -> String {
    s.lines().next().unwrap_or("").to_string()
}
