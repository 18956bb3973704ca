//! Errors of the lexicon crate: invalid dictionaries and unreadable folders.
//!
//! Dictionary content problems always name the file and the line, so that a user who
//! edits a file under `--lexicon DIR` can go straight to the mistake. Recognition never
//! fails: only loading and compiling dictionaries returns these errors.

use std::path::PathBuf;

/// Everything that can go wrong while loading or compiling actor dictionaries.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// A line of a dictionary file could not be understood or holds an invalid value.
    #[error("{file}:{line}: {message}")]
    Invalid {
        /// The file name (bundled name such as `countries.txt`, or a user path).
        file: String,
        /// The 1-based line number.
        line: usize,
        /// What is wrong, in lowercase.
        message: String,
    },
    /// Two entries of the same layer share one id.
    #[error("{file}:{line}: duplicate entry `{id}`, first defined at {first}")]
    Duplicate {
        /// The file of the second definition.
        file: String,
        /// The line of the second definition.
        line: usize,
        /// The entry id (`kind ID`).
        id: String,
        /// Where the first definition is, as `file:line`.
        first: String,
    },
    /// A user dictionary folder or file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The folder or file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

impl LexiconError {
    /// Builds an [`LexiconError::Invalid`] error.
    pub(crate) fn invalid(file: &str, line: usize, message: impl Into<String>) -> LexiconError {
        LexiconError::Invalid {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}
