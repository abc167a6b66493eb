//! Reading a file into text the engine can work on, and turning fixed text back into the exact
//! bytes to write: a UTF-8 BOM is removed before parsing and put back after, line endings are
//! left to the edits (which follow the file's style). Anything that is not text is refused with
//! a reason instead of being guessed at.

use std::path::Path;

/// Files above this size are skipped with a diagnostic: generated blobs, not hand-written stacks.
pub const DEFAULT_MAX_BYTES: u64 = 16 * 1024 * 1024;

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
    TooLarge(u64),
    Binary,
    NotUtf8 { line: usize },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "cannot read: {e}"),
            ReadError::TooLarge(n) => write!(
                f,
                "skipped: {n} bytes is over the size limit (--max-file-size)"
            ),
            ReadError::Binary => write!(f, "skipped: binary file (contains NUL bytes)"),
            ReadError::NotUtf8 { line } => write!(f, "skipped: not valid UTF-8 (line {line})"),
        }
    }
}

pub fn read(path: &Path, max_bytes: u64) -> Result<SourceText, ReadError> {
    let meta = std::fs::metadata(path).map_err(ReadError::Io)?;
    if meta.len() > max_bytes {
        return Err(ReadError::TooLarge(meta.len()));
    }
    let bytes = std::fs::read(path).map_err(ReadError::Io)?;
    decode(bytes)
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
}
