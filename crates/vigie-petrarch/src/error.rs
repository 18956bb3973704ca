//! Errors of reading dictionaries: each names the file and, for content, the line.

use std::path::PathBuf;

/// What went wrong while reading a PETRARCH dictionary folder or file.
#[derive(Debug, thiserror::Error)]
pub enum PetrarchError {
    /// The file or folder could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The system's error.
        source: std::io::Error,
    },
    /// The file is not UTF-8 text.
    #[error("{path}:{line}: not UTF-8 text (byte {byte})")]
    Encoding {
        /// The file.
        path: PathBuf,
        /// The line of the first bad byte.
        line: usize,
        /// Its byte offset.
        byte: usize,
    },
    /// A line does not follow the dictionary's format.
    #[error("{path}:{line}: {message}")]
    Syntax {
        /// The file.
        path: PathBuf,
        /// The line, from 1.
        line: usize,
        /// What is wrong and what was expected.
        message: String,
    },
    /// A folder holds no dictionary of a kind that is needed.
    #[error("{path}: {message}")]
    Missing {
        /// The folder.
        path: PathBuf,
        /// Which kind is missing and which file names are looked for.
        message: String,
    },
    /// The unit-test records file is not well-formed.
    #[error("{path}:{line}: {message}")]
    Records {
        /// The file.
        path: PathBuf,
        /// The line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}
