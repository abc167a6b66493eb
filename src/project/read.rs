//! The one way the tool reads a file, for the files it checks and for every project file it
//! looks at (versions, config, a module's other files): only regular files, never more than the
//! size limit (enforced while reading, since `/proc` files claim size 0 and never end), and
//! without blocking on a FIFO or device someone named `stack.py`. Then the bytes become text the
//! engine can work on, and fixed text becomes the exact bytes to write: a UTF-8 BOM is removed
//! before parsing and put back after; anything that is not text is refused with a reason.

use std::io::Read;
use std::path::Path;

/// Files above this size are skipped with a diagnostic: generated blobs, not hand-written stacks.
pub const DEFAULT_MAX_BYTES: u64 = 16 * 1024 * 1024;

/// The limit for project files read for context (versions, config, cdktf.json).
pub const PROJECT_FILE_MAX_BYTES: u64 = 1 << 20;

const BOM: &str = "\u{feff}";

#[derive(Debug)]
pub struct SourceText {
    pub text: String,
    pub bom: bool,
    /// What was on disk, to refuse a write if the file changed since.
    pub original: Vec<u8>,
}

impl SourceText {
    /// Bytes to write for fixed text.
    pub fn encode(&self, fixed: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(fixed.len() + 3);
        if self.bom {
            out.extend_from_slice(BOM.as_bytes());
        }
        out.extend_from_slice(fixed.as_bytes());
        out
    }
}

#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    /// A FIFO, socket, device or directory.
    NotRegular(&'static str),
    TooLarge(u64),
    Binary,
    NotUtf8 {
        line: usize,
    },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "cannot read: {e}"),
            ReadError::NotRegular(kind) => write!(f, "not checked: not a regular file ({kind})"),
            ReadError::TooLarge(n) => write!(
                f,
                "not checked: over the size limit of {n} bytes (--max-file-size)"
            ),
            ReadError::Binary => write!(f, "not checked: binary file (contains NUL bytes)"),
            ReadError::NotUtf8 { line } => write!(f, "not checked: not valid UTF-8 (line {line})"),
        }
    }
}

/// The bytes of a regular file, at most `max_bytes` of them.
pub fn read_bytes(path: &Path, max_bytes: u64) -> Result<Vec<u8>, ReadError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // A FIFO would block the open until a writer comes; a non-blocking open returns at once,
        // and the type check below refuses it.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    let ft = meta.file_type();
    if !ft.is_file() {
        return Err(ReadError::NotRegular(kind_of(&ft)));
    }
    if meta.len() > max_bytes {
        return Err(ReadError::TooLarge(max_bytes));
    }
    let mut bytes = Vec::with_capacity(meta.len().min(max_bytes) as usize);
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > max_bytes {
        return Err(ReadError::TooLarge(max_bytes));
    }
    Ok(bytes)
}

fn kind_of(ft: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a FIFO";
        }
        if ft.is_socket() {
            return "a socket";
        }
        if ft.is_block_device() || ft.is_char_device() {
            return "a device";
        }
    }
    if ft.is_dir() {
        "a directory"
    } else {
        "not a file"
    }
}

/// A file to check, as text.
pub fn read(path: &Path, max_bytes: u64) -> Result<SourceText, ReadError> {
    decode(read_bytes(path, max_bytes)?)
}

/// Standard input, at most `max_bytes` of it (`cdktf-fix -`).
pub fn read_stdin(max_bytes: u64) -> Result<SourceText, ReadError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > max_bytes {
        return Err(ReadError::TooLarge(max_bytes));
    }
    decode(bytes)
}

/// A small project file (cdktf.json, requirements.txt, a config file) as text, or `None` when it
/// is absent, not a regular file, too large or not text: project files only ever add knowledge.
pub fn project_file(path: &Path) -> Option<String> {
    let bytes = read_bytes(path, PROJECT_FILE_MAX_BYTES).ok()?;
    decode(bytes).ok().map(|s| s.text)
}

pub fn decode(bytes: Vec<u8>) -> Result<SourceText, ReadError> {
    if bytes.contains(&0) {
        return Err(ReadError::Binary);
    }
    match std::str::from_utf8(&bytes) {
        Ok(s) => {
            let (text, bom) = match s.strip_prefix(BOM) {
                Some(rest) => (rest.to_string(), true),
                None => (s.to_string(), false),
            };
            Ok(SourceText {
                text,
                bom,
                original: bytes,
            })
        }
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            Err(ReadError::NotUtf8 { line })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_round_trips() {
        let s = decode(b"\xef\xbb\xbfx = 1\n".to_vec()).unwrap();
        assert!(s.bom);
        assert_eq!(s.text, "x = 1\n");
        assert_eq!(s.encode("y = 2\n"), b"\xef\xbb\xbfy = 2\n");
    }

    #[test]
    fn refuses_binary_and_latin1() {
        assert!(matches!(decode(b"a\0b".to_vec()), Err(ReadError::Binary)));
        assert!(matches!(
            decode(b"a\nb\xe9\n".to_vec()),
            Err(ReadError::NotUtf8 { line: 2 })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn special_files_are_refused_without_blocking_or_reading_forever() {
        // A FIFO with no writer: a blocking open would hang here.
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("stack.py");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        assert!(matches!(
            read(&fifo, 100),
            Err(ReadError::NotRegular("a FIFO"))
        ));
        assert!(matches!(
            read(Path::new("/dev/zero"), 100),
            Err(ReadError::NotRegular("a device"))
        ));
        // Claims size 0 and never ends: the limit stops it.
        if Path::new("/proc/self/pagemap").exists() {
            assert!(matches!(
                read_bytes(Path::new("/proc/self/pagemap"), 4096),
                Err(ReadError::TooLarge(4096)) | Err(ReadError::Io(_))
            ));
        }
        assert!(matches!(
            read(dir.path(), 100),
            Err(ReadError::NotRegular("a directory")) | Err(ReadError::Io(_))
        ));
    }
}
