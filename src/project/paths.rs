//! How a run names files. Every path is reported relative to the working directory when the file
//! is under it, as ruff does, whether it was given as `.`, `stacks`, `../stacks`, an absolute path
//! or found by the walk: diff headers then read `a/stacks/x.py`, which `git apply` accepts, and
//! one file has one name in every output. A file outside the working directory keeps a relative
//! name with `..` (`git apply` refuses such paths; run from a directory above both).

use std::path::{Component, Path, PathBuf};

/// `path` with `.` and `..` resolved lexically (no file system access, so a symlinked directory
/// is not resolved; containment is checked on real paths separately, see `project::walk`).
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                let last_normal =
                    matches!(out.components().next_back(), Some(Component::Normal(_)));
                if last_normal {
                    out.pop();
                } else if !out.has_root() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// Names files for one run: the working directory, and the rule above.
#[derive(Clone, Debug)]
pub struct Namer {
    cwd: PathBuf,
}

impl Namer {
    pub fn new(cwd: &Path) -> Namer {
        Namer {
            cwd: normalize(cwd),
        }
    }

    pub fn cwd(&self) -> &Path {
        &self.cwd
    }

    /// The absolute, normalized form of a path given relative to the working directory.
    pub fn absolute(&self, path: &Path) -> PathBuf {
        normalize(&self.cwd.join(path))
    }

    /// The name a file is reported (and opened) under.
    pub fn name(&self, path: &Path) -> PathBuf {
        let abs = self.absolute(path);
        if let Ok(rel) = abs.strip_prefix(&self.cwd) {
            return if rel.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                rel.to_path_buf()
            };
        }
        // Outside the working directory: `..` up to the common ancestor, then down.
        let mut common = self.cwd.clone();
        let mut ups = PathBuf::new();
        while !abs.starts_with(&common) {
            if !common.pop() {
                return abs;
            }
            ups.push("..");
        }
        ups.join(abs.strip_prefix(&common).unwrap_or(&abs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_relative_to_the_working_directory() {
        let n = Namer::new(Path::new("/repo/stacks"));
        assert_eq!(n.name(Path::new("x.py")), PathBuf::from("x.py"));
        assert_eq!(n.name(Path::new("./lib/../x.py")), PathBuf::from("x.py"));
        assert_eq!(n.name(Path::new("../stacks/x.py")), PathBuf::from("x.py"));
        assert_eq!(
            n.name(Path::new("/repo/stacks/a/x.py")),
            PathBuf::from("a/x.py")
        );
        assert_eq!(
            n.name(Path::new("../infra/main.tf")),
            PathBuf::from("../infra/main.tf")
        );
        assert_eq!(
            n.name(Path::new("/other/main.tf")),
            PathBuf::from("../../other/main.tf")
        );
        assert_eq!(n.name(Path::new(".")), PathBuf::from("."));
        assert_eq!(normalize(Path::new("a/../../b")), PathBuf::from("../b"));
        assert_eq!(normalize(Path::new("/../a")), PathBuf::from("/a"));
    }
}
