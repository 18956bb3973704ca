//! The syntax of dictionary files: blocks of `key = value` lines under a `[kind ID]` header.
//!
//! This module only cuts a file into blocks and fields, remembering the line of each; it
//! knows nothing of what the fields mean (that is [`crate::entry`]). The syntax is kept
//! deliberately small so that files diff well and anyone can edit them:
//!
//! ```text
//! # a comment
//! [country MLI]
//! name.fr = le Mali
//! name.en = Mali
//! ```
//!
//! Blank lines and lines starting with `#` are ignored; every other line is either a
//! header or a field of the block opened by the last header. Other data files of vigie
//! (event patterns) use the same syntax through [`parse_blocks`].

use crate::LexiconError;

/// One field line of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawField {
    /// The key, lowercase (`name.fr`).
    pub key: String,
    /// The value, trimmed.
    pub value: String,
    /// The 1-based line number.
    pub line: usize,
}

/// One `[kind ID]` block and its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawBlock {
    /// The kind word of the header (`country`, `org`, ...).
    pub kind: String,
    /// The id of the header (`MLI`, `AES`, `assimi-goita`).
    pub id: String,
    /// The 1-based line of the header.
    pub line: usize,
    /// The fields, in file order.
    pub fields: Vec<RawField>,
}

/// Cuts one dictionary file into blocks. `file` is only used in error messages.
pub fn parse_blocks(file: &str, text: &str) -> Result<Vec<RawBlock>, LexiconError> {
    let mut blocks: Vec<RawBlock> = Vec::new();
    for (index, raw_line) in text.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw_line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix('[') {
            blocks.push(parse_header(file, line, rest)?);
            continue;
        }
        let Some((key, value)) = trimmed.split_once('=') else {
            return Err(LexiconError::invalid(
                file,
                line,
                format!("expected `key = value` or a `[kind ID]` header, found `{trimmed}`"),
            ));
        };
        let key = key.trim().to_lowercase();
        let value = value.trim().to_string();
        if key.is_empty() {
            return Err(LexiconError::invalid(file, line, "empty key before `=`"));
        }
        if value.is_empty() {
            return Err(LexiconError::invalid(
                file,
                line,
                format!("empty value for `{key}`"),
            ));
        }
        let Some(block) = blocks.last_mut() else {
            return Err(LexiconError::invalid(
                file,
                line,
                format!("field `{key}` before any `[kind ID]` header"),
            ));
        };
        block.fields.push(RawField { key, value, line });
    }
    Ok(blocks)
}

/// Parses what follows the `[` of a header line.
fn parse_header(file: &str, line: usize, rest: &str) -> Result<RawBlock, LexiconError> {
    let Some(inner) = rest.strip_suffix(']') else {
        return Err(LexiconError::invalid(
            file,
            line,
            "header does not end with `]`",
        ));
    };
    let mut words = inner.split_whitespace();
    let (Some(kind), Some(id), None) = (words.next(), words.next(), words.next()) else {
        return Err(LexiconError::invalid(
            file,
            line,
            format!("header must be `[kind ID]`, found `[{inner}]`"),
        ));
    };
    Ok(RawBlock {
        kind: kind.to_lowercase(),
        id: id.to_string(),
        line,
        fields: Vec::new(),
    })
}

/// Splits a list value on `|`, trimming items and dropping empty ones.
pub(crate) fn split_list(value: &str) -> impl Iterator<Item = &str> {
    value
        .split('|')
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_and_fields_keep_their_lines() {
        let text = "# c\n[country MLI]\nname.fr = le Mali\n\n[org AES]\nrole = IGO\n";
        let blocks = parse_blocks("t.txt", text).unwrap();
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].line, 2);
        assert_eq!(blocks[0].fields[0].line, 3);
        assert_eq!(blocks[1].kind, "org");
        assert_eq!(blocks[1].fields[0].value, "IGO");
    }

    #[test]
    fn syntax_errors_name_file_and_line() {
        let cases = [
            ("[country MLI\n", "t.txt:1: header does not end with `]`"),
            (
                "[country]\n",
                "t.txt:1: header must be `[kind ID]`, found `[country]`",
            ),
            (
                "name = x\n",
                "t.txt:1: field `name` before any `[kind ID]` header",
            ),
            ("[role x]\n\nname\n", "t.txt:3: expected `key = value`"),
            ("[role x]\nname =\n", "t.txt:2: empty value for `name`"),
        ];
        for (text, expected) in cases {
            let error = parse_blocks("t.txt", text).unwrap_err().to_string();
            assert!(error.starts_with(expected), "{error} vs {expected}");
        }
    }

    #[test]
    fn lists_split_on_bars() {
        let items: Vec<&str> = split_list(" a | b c ||d ").collect();
        assert_eq!(items, ["a", "b c", "d"]);
    }
}
