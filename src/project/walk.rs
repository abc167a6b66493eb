//! Finding the files to check: `.gitignore`-aware parallel walk (the `ignore` crate), skipping
//! what is generated or vendored in a CDKTF project. Paths named on the command line are always
//! checked, like ruff and ripgrep do.
//!
//! The walk never leaves the tree it was given: symbolic links are not followed (a link to a file
//! or directory outside the tree is reported once and skipped; one inside the tree is skipped
//! silently, since its target is walked on its own), so a hostile checkout cannot make a run
//! read, show or rewrite a file elsewhere. A path named on the command line that goes through a
//! link is checked only when its real location is inside the working directory.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::lang::Lang;
use crate::project::paths::Namer;

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
    /// Each file with its language and the index of the path argument it was found under.
    pub files: Vec<(PathBuf, Lang, usize)>,
    /// Problems that stop a path from being checked (unreadable, missing, not a regular file).
    pub errors: Vec<String>,
    /// Problems worth saying that do not lose anything (symlink loops, links out of the tree).
    pub warnings: Vec<String>,
}

/// Also used to read a project's other files for context, so both skip the same.
pub fn skip_dir(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    SKIP_DIRS.contains(&name) || path.join("pyvenv.cfg").is_file()
}

/// Whether the real location of `path` is inside the real directory `root`.
pub fn inside(path: &Path, root: &Path) -> bool {
    match (std::fs::canonicalize(path), std::fs::canonicalize(root)) {
        (Ok(p), Ok(r)) => p.starts_with(r),
        _ => false,
    }
}

/// A path named on the command line is taken when it goes through no symbolic link, or when
/// its real location is inside the working directory: `app/main.py` where `app` links out of the
/// checkout is refused, `/home/me/infra/main.tf` named by a person is not.
fn named_path_allowed(path: &Path, namer: &Namer) -> bool {
    let Ok(real) = std::fs::canonicalize(path) else {
        return true; // does not exist: reported as such by the caller
    };
    let lexical = namer.absolute(path);
    let cwd = std::fs::canonicalize(namer.cwd()).unwrap_or_else(|_| namer.cwd().to_path_buf());
    real == lexical || real.starts_with(cwd)
}

/// Walk `paths` (named relative to the working directory, as `namer` names them), with the
/// language of each file decided by `lang_of` (the engine's `lang_for`, which also takes the
/// files a selected text codemod names by glob as [`Lang::Text`]).
pub fn walk(
    paths: &[PathBuf],
    namer: &Namer,
    threads: usize,
    lang_of: &(dyn Fn(&Path) -> Option<Lang> + Sync),
) -> Walked {
    let out = Mutex::new(Walked::default());
    let push_error = |msg: String| {
        out.lock()
            .unwrap_or_else(|p| p.into_inner())
            .errors
            .push(msg)
    };
    for (arg, given) in paths.iter().enumerate() {
        let root = namer.name(given);
        let meta = match std::fs::symlink_metadata(&root) {
            Ok(m) => m,
            Err(e) => {
                push_error(format!("{}: {e}", root.display()));
                continue;
            }
        };
        let _ = meta;
        if !named_path_allowed(&root, namer) {
            push_error(format!(
                "{}: not checked: a path through a symbolic link to outside the working directory",
                root.display()
            ));
            continue;
        }
        let meta = match std::fs::metadata(&root) {
            Ok(m) => m,
            Err(e) => {
                push_error(format!("{}: {e}", root.display()));
                continue;
            }
        };
        if !meta.is_dir() {
            let mut o = out.lock().unwrap_or_else(|p| p.into_inner());
            if !meta.is_file() {
                // Named explicitly, so not checking it is an error (ruff's rule).
                o.errors.push(format!(
                    "{}: not checked: not a regular file",
                    root.display()
                ));
                continue;
            }
            match lang_of(&root) {
                Some(lang) => o.files.push((root.clone(), lang, arg)),
                None => o.warnings.push(format!(
                    "{}: skipped: not a Python or Terraform file, nor one a selected codemod reads",
                    root.display()
                )),
            }
            continue;
        }
        let walker = ignore::WalkBuilder::new(&root)
            .follow_links(false)
            .threads(threads)
            .filter_entry(|e| {
                !(e.depth() > 0 && e.file_type().is_some_and(|t| t.is_dir()) && skip_dir(e.path()))
            })
            .build_parallel();
        let root_ref = &root;
        walker.run(|| {
            let out = &out;
            Box::new(move |entry| {
                enum Found {
                    File(PathBuf, Lang),
                    Error(String),
                    Warning(String),
                }
                let found = match entry {
                    Ok(e) => {
                        let Some(ft) = e.file_type() else {
                            return ignore::WalkState::Continue;
                        };
                        let path = e.path();
                        if ft.is_symlink() {
                            // Dangling links (a `.venv` that moved) lose nothing: silent.
                            (path.exists() && !inside(path, root_ref)).then(|| {
                                Found::Warning(format!(
                                    "{}: skipped: a symbolic link to a location outside the tree",
                                    path.display()
                                ))
                            })
                        } else if ft.is_file() {
                            lang_of(path).map(|lang| Found::File(namer.name(path), lang))
                        } else if !ft.is_dir() && lang_of(path).is_some() {
                            Some(Found::Error(format!(
                                "{}: not checked: not a regular file",
                                path.display()
                            )))
                        } else {
                            None
                        }
                    }
                    Err(err) => {
                        let msg = one_line(&err.to_string());
                        Some(if is_loop(&err) {
                            Found::Warning(msg)
                        } else {
                            Found::Error(msg)
                        })
                    }
                };
                if let Some(found) = found {
                    let mut o = out.lock().unwrap_or_else(|p| p.into_inner());
                    match found {
                        Found::File(p, lang) => o.files.push((p, lang, arg)),
                        Found::Error(m) => o.errors.push(m),
                        Found::Warning(m) => o.warnings.push(m),
                    }
                }
                ignore::WalkState::Continue
            })
        });
    }
    let mut walked = out.into_inner().unwrap_or_else(|p| p.into_inner());
    walked.files.sort();
    walked.files.dedup_by(|a, b| a.0 == b.0);
    walked.errors.sort();
    walked.errors.dedup();
    walked.warnings.sort();
    walked.warnings.dedup();
    walked
}

/// The files of `lang` in `dir` (and below it when `recursive`) that a walk of `dir` would find,
/// in path order: a project's other files, read for context. Links are not followed.
pub fn list(dir: &Path, lang: Lang, recursive: bool, limit: usize) -> Vec<PathBuf> {
    let mut builder = ignore::WalkBuilder::new(if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    });
    builder.follow_links(false).filter_entry(|e| {
        !(e.depth() > 0 && e.file_type().is_some_and(|t| t.is_dir()) && skip_dir(e.path()))
    });
    if !recursive {
        builder.max_depth(Some(1));
    }
    let mut out: Vec<PathBuf> = builder
        .build()
        .flatten()
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
        .map(|e| e.into_path())
        .filter(|p| Lang::from_path(p) == Some(lang))
        .take(limit)
        .collect();
    out.sort();
    out
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
