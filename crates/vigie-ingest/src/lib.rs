//! Input formats of vigie: files and folders in, documents out.
//!
//! - [`discover`] walks the paths given (folders recursively, in sorted order, hidden
//!   entries skipped) and keeps the files of a known format;
//! - [`records`] reads one file into its documents: plain text and Markdown give one,
//!   HTML gives its main text ([`html`]), JSON Lines one per line, RSS and Atom one per
//!   item ([`feed`]);
//! - [`read`] holds the byte-level checks shared with the other commands (size limit,
//!   binary and UTF-16 files, invalid UTF-8 with its line).
//!
//! A bad record (a JSON line that does not parse, a feed item without text) is an error
//! naming its file and line, and the file's other records are still returned.
#![deny(missing_docs)]

mod feed;
pub mod html;
mod jsonl;
mod markdown;
pub mod read;

use std::path::{Path, PathBuf};

use vigie_store::NewDocument;

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

/// What [`discover`] found.
#[derive(Debug, Default)]
pub struct Discovered {
    /// Files to read, with their format.
    pub files: Vec<(PathBuf, Format)>,
    /// Files in folders whose extension says no known format.
    pub skipped: Vec<PathBuf>,
    /// Paths that could not be listed.
    pub errors: Vec<(PathBuf, std::io::Error)>,
}

/// Lists the files to read under `paths`. A file named directly is read even without a
/// known extension (as plain text); in folders, only known formats are kept, and files
/// that describe the folder (README, LICENSE, CHANGELOG, CONTRIBUTING) are skipped.
pub fn discover(paths: &[PathBuf]) -> Discovered {
    let mut found = Discovered::default();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => walk(path, &mut found),
            Ok(_) => found
                .files
                .push((path.clone(), Format::of(path).unwrap_or(Format::Text))),
            Err(e) => found.errors.push((path.clone(), e)),
        }
    }
    found
}

fn walk(dir: &Path, found: &mut Discovered) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            found.errors.push((dir.to_path_buf(), e));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, found);
        } else if is_project_file(&path) {
            found.skipped.push(path);
        } else if let Some(format) = Format::of(&path) {
            found.files.push((path, format));
        } else {
            found.skipped.push(path);
        }
    }
}

/// Files that describe a folder rather than report news (`README.md`, `LICENSE`...):
/// skipped in folder walks, read when named directly.
fn is_project_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_uppercase();
    [
        "README",
        "LICENSE",
        "LICENCE",
        "CHANGELOG",
        "CONTRIBUTING",
        "COPYING",
    ]
    .iter()
    .any(|p| name.starts_with(p))
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

/// The 1-based line of a byte offset.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    1 + text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
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
    fn folders_are_walked_in_order_and_unknown_files_skipped() {
        let dir = std::env::temp_dir().join(format!("vigie-discover-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for f in [
            "b.txt",
            "a.html",
            "sub/c.jsonl",
            "notes.pdf",
            ".hidden.txt",
            "sub/README.md",
        ] {
            std::fs::write(dir.join(f), "x").unwrap();
        }
        let found = discover(&[dir.clone(), dir.join("missing.txt")]);
        let names: Vec<_> = found
            .files
            .iter()
            .map(|(p, _)| p.strip_prefix(&dir).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a.html", "b.txt", "sub/c.jsonl"]);
        assert_eq!(
            found.skipped,
            [dir.join("notes.pdf"), dir.join("sub/README.md")]
        );
        assert_eq!(found.errors.len(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
