//! Writing fixed files without ever losing one: the new bytes go to a temp file in the same
//! directory (same filesystem, so the rename is atomic), get the original's permissions, and
//! replace it only if the file on disk is still exactly what was read.

use std::io::Write;
use std::path::Path;

#[derive(Debug)]
pub enum WriteError {
    Changed,
    ReadOnly,
    Io(std::io::Error),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Changed => {
                write!(f, "not written: the file changed on disk since it was read")
            }
            WriteError::ReadOnly => write!(f, "not written: the file is read-only"),
            WriteError::Io(e) => write!(f, "not written: {e}"),
        }
    }
}

impl From<std::io::Error> for WriteError {
    fn from(e: std::io::Error) -> Self {
        WriteError::Io(e)
    }
}

/// A synced temp file holding `bytes` in `dir`, to be renamed over (or next to) its target: the
/// rename is atomic only within one file system, hence the same directory.
fn staged(dir: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile, WriteError> {
    let mut tmp = tempfile::Builder::new()
        .prefix(".cdktf-fix-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// The directory a new file goes in (`.` for a bare file name).
fn dir_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Replace `path` with `bytes` if it still holds `expected`.
pub fn replace_if_unchanged(path: &Path, expected: &[u8], bytes: &[u8]) -> Result<(), WriteError> {
    // Resolve symlinks so the link stays a link and its target gets the new content.
    let target = std::fs::canonicalize(path)?;
    let meta = std::fs::metadata(&target)?;
    if meta.permissions().readonly() {
        return Err(WriteError::ReadOnly);
    }
    let dir = target
        .parent()
        .ok_or_else(|| std::io::Error::other("file has no parent directory"))?;
    let tmp = staged(dir, bytes)?;
    std::fs::set_permissions(tmp.path(), meta.permissions())?;
    // Last look before the swap: refuse if someone wrote the file meanwhile.
    if std::fs::read(&target)? != expected {
        return Err(WriteError::Changed);
    }
    tmp.persist(&target).map_err(|e| WriteError::Io(e.error))?;
    Ok(())
}

/// Create a new file (e.g. a missing cdktf.json) atomically; refuses to overwrite.
pub fn create_new(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let tmp = staged(dir_of(path), bytes)?;
    tmp.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            WriteError::Changed
        } else {
            WriteError::Io(e.error)
        }
    })?;
    Ok(())
}

/// Write a file the tool owns (a report, a PR body) atomically, replacing any previous one: a
/// reader never sees half of it, and a failed write leaves the old one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let tmp = staged(dir_of(path), bytes)?;
    // A temp file is private (0600); the result should be as readable as a file created normally.
    match std::fs::metadata(path) {
        Ok(meta) => std::fs::set_permissions(tmp.path(), meta.permissions())?,
        #[cfg(unix)]
        Err(_) => {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o644))?
        }
        #[cfg(not(unix))]
        Err(_) => {}
    }
    tmp.persist(path).map_err(|e| WriteError::Io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_when_changed() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.py");
        std::fs::write(&p, "new content\n").unwrap();
        let r = replace_if_unchanged(&p, b"old content\n", b"fixed\n");
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
        replace_if_unchanged(&p, b"x\n", b"y\n").unwrap();
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o750
        );
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "y\n");
    }
}
