//! Diagnostics: problems in a document's content, reported rather than failed on.

use serde::{Deserialize, Serialize};

use crate::Span;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something a user may want to know (a sentence skipped, a guess made).
    Info,
    /// Something likely wrong with the input.
    Warning,
}

/// A content problem found while analysing a document. Stages never fail on content:
/// they return their output plus diagnostics.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// Where in the document, when it applies.
    pub span: Option<Span>,
    /// A lowercase message saying what happened.
    pub message: String,
}
