//! `--shard K/N`: N machines each check the files of one shard, and together every file exactly
//! once. A file's shard is the 64-bit FNV-1a hash of its group's path relative to the root
//! argument it was found under, with forward slashes, modulo N: a fixed function of the
//! repository's layout, so the same repository checked out anywhere, on any OS, splits the same
//! way (std's hasher is randomly keyed per process and would not).
//!
//! A group is the file's project when that project lies below the root argument (a CDKTF app
//! with its own cdktf.json or requirements file stays whole, so a fix that edits several of its
//! files sees them all), else its directory (a Terraform module; one `cdktf.json` for the app
//! files of a directory). Two shards never both create or declare what one run does once.

use std::hash::Hasher;
use std::path::{Component, Path, PathBuf};
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    /// 1-based.
    pub index: u64,
    pub count: u64,
}

impl FromStr for Shard {
    type Err = String;
    fn from_str(s: &str) -> Result<Shard, String> {
        let usage = || format!("`{s}` is not K/N with 1 <= K <= N (e.g. 2/4)");
        let (k, n) = s.split_once('/').ok_or_else(usage)?;
        let index: u64 = k.trim().parse().map_err(|_| usage())?;
        let count: u64 = n.trim().parse().map_err(|_| usage())?;
        if index == 0 || count == 0 || index > count {
            return Err(usage());
        }
        Ok(Shard { index, count })
    }
}

/// The path of `file` relative to `root`, `/`-separated; a file given as a root is keyed by its
/// name.
pub fn key(root: &Path, file: &Path) -> String {
    let rel = match file.strip_prefix(root) {
        Ok(r) if !r.as_os_str().is_empty() => r,
        _ => file.file_name().map_or(file, Path::new),
    };
    rel.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The directory part of a file's key (`lib/x.py` -> `lib`, `x.py` -> ``).
pub fn dir_key(file_key: &str) -> &str {
    file_key.rsplit_once('/').map_or("", |(d, _)| d)
}

pub fn hash(key: &str) -> u64 {
    let mut h = fnv::FnvHasher::default();
    h.write(key.as_bytes());
    h.finish()
}

impl Shard {
    pub fn contains(&self, key: &str) -> bool {
        hash(key) % self.count == self.index - 1
    }

    /// The files of this shard. Each file is `(path, _, index of its root argument)`, named as
    /// `namer` names files; `project_of` gives a file's project root in the same naming.
    pub fn select<T>(
        &self,
        roots: &[PathBuf],
        namer: &crate::project::paths::Namer,
        project_of: &dyn Fn(&Path) -> PathBuf,
        files: Vec<(PathBuf, T, usize)>,
    ) -> Vec<(PathBuf, T, usize)> {
        files
            .into_iter()
            .filter(|(f, _, arg)| {
                let plain = |p: PathBuf| {
                    if p == Path::new(".") {
                        PathBuf::new()
                    } else {
                        p
                    }
                };
                let root = plain(namer.name(&roots[*arg]));
                let project = plain(project_of(f));
                let inside = project
                    .components()
                    .all(|c| matches!(c, Component::Normal(_)));
                let group = if inside && project != root && project.starts_with(&root) {
                    key(&root, &project.join("_"))
                } else {
                    key(&root, f)
                };
                self.contains(dir_key(&group))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_validates() {
        assert_eq!("2/4".parse::<Shard>(), Ok(Shard { index: 2, count: 4 }));
        for bad in ["0/4", "5/4", "1/0", "2", "a/b", "1/4/2", "-1/4"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn fnv1a_reference_values() {
        // Published FNV-1a 64 test vectors: the split must never change between versions.
        assert_eq!(hash(""), 0xcbf29ce484222325);
        assert_eq!(hash("a"), 0xaf63dc4c8601ec8c);
        assert_eq!(hash("foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn keys_ignore_the_checkout_directory() {
        assert_eq!(
            key(Path::new("/a/repo"), Path::new("/a/repo/lib/x.py")),
            key(Path::new("./"), Path::new("./lib/x.py"))
        );
        assert_eq!(key(Path::new("x.py"), Path::new("x.py")), "x.py");
        assert_eq!(key(Path::new("d/x.py"), Path::new("d/x.py")), "x.py");
    }

    #[test]
    fn files_of_one_directory_share_a_shard() {
        assert_eq!(dir_key("lib/x.py"), "lib");
        assert_eq!(dir_key("a/b/c.py"), "a/b");
        assert_eq!(dir_key("x.py"), "");
        let s = Shard { index: 1, count: 2 };
        let files: Vec<(PathBuf, (), usize)> = ["r/lib/a.py", "r/lib/b.py", "r/lib/c.tf"]
            .iter()
            .map(|p| (PathBuf::from(p), (), 0))
            .collect();
        let namer = crate::project::paths::Namer::new(Path::new("/w"));
        // The project is the argument itself: files split by directory.
        let flat = |_: &Path| PathBuf::from("r");
        let picked = s
            .select(&[PathBuf::from("r")], &namer, &flat, files.clone())
            .len();
        assert!(picked == 0 || picked == 3, "{picked}");
        // A project below the argument stays whole across its directories.
        let files2: Vec<(PathBuf, (), usize)> =
            ["r/app/main.py", "r/app/lib/base.py", "r/app/lib/x/y.py"]
                .iter()
                .map(|p| (PathBuf::from(p), (), 0))
                .collect();
        let app = |_: &Path| PathBuf::from("r/app");
        let picked = s.select(&[PathBuf::from("r")], &namer, &app, files2).len();
        assert!(picked == 0 || picked == 3, "{picked}");
    }

    #[test]
    fn every_file_in_exactly_one_shard() {
        let keys: Vec<String> = (0..500).map(|i| format!("lib/stack_{i}.py")).collect();
        for n in 1..=5 {
            let shards: Vec<Shard> = (1..=n).map(|k| Shard { index: k, count: n }).collect();
            for k in &keys {
                assert_eq!(shards.iter().filter(|s| s.contains(k)).count(), 1);
            }
            // and no shard is starved
            for s in &shards {
                assert!(keys.iter().filter(|k| s.contains(k)).count() > 500 / (n as usize) / 2);
            }
        }
    }
}
