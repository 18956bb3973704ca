//! Reading documents from files and standard input, with the checks that turn bad
//! input into clear errors: size limit, binary and UTF-16 files, invalid UTF-8 (with
//! the byte offset and line), and an optional lossy decoding.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Where a document comes from.
#[derive(Debug, Clone)]
pub enum Source {
    /// Standard input (`-`).
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Source {
    /// Parses a command-line argument: `-` is standard input.
    pub fn from_arg(arg: &Path) -> Source {
        if arg.as_os_str() == "-" {
            Source::Stdin
        } else {
            Source::File(arg.to_path_buf())
        }
    }

    /// The document id: the file name without its extension, or `stdin`.
    pub fn doc_id(&self) -> String {
        match self {
            Source::Stdin => "stdin".into(),
            Source::File(p) => p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string()),
        }
    }

    /// How messages name this source.
    pub fn display(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".into(),
            Source::File(p) => p.display().to_string(),
        }
    }
}

/// How documents are read.
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// Largest document accepted, in bytes.
    pub max_bytes: u64,
    /// Replace invalid UTF-8 with U+FFFD instead of refusing the file.
    pub lossy: bool,
}

/// Why a document could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The file could not be opened or read.
    #[error("{source_name}: {error}")]
    Io {
        /// The file.
        source_name: String,
        /// What the system said.
        error: std::io::Error,
    },
    /// The document is larger than the limit.
    #[error("{source_name}: larger than the limit of {limit} bytes; raise it with --max-bytes or split the file")]
    TooLarge {
        /// The file.
        source_name: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// The document holds NUL bytes.
    #[error("{source_name}: line {line}: binary data (NUL byte at byte {offset}); vigie reads UTF-8 text")]
    Binary {
        /// The file.
        source_name: String,
        /// Offset of the first NUL byte.
        offset: usize,
        /// Its line, from 1.
        line: usize,
    },
    /// The document is UTF-16.
    #[error("{source_name}: UTF-16 text; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)")]
    Utf16 {
        /// The file.
        source_name: String,
    },
    /// The document is not valid UTF-8.
    #[error("{source_name}: line {line}: invalid UTF-8 at byte {offset}; pass --lossy to replace invalid bytes")]
    InvalidUtf8 {
        /// The file.
        source_name: String,
        /// Offset of the first invalid byte.
        offset: usize,
        /// Its line, from 1.
        line: usize,
    },
}

/// Reads a whole document as text, never more than `max_bytes` of it: a regular file
/// larger than the limit is refused by its size before any byte is read, and any other
/// source (standard input, a pipe, `/dev/zero`) is read through a bound of one byte
/// past the limit, so that an endless one stops there with [`InputError::TooLarge`].
pub fn read_document(source: &Source, options: ReadOptions) -> Result<String, InputError> {
    let name = source.display();
    let io = |error| InputError::Io {
        source_name: name.clone(),
        error,
    };
    let too_large = || InputError::TooLarge {
        source_name: name.clone(),
        limit: options.max_bytes,
    };
    let mut bytes = Vec::new();
    let limit = options.max_bytes.saturating_add(1);
    match source {
        Source::Stdin => std::io::stdin().lock().take(limit).read_to_end(&mut bytes),
        Source::File(path) => {
            let file = std::fs::File::open(path).map_err(io)?;
            let meta = file.metadata().map_err(io)?;
            if meta.is_file() && meta.len() > options.max_bytes {
                return Err(too_large());
            }
            if meta.is_file() {
                // The size is known: one allocation of the right size.
                bytes.reserve(usize::try_from(meta.len()).unwrap_or(0));
            }
            file.take(limit).read_to_end(&mut bytes)
        }
    }
    .map_err(io)?;
    decode(bytes, &name, options)
}

/// Checks and decodes the bytes of a document.
pub fn decode(bytes: Vec<u8>, name: &str, options: ReadOptions) -> Result<String, InputError> {
    if bytes.len() as u64 > options.max_bytes {
        return Err(InputError::TooLarge {
            source_name: name.into(),
            limit: options.max_bytes,
        });
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(InputError::Utf16 {
            source_name: name.into(),
        });
    }
    let line_of = |offset: usize| 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(InputError::Binary {
            source_name: name.into(),
            offset,
            line: line_of(offset),
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) if options.lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            Err(InputError::InvalidUtf8 {
                source_name: name.into(),
                offset,
                line: 1 + e.as_bytes()[..offset]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OPTIONS: ReadOptions = ReadOptions {
        max_bytes: 64,
        lossy: false,
    };

    #[test]
    fn invalid_utf8_names_the_offset_and_line() {
        let err = decode(b"Le Mali\nBamako \xff".to_vec(), "a.txt", OPTIONS).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.txt: line 2: invalid UTF-8 at byte 15; pass --lossy to replace invalid bytes"
        );
        let lossy = ReadOptions {
            lossy: true,
            ..OPTIONS
        };
        assert_eq!(
            decode(b"Bamako \xff".to_vec(), "a.txt", lossy).unwrap(),
            "Bamako \u{FFFD}"
        );
    }

    #[test]
    fn binary_utf16_and_oversized_inputs_are_refused() {
        let binary = decode(b"ab\ncd\0ef".to_vec(), "b.bin", OPTIONS).unwrap_err();
        assert!(matches!(
            binary,
            InputError::Binary {
                offset: 5,
                line: 2,
                ..
            }
        ));
        let utf16 = decode(vec![0xFF, 0xFE, b'a', 0], "c.txt", OPTIONS).unwrap_err();
        assert!(matches!(utf16, InputError::Utf16 { .. }));
        let big = decode(vec![b'a'; 65], "d.txt", OPTIONS).unwrap_err();
        assert!(matches!(big, InputError::TooLarge { limit: 64, .. }));
    }
}
