//! Writing fixed files without ever losing one, and never outside the tree a file was found in.
//! The new bytes go to a temp file in the same directory (same file system, so the rename is
//! atomic), get the original's owner, group and permissions, and replace it only if the file on
//! disk is still exactly what was read. What cannot be kept is refused rather than changed: a
//! symbolic link to a location outside the tree, a file with other hard links (a new file would
//! split them), an owner or group the process cannot give the new file.
//!
//! Temp files are named `.cdktf-fix-<pid>-<random>.tmp` (ignore that pattern in VCS if you like).
//! They are removed when the run is interrupted (SIGINT, SIGTERM, SIGHUP), and a run that writes
//! in a directory removes the ones a killed run of ours left there.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

#[derive(Debug)]
pub enum WriteError {
    Changed,
    ReadOnly,
    /// Refused, with the reason: outside the tree, hard-linked, owner not keepable.
    Refused(String),
    Io(std::io::Error),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Changed => {
                write!(f, "not written: the file changed on disk since it was read")
            }
            WriteError::ReadOnly => write!(f, "not written: the file is read-only"),
            WriteError::Refused(why) => write!(f, "not written: {why}"),
            WriteError::Io(e) => write!(f, "not written: {e}"),
        }
    }
}

impl From<std::io::Error> for WriteError {
    fn from(e: std::io::Error) -> Self {
        WriteError::Io(e)
    }
}

const PREFIX: &str = ".cdktf-fix-";
const SUFFIX: &str = ".tmp";

/// Temp files of this process that exist right now, for the interrupt handler; `None` once the
/// run is being interrupted (no new temp file may appear after the handler has cleaned up).
static LIVE: Mutex<Option<Vec<PathBuf>>> = Mutex::new(Some(Vec::new()));

/// Remove this run's temp files when it is interrupted, then exit as interrupted (130). Call
/// once, before anything is written.
pub fn clean_up_on_interrupt() {
    let _ = ctrlc::set_handler(|| {
        // Held until the process exits: no temp file is created or renamed meanwhile.
        let mut live = LIVE.lock().unwrap_or_else(|p| p.into_inner());
        for p in live.take().into_iter().flatten() {
            let _ = std::fs::remove_file(p);
        }
        std::process::exit(130);
    });
}

/// A temp file that is registered for interrupt clean-up while it exists.
struct Staged {
    file: Option<tempfile::NamedTempFile>,
    path: PathBuf,
}

impl Staged {
    /// A synced temp file holding `bytes` in `dir`, with `mode` (subject to the umask) as its
    /// permissions at creation.
    fn new(dir: &Path, bytes: &[u8], mode: Option<u32>) -> Result<Staged, WriteError> {
        remove_stale(dir);
        let prefix = format!("{PREFIX}{}-", std::process::id());
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(SUFFIX);
        #[cfg(unix)]
        if let Some(mode) = mode {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(mode));
        }
        #[cfg(not(unix))]
        let _ = mode;
        // Created under the lock, so the interrupt handler either sees it or runs before it.
        let file = {
            let mut live = LIVE.lock().unwrap_or_else(|p| p.into_inner());
            let Some(list) = live.as_mut() else {
                return Err(WriteError::Refused("the run is being interrupted".into()));
            };
            let file = builder.tempfile_in(dir)?;
            list.push(file.path().to_path_buf());
            file
        };
        let path = file.path().to_path_buf();
        let staged = Staged {
            file: Some(file),
            path,
        };
        let mut f = staged.as_file()?;
        f.write_all(bytes)?;
        f.sync_all()?;
        Ok(staged)
    }

    fn as_file(&self) -> Result<&std::fs::File, WriteError> {
        self.file
            .as_ref()
            .map(|f| f.as_file())
            .ok_or_else(|| WriteError::Io(std::io::Error::other("temp file already persisted")))
    }

    fn unregister(path: &Path) {
        if let Some(list) = LIVE.lock().unwrap_or_else(|p| p.into_inner()).as_mut() {
            list.retain(|p| p != path);
        }
    }

    /// The rename, under the lock: the interrupt handler never removes a temp file that is
    /// being renamed into place.
    fn persist(mut self, to: &Path) -> Result<(), WriteError> {
        let file = self.take()?;
        let live = LIVE.lock().unwrap_or_else(|p| p.into_inner());
        if live.is_none() {
            return Err(WriteError::Refused("the run is being interrupted".into()));
        }
        file.persist(to)
            .map(drop)
            .map_err(|e| WriteError::Io(e.error))
    }

    fn persist_noclobber(mut self, to: &Path) -> Result<(), WriteError> {
        let file = self.take()?;
        let live = LIVE.lock().unwrap_or_else(|p| p.into_inner());
        if live.is_none() {
            return Err(WriteError::Refused("the run is being interrupted".into()));
        }
        file.persist_noclobber(to).map(drop).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                WriteError::Changed
            } else {
                WriteError::Io(e.error)
            }
        })
    }

    fn take(&mut self) -> Result<tempfile::NamedTempFile, WriteError> {
        self.file
            .take()
            .ok_or_else(|| WriteError::Io(std::io::Error::other("temp file already persisted")))
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        // Persisted or deleted (NamedTempFile removes itself): no longer ours to clean up.
        Staged::unregister(&self.path);
    }
}

