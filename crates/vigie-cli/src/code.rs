//! `vigie code`: coded events as JSON lines, one object per event.

use std::io::{BufRead, Read, Write};

use vigie_coder::{Event, Pipeline};
use vigie_core::Lang;
use vigie_store::CodedDocument;
use vigie_time::Anchor;

/// Codes one document and writes its events.
pub fn write_document(
    out: &mut impl Write,
    pipeline: &Pipeline,
    doc: &str,
    text: &str,
    anchor: Option<Anchor>,
    lang: Option<Lang>,
) -> std::io::Result<Vec<Event>> {
    let coded = pipeline.run(doc, text, anchor, lang);
    for event in &coded.events {
        crate::write_json_line(out, event)?;
    }
    Ok(coded.events)
}

/// How `vigie code --jsonl` streams.
#[derive(Debug, Clone, Copy, Default)]
pub struct StreamOptions {
    /// The longest line read; a longer one is skipped without being held in memory.
    pub max_bytes: u64,
    /// The publication date of records that give none.
    pub published: Option<Anchor>,
    /// The language of records that declare none.
    pub lang: Option<Lang>,
    /// After each document's events, one line saying what was coded (see
    /// [`DocumentLine`]), so that a consumer can store the document without recoding.
    pub document_lines: bool,
    /// Stop at the first line that is not a document instead of skipping it.
    pub strict: bool,
}

/// The line `--document-lines` writes after each document's events: the language the
/// text layer identified and the versions, as `vigie ingest` stores them.
#[derive(Debug, serde::Serialize)]
pub struct DocumentLine<'a> {
    /// Always `document`: event lines have no `kind`.
    pub kind: &'static str,
    /// The document id, as in its events' `doc`.
    pub doc: &'a str,
    /// The publication date that anchored it, `YYYY-MM-DD` (or with a time of day
    /// when --published gave one).
    pub published: Option<&'a str>,
    /// `fr`, `en` or `other`.
    pub lang: &'a str,
    /// How many event lines came before this one for the document.
    pub events: usize,
    /// The versions of the coder, dictionaries and models that coded it.
    pub versions: serde_json::Value,
}

/// Codes a stream of JSON Lines documents (`id, url, source, title, published, lang,
/// text`) one line at a time, writing each document's events and flushing before the
/// next line is read, so that memory holds one document and an engine piping
/// documents through sees their events at once. Each record is coded by
/// [`CodedDocument::code`], as `vigie ingest` codes it, so the events are those the
/// store would hold; `options.published` and `options.lang` fill in a record that
/// gives none. A line that is not a document (bad JSON, no text, longer than
/// `max_bytes`, not UTF-8) is reported on standard error as `NAME:LINE: …` and
/// skipped, or ends the stream with `strict`. Returns how many lines failed.
pub fn stream_json_lines(
    out: &mut impl Write,
    pipeline: &Pipeline,
    name: &str,
    mut input: impl BufRead,
    options: StreamOptions,
) -> anyhow::Result<usize> {
    let stem = std::path::Path::new(name)
        .file_stem()
        .map_or_else(|| "stdin".to_string(), |s| s.to_string_lossy().into_owned());
    let mut failed = 0;
    let mut buf = Vec::new();
    for line in 1.. {
        let record = match next_record(&mut input, &mut buf, name, &stem, line, options.max_bytes)?
        {
            Next::End => break,
            Next::Blank => continue,
            Next::Bad(message) if options.strict => {
                anyhow::bail!("{message} (--strict: stopped at the first bad line)")
            }
            Next::Bad(message) => {
                eprintln!("vigie: {message}");
                failed += 1;
                continue;
            }
            Next::Record(record) => record,
        };
        let mut document = record.document;
        if document.published.is_none() {
            document.published = options.published.map(anchor_text);
        }
        let lang = record.lang.as_deref().or(options.lang.map(Lang::code));
        let coded = CodedDocument::code(pipeline, document, lang);
        for event in &coded.events {
            crate::write_json_line(out, event)?;
        }
        if options.document_lines {
            let line = DocumentLine {
                kind: "document",
                doc: &coded.document.doc,
                published: coded.document.published.as_deref(),
                lang: &coded.lang,
                events: coded.events.len(),
                versions: serde_json::from_str(&coded.versions)?,
            };
            crate::write_json_line(out, &line)?;
        }
        out.flush()?;
    }
    Ok(failed)
}

/// What the next line of a stream holds.
enum Next {
    End,
    Blank,
    Bad(String),
    Record(vigie_ingest::Record),
}

/// Reads line `line` into `buf` (at most `max_bytes` of it) and reads it as a record.
fn next_record(
    input: &mut impl BufRead,
    buf: &mut Vec<u8>,
    name: &str,
    stem: &str,
    line: usize,
    max_bytes: u64,
) -> std::io::Result<Next> {
    buf.clear();
    let read = input.by_ref().take(max_bytes + 1).read_until(b'\n', buf)?;
    if read == 0 {
        return Ok(Next::End);
    }
    if buf.last() != Some(&b'\n') && read as u64 > max_bytes {
        // (the rest of an overlong line is skipped, not read into memory)
        let mut rest = Vec::new();
        loop {
            rest.clear();
            let n = input.by_ref().take(1 << 16).read_until(b'\n', &mut rest)?;
            if n == 0 || rest.last() == Some(&b'\n') {
                break;
            }
        }
        return Ok(Next::Bad(format!(
            "{name}:{line}: longer than {max_bytes} bytes (--max-bytes)"
        )));
    }
    let Ok(mut raw) = std::str::from_utf8(buf) else {
        return Ok(Next::Bad(format!("{name}:{line}: not UTF-8 text")));
    };
    raw = raw.trim_end_matches(['\n', '\r']);
    if line == 1 {
        raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    }
    Ok(match vigie_ingest::jsonl::document(name, stem, line, raw) {
        None => Next::Blank,
        Some(Err(e)) => Next::Bad(e.to_string()),
        Some(Ok(record)) => Next::Record(record),
    })
}

/// An anchor as `NewDocument::published` holds it, for [`CodedDocument::code`] to
/// parse back.
fn anchor_text(anchor: Anchor) -> String {
    match anchor.time {
        Some(time) => format!("{}T{}", anchor.date, time.format("%H:%M")),
        None => anchor.date.to_string(),
    }
}
