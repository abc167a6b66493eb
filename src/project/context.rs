//! The project around the files of a run, as the engine's views ask for it: which project a file
//! belongs to, the project's other files, and small project files such as `cdktf.json`. All of
//! it is read here, through the one safe reader, and named as the run names files.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::engine::Context;
use crate::lang::Lang;
use crate::project::paths::Namer;
use crate::project::{read, walk};

/// Files whose presence makes a directory a project root.
const MARKERS: &[&str] = &[
    "cdktf.json",
    "cdktf-fix.toml",
    "pyproject.toml",
    "Pipfile",
    "setup.py",
    "setup.cfg",
    ".terraform-version",
];

/// A project's other files read for context: more than this is not one app.
const MAX_CONTEXT_FILES: usize = 5_000;

pub struct DiskContext {
    namer: Namer,
    /// No project file above this directory is looked at (absolute); `None`: up to the
    /// repository root (a directory with `.git`) or the file system root.
    ceiling: Option<PathBuf>,
    roots: Mutex<HashMap<PathBuf, PathBuf>>,
}

impl DiskContext {
    pub fn new(namer: Namer, ceiling: Option<&Path>) -> DiskContext {
        let ceiling = ceiling.map(|c| namer.absolute(c));
        DiskContext {
            namer,
            ceiling,
            roots: Mutex::new(HashMap::new()),
        }
    }

    fn ceiling_abs(&self, abs: &Path) -> bool {
        self.ceiling.as_deref() == Some(abs) || abs.join(".git").exists() || abs.parent().is_none()
    }

    /// The nearest directory at or above `dir_abs` that has a project marker; the repository
    /// root (or the ceiling) when none has.
    fn root_of_dir(&self, dir_abs: &Path) -> PathBuf {
        if let Ok(cache) = self.roots.lock()
            && let Some(r) = cache.get(dir_abs)
        {
            return r.clone();
        }
        let found = if is_project_dir(dir_abs) || self.ceiling_abs(dir_abs) {
            dir_abs.to_path_buf()
        } else {
            match dir_abs.parent() {
                Some(p) => self.root_of_dir(p),
                None => dir_abs.to_path_buf(),
            }
        };
        if let Ok(mut cache) = self.roots.lock() {
            cache.insert(dir_abs.to_path_buf(), found.clone());
        }
        found
    }
}

/// Whether a directory holds a project marker (requirements files by their name pattern).
pub fn is_project_dir(dir: &Path) -> bool {
    if MARKERS.iter().any(|m| dir.join(m).is_file()) {
        return true;
    }
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries.flatten().any(|e| {
            let n = e.file_name();
            let n = n.to_string_lossy();
            n.starts_with("requirements") && n.ends_with(".txt")
        })
    })
}

impl Context for DiskContext {
    fn files(&self, dir: &Path, lang: Lang, recursive: bool) -> Vec<(PathBuf, String)> {
        walk::list(dir, lang, recursive, MAX_CONTEXT_FILES)
            .into_iter()
            .filter_map(|p| {
                let text = read::project_file(&p)?;
                Some((self.namer.name(&p), text))
            })
            .collect()
    }

    fn project_file(&self, path: &Path) -> Option<String> {
        read::project_file(path)
    }

    fn project_root(&self, file: &Path) -> PathBuf {
        let abs = self.namer.absolute(file);
        let dir = abs.parent().unwrap_or(&abs);
        self.namer.name(&self.root_of_dir(dir))
    }

    fn is_ceiling(&self, dir: &Path) -> bool {
        self.ceiling_abs(&self.namer.absolute(dir))
    }

    fn ancestors(&self, file: &Path) -> Vec<(PathBuf, String)> {
        let abs = self.namer.absolute(file);
        let mut out = Vec::new();
        let Some(own) = abs.parent() else {
            return out;
        };
        if self.ceiling_abs(own) {
            return out;
        }
        for dir in own.ancestors().skip(1) {
            let rel = abs
                .strip_prefix(dir)
                .map(|r| r.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            out.push((self.namer.name(dir), rel));
            if self.ceiling_abs(dir) {
                break;
            }
        }
        out
    }
}