/// Remove temp files of ours in `dir` whose process is gone (a run that was killed).
fn remove_stale(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(rest) = name
            .strip_prefix(PREFIX)
            .and_then(|r| r.strip_suffix(SUFFIX))
        else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if pid != std::process::id() && !process_alive(pid) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // Signal 0 checks that the process exists; EPERM means it exists but is not ours.
    let alive = unsafe { libc::kill(pid, 0) } == 0;
    alive || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn process_alive(_: u32) -> bool {
    true
}

/// The directory a new file goes in (`.` for a bare file name).
fn dir_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Whether the real location of `path` is inside the real directory `root`.
fn inside(path: &Path, root: &Path) -> bool {
    crate::project::walk::inside(path, root)
}

/// Replace `path` with `bytes` if it still holds `expected`. `root` is the tree the file was
/// found in: a file whose real location is outside it is never written.
pub fn replace_if_unchanged(
    path: &Path,
    expected: &[u8],
    bytes: &[u8],
    root: &Path,
) -> Result<(), WriteError> {
    if !inside(path, root) {
        return Err(WriteError::Refused(format!(
            "its real location is outside {}",
            root.display()
        )));
    }
    // Resolve a link (inside the tree) so the link stays a link and its target is rewritten.
    let target = std::fs::canonicalize(path)?;
    let meta = std::fs::metadata(&target)?;
    if !meta.is_file() {
        return Err(WriteError::Refused("not a regular file".into()));
    }
    if meta.permissions().readonly() {
        return Err(WriteError::ReadOnly);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.nlink() > 1 {
            return Err(WriteError::Refused(format!(
                "the file has {} hard links, and a new file would split them",
                meta.nlink()
            )));
        }
    }
    let dir = target
        .parent()
        .ok_or_else(|| std::io::Error::other("file has no parent directory"))?;
    let tmp = Staged::new(dir, bytes, None)?;
    keep_owner_and_mode(tmp.as_file()?, &meta)?;
    // Last look before the swap: refuse if someone wrote the file meanwhile.
    match crate::project::read::read_bytes(&target, expected.len() as u64 + 1) {
        Ok(now) if now == expected => {}
        Ok(_) | Err(crate::project::read::ReadError::TooLarge(_)) => {
            return Err(WriteError::Changed);
        }
        Err(e) => return Err(WriteError::Refused(e.to_string())),
    }
    tmp.persist(&target)
}

/// Give the new file the original's owner and group (as root, a rewrite would otherwise hand the
/// file to root), then its permissions: after the owner, because changing the owner clears the
/// setuid and setgid bits, and the bits must never end up on a file of another owner.
fn keep_owner_and_mode(file: &std::fs::File, meta: &std::fs::Metadata) -> Result<(), WriteError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let now = file.metadata()?;
        if (now.uid(), now.gid()) != (meta.uid(), meta.gid())
            && std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid())).is_err()
        {
            return Err(WriteError::Refused(format!(
                "the new file cannot keep its owner and group ({}:{})",
                meta.uid(),
                meta.gid()
            )));
        }
        file.set_permissions(std::fs::Permissions::from_mode(meta.mode() & 0o7777))?;
    }
    #[cfg(not(unix))]
    file.set_permissions(meta.permissions())?;
    Ok(())
}

