//! Input formats of vigie: files and folders in, documents out.
//!
//! - [`discover`] walks the paths given (folders recursively, in sorted order, hidden
//!   entries skipped, links followed only inside the folder named) and keeps the files
//!   of a known format;
//! - [`records`] reads one file into its documents: plain text and Markdown give one
//!   (Markdown parsed by `pulldown-cmark`, `markdown.rs`), HTML gives its main text
//!   ([`html`], on a tree html5ever builds, `dom.rs`), JSON Lines one per line, RSS
//!   and Atom one per item (`feed.rs`, with `feed-rs`);
//! - [`read`] holds the byte-level checks shared with the other commands (size limit,
//!   binary and UTF-16 files, invalid UTF-8 with its line).
//!
//! A bad record (a JSON line that does not parse, a feed item without text) is an error
//! naming its file and line, and the file's other records are still returned; a feed
//! that is not well-formed XML is one error naming the line where it breaks.
#![deny(missing_docs)]

mod discover;
mod dom;
mod feed;
pub mod html;
pub mod jsonl;
mod markdown;
pub mod read;

use std::path::Path;

use vigie_store::NewDocument;

pub use discover::{discover, Discovered};

/// A document read from a file, and the language its record declares.
#[derive(Debug, Clone)]
pub struct Record {
    /// The document.
    pub document: NewDocument,
    /// `fr` or `en` when the record says so (JSON Lines `lang`).
    pub lang: Option<String>,
}

/// A record that could not be read; the others of its file still are.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}: {message}")]
pub struct RecordError {
    /// `file:line`.
    pub origin: String,
    /// What is wrong.
    pub message: String,
}

/// The formats vigie reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text (`.txt`, and any file named on the command line).
    Text,
    /// Markdown (`.md`, `.markdown`), with optional front matter.
    Markdown,
    /// HTML (`.html`, `.htm`, `.xhtml`).
    Html,
    /// JSON Lines (`.jsonl`, `.ndjson`): one document per line.
    JsonLines,
    /// RSS or Atom (`.rss`, `.atom`, `.xml`).
    Feed,
}

impl Format {
    /// The format a file name says, if any.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            "jsonl" | "ndjson" => Format::JsonLines,
            "rss" | "atom" | "xml" => Format::Feed,
            _ => return None,
        })
    }
}

/// The document id a file gives: its name without extension.
pub fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "doc".into())
}

/// The documents of one file's text.
pub fn records(path: &Path, format: Format, text: &str) -> Vec<Result<Record, RecordError>> {
    let file = path.display().to_string();
    let stem = stem(path);
    let one = |document: NewDocument| {
        vec![Ok(Record {
            document,
            lang: None,
        })]
    };
    match format {
        Format::Text => one(NewDocument {
            doc: stem,
            origin: file,
            text: text.to_string(),
            ..NewDocument::default()
        }),
        Format::Markdown => one(markdown::document(&file, &stem, text)),
        Format::Html => {
            let page = html::extract(text);
            if page.text.trim().is_empty() {
                return vec![Err(RecordError {
                    origin: format!("{file}:1"),
                    message: "no main text found in this HTML page".into(),
                })];
            }
            one(NewDocument {
                doc: stem,
                source: page.site,
                url: page.url,
                title: page.title,
                published: page.published,
                origin: file,
                text: page.text,
            })
        }
        Format::JsonLines => jsonl::documents(&file, &stem, text),
        Format::Feed => feed::documents(&file, &stem, text),
    }
}

/// The 1-based lines of increasing byte offsets in one text, counted incrementally:
/// each byte is scanned once however many offsets are asked, so numbering the items
/// of a feed is linear in its size.
pub(crate) struct LineCounter<'a> {
    text: &'a [u8],
    /// Bytes before `offset` are counted.
    offset: usize,
    /// The line of `offset`.
    line: usize,
    /// Bytes scanned so far, the work done.
    scanned: usize,
}

impl<'a> LineCounter<'a> {
    /// A counter at the start of `text`.
    pub(crate) fn new(text: &'a str) -> LineCounter<'a> {
        LineCounter {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
            scanned: 0,
        }
    }

    /// The line of `offset`; offsets before the last one asked restart from the top.
    pub(crate) fn line_of(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if offset < self.offset {
            (self.offset, self.line) = (0, 1);
        }
        let between = &self.text[self.offset..offset];
        self.line += between.iter().filter(|&&b| b == b'\n').count();
        self.scanned += between.len();
        self.offset = offset;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::of(Path::new("a/b.TXT")), Some(Format::Text));
        assert_eq!(Format::of(Path::new("b.md")), Some(Format::Markdown));
        assert_eq!(Format::of(Path::new("b.htm")), Some(Format::Html));
        assert_eq!(Format::of(Path::new("b.ndjson")), Some(Format::JsonLines));
        assert_eq!(Format::of(Path::new("b.atom")), Some(Format::Feed));
        assert_eq!(Format::of(Path::new("b.pdf")), None);
        assert_eq!(Format::of(Path::new("README")), None);
    }

    #[test]
    fn line_counter_scans_each_byte_once() {
        let text = "a\nb\n\nc\n".repeat(1000);
        let mut lines = LineCounter::new(&text);
        let offsets: Vec<usize> = (0..text.len()).step_by(7).collect();
        for &offset in &offsets {
            let expected = 1 + text[..offset].matches('\n').count();
            assert_eq!(lines.line_of(offset), expected, "offset {offset}");
        }
        assert!(
            lines.scanned < text.len(),
            "{} bytes scanned",
            lines.scanned
        );
        assert_eq!(lines.line_of(text.len() + 5), 4001);
        assert_eq!(lines.line_of(2), 2);
    }
}
