//! The lines of a dictionary file with their comments removed and their numbers kept.
//!
//! PETRARCH's files allow XML comments (`<!-- … -->`, possibly over several lines, and
//! the malformed `<! -- … -->` some files have), Python comments (`# …`) and the older
//! KEDS/TABARI comments (`; …`). Blank lines are kept as empty strings, because a blank
//! line ends a verb block's pattern list.

use std::path::{Path, PathBuf};

use crate::PetrarchError;

/// One line of content: its number from 1, the text without comments, and whether the
/// original line began with a tab (dated actor codes do).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Line number, from 1.
    pub number: usize,
    /// The text with comments removed and trailing blanks trimmed.
    pub text: String,
    /// The original line began with a tab or spaces.
    pub indented: bool,
}

/// A dictionary file's content lines.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file's path, for messages.
    pub path: PathBuf,
    /// Every line, comments removed.
    pub lines: Vec<Line>,
}

impl Source {
    /// Reads a file: an error names the file, and for bytes that are not UTF-8, the line.
    pub fn read(path: &Path) -> Result<Source, PetrarchError> {
        let bytes = std::fs::read(path).map_err(|source| PetrarchError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Source::from_bytes(path, &bytes)
    }

    /// Splits bytes already read; `path` is only used in messages.
    pub fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Source, PetrarchError> {
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let byte = e.valid_up_to();
            PetrarchError::Encoding {
                path: path.to_path_buf(),
                line: 1 + bytes[..byte].iter().filter(|b| **b == b'\n').count(),
                byte,
            }
        })?;
        Ok(Source::from_text(path, text))
    }

    /// Splits text; `path` is only used in messages.
    pub fn from_text(path: &Path, text: &str) -> Source {
        let mut lines = Vec::new();
        let mut in_xml_comment = false;
        for (i, raw) in text.lines().enumerate() {
            let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
            let mut kept = String::new();
            let mut rest = raw;
            loop {
                if in_xml_comment {
                    match rest.find("-->") {
                        Some(end) => {
                            rest = &rest[end + 3..];
                            in_xml_comment = false;
                        }
                        None => break,
                    }
                } else {
                    match rest.find("<!") {
                        Some(start) => {
                            kept.push_str(&rest[..start]);
                            rest = &rest[start + 2..];
                            in_xml_comment = true;
                        }
                        None => {
                            kept.push_str(rest);
                            break;
                        }
                    }
                }
            }
            if let Some(cut) = comment_start(&kept) {
                kept.truncate(cut);
            }
            let indented = raw.starts_with([' ', '\t']);
            lines.push(Line {
                number: i + 1,
                text: kept.trim().to_string(),
                indented,
            });
        }
        Source {
            path: path.to_path_buf(),
            lines,
        }
    }

    /// Runs `read` on every line; a line it refuses (with what is wrong) becomes an
    /// error naming this file and the line, and the next line is read.
    pub fn each(&self, mut read: impl FnMut(&Line) -> Result<(), String>) -> Vec<PetrarchError> {
        let mut problems = Vec::new();
        for line in &self.lines {
            if let Err(message) = read(line) {
                problems.push(self.error(line.number, message));
            }
        }
        problems
    }

    /// An error at `line` of this file.
    pub fn error(&self, line: usize, message: impl Into<String>) -> PetrarchError {
        PetrarchError::Syntax {
            path: self.path.clone(),
            line,
            message: message.into(),
        }
    }
}

/// Where a `#` or `;` comment starts, outside square brackets (TABARI's codes `[###]`
/// and `[+++]` hold them).
fn comment_start(line: &str) -> Option<usize> {
    let mut depth = 0u32;
    for (i, c) in line.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '#' | ';' if depth == 0 => return Some(i),
            _ => {}
        }
    }
    None
}

/// A phrase of a dictionary as words: `_` and blanks separate words, which are upper-cased.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_uppercase())
        .collect()
}

/// The codes in square brackets on a line (`[ARN]`, `[HOB < 950601]`), with the text
/// before the first bracket.
pub fn split_codes(text: &str) -> (&str, Vec<&str>) {
    let head_end = text.find('[').unwrap_or(text.len());
    let mut codes = Vec::new();
    let mut rest = &text[head_end..];
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']') else {
            codes.push(rest[open + 1..].trim());
            break;
        };
        codes.push(rest[open + 1..open + close].trim());
        rest = &rest[open + close + 1..];
    }
    (text[..head_end].trim(), codes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_of_every_kind_are_removed_and_numbers_kept() {
        let text = "A [###] # note\n<!-- one\ntwo -->\nB ; old\n<! -- odd -->C\n\n\tD";
        let s = Source::from_text(Path::new("f.txt"), text);
        let kept: Vec<(usize, &str)> = s
            .lines
            .iter()
            .map(|l| (l.number, l.text.as_str()))
            .collect();
        assert_eq!(
            kept,
            vec![
                (1, "A [###]"),
                (2, ""),
                (3, ""),
                (4, "B"),
                (5, "C"),
                (6, ""),
                (7, "D")
            ]
        );
        assert!(s.lines[6].indented);
    }

    #[test]
    fn invalid_utf8_names_its_line() {
        let err = Source::from_bytes(Path::new("d.txt"), b"A\nB\n\xff\n").unwrap_err();
        assert_eq!(err.to_string(), "d.txt:3: not UTF-8 text (byte 4)");
    }

    #[test]
    fn codes_are_split_from_their_phrase() {
        assert_eq!(
            split_codes("JAVIER_DE_CUELLAR_ [IGOUNO 820101-911231] [ELI]"),
            ("JAVIER_DE_CUELLAR_", vec!["IGOUNO 820101-911231", "ELI"])
        );
        assert_eq!(phrase_words("Dol_Amroth  x"), vec!["DOL", "AMROTH", "X"]);
    }
}