/// Create a new file (e.g. a missing cdktf.json) atomically, with the permissions a file created
/// normally gets (0666 less the umask); refuses to overwrite, and to create outside `root`.
pub fn create_new(path: &Path, bytes: &[u8], root: &Path) -> Result<(), WriteError> {
    let dir = dir_of(path);
    if !inside(dir, root) {
        return Err(WriteError::Refused(format!(
            "its directory's real location is outside {}",
            root.display()
        )));
    }
    let tmp = Staged::new(dir, bytes, Some(0o666))?;
    tmp.persist_noclobber(path)
}

/// Write a file the tool owns (a report, a PR body) atomically, replacing any previous one: a
/// reader never sees half of it, and a failed write leaves the old one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let existing = std::fs::metadata(path).ok();
    let tmp = Staged::new(dir_of(path), bytes, Some(0o666))?;
    if let Some(meta) = existing {
        tmp.as_file()?.set_permissions(meta.permissions())?;
    }
    tmp.persist(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_when_changed() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.py");
        std::fs::write(&p, "new content\n").unwrap();
        let r = replace_if_unchanged(&p, b"old content\n", b"fixed\n", dir.path());
        assert!(matches!(r, Err(WriteError::Changed)));
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new content\n");
        // and no temp file is left behind
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn keeps_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.py");
        std::fs::write(&p, "x\n").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o750)).unwrap();
        replace_if_unchanged(&p, b"x\n", b"y\n", dir.path()).unwrap();
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o750
        );
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "y\n");
    }

    #[cfg(unix)]
    #[test]
    fn never_writes_through_a_link_out_of_the_tree_or_splits_hard_links() {
        let outside = tempfile::tempdir().unwrap();
        let tree = tempfile::tempdir().unwrap();
        let target = outside.path().join("victim.py");
        std::fs::write(&target, "x\n").unwrap();
        let link = tree.path().join("stack.py");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let r = replace_if_unchanged(&link, b"x\n", b"y\n", tree.path());
        assert!(matches!(r, Err(WriteError::Refused(_))), "{r:?}");
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "x\n");
        // A link inside the tree: the target is rewritten, the link stays.
        let inner = tree.path().join("real.py");
        std::fs::write(&inner, "x\n").unwrap();
        let link2 = tree.path().join("alias.py");
        std::os::unix::fs::symlink(&inner, &link2).unwrap();
        replace_if_unchanged(&link2, b"x\n", b"y\n", tree.path()).unwrap();
        assert_eq!(std::fs::read_to_string(&inner).unwrap(), "y\n");
        assert!(
            std::fs::symlink_metadata(&link2)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        // Hard links are refused, both names keep the content.
        let a = tree.path().join("a.py");
        std::fs::write(&a, "x\n").unwrap();
        std::fs::hard_link(&a, tree.path().join("b.py")).unwrap();
        let r = replace_if_unchanged(&a, b"x\n", b"y\n", tree.path());
        assert!(matches!(r, Err(WriteError::Refused(_))), "{r:?}");
        assert_eq!(
            std::fs::read_to_string(tree.path().join("b.py")).unwrap(),
            "x\n"
        );
        // Creating through a directory link out of the tree is refused.
        let linked_dir = tree.path().join("sub");
        std::os::unix::fs::symlink(outside.path(), &linked_dir).unwrap();
        let r = create_new(&linked_dir.join("cdktf.json"), b"{}", tree.path());
        assert!(matches!(r, Err(WriteError::Refused(_))), "{r:?}");
        assert!(!outside.path().join("cdktf.json").exists());
    }

    #[cfg(unix)]
    #[test]
    fn created_files_get_the_umask_mode_and_stale_temps_go() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let old = unsafe { libc::umask(0o022) };
        let p = dir.path().join("cdktf.json");
        create_new(&p, b"{}\n", dir.path()).unwrap();
        unsafe { libc::umask(old) };
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o644
        );
        // A temp file a killed run left (its pid does not exist) is removed by the next write;
        // one of a live process is not.
        let stale = dir.path().join(".cdktf-fix-999999999-abc.tmp");
        let live = dir
            .path()
            .join(format!(".cdktf-fix-{}-abc.tmp", std::process::id()));
        std::fs::write(&stale, "x").unwrap();
        std::fs::write(&live, "x").unwrap();
        write_atomic(&dir.path().join("report.md"), b"r").unwrap();
        assert!(!stale.exists());
        assert!(live.exists());
    }
}
