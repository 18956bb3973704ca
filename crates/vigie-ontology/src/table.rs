//! The shared line format of the ontology tables: tab-separated fields, `#` comments.
//!
//! Blank lines and lines starting with `#` are skipped; a trailing `\r` is dropped so
//! that a file saved with Windows line ends still parses. Each table module checks the
//! number and content of the fields itself, with the line number kept here.

use crate::OntologyError;

/// One data line of a table: its 1-based number and its tab-separated fields.
pub(crate) struct Line<'a> {
    /// The 1-based line number in the file.
    pub number: usize,
    /// The fields, split on tabs, untrimmed.
    pub fields: Vec<&'a str>,
}

/// The data lines of `text`, skipping blank and comment lines.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    text.lines().enumerate().filter_map(|(i, raw)| {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        Some(Line {
            number: i + 1,
            fields: line.split('\t').collect(),
        })
    })
}

impl<'a> Line<'a> {
    /// Checks that the line has between `min` and `max` fields.
    pub fn expect_fields(
        &self,
        file: &'static str,
        min: usize,
        max: usize,
    ) -> Result<(), OntologyError> {
        let n = self.fields.len();
        if n < min || n > max {
            let wanted = if min == max {
                min.to_string()
            } else {
                format!("{min} or {max}")
            };
            return Err(self.error(
                file,
                format!("expected {wanted} tab-separated fields, found {n}"),
            ));
        }
        Ok(())
    }

    /// The field at `index`, checked to be non-empty and free of surrounding spaces.
    pub fn field(
        &self,
        file: &'static str,
        index: usize,
        what: &str,
    ) -> Result<&'a str, OntologyError> {
        let value = self.fields.get(index).copied().unwrap_or("");
        if value.is_empty() {
            return Err(self.error(file, format!("empty {what}")));
        }
        if value.trim() != value {
            return Err(self.error(file, format!("{what} `{value}` has surrounding spaces")));
        }
        Ok(value)
    }

    /// An error at this line.
    pub fn error(&self, file: &'static str, message: impl Into<String>) -> OntologyError {
        OntologyError::new(file, self.number, message)
    }
}

/// Whether `code` has the shape of a CAMEO event code: two to four ASCII digits.
pub(crate) fn is_cameo_shape(code: &str) -> bool {
    (2..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit())
}
