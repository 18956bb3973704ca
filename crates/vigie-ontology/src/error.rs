//! Errors of the ontology crate: malformed lines of the ontology tables.
//!
//! Every error names the table file and the 1-based line, so that whoever edits
//! `data/ontology/*.tsv` can go straight to the mistake. Looking codes up never fails;
//! only parsing the tables returns these errors.

/// A line of an ontology table could not be understood or contradicts another line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct OntologyError {
    /// The table's file name, such as `cameo.tsv`.
    pub file: &'static str,
    /// The 1-based line number.
    pub line: usize,
    /// What is wrong, in lowercase.
    pub message: String,
}

impl OntologyError {
    /// Builds an error for `file:line`.
    pub(crate) fn new(file: &'static str, line: usize, message: impl Into<String>) -> Self {
        OntologyError {
            file,
            line,
            message: message.into(),
        }
    }
}
