//! `vigie code`: coded events as JSON lines, one object per event.

use std::io::{BufRead, Read, Write};

use vigie_coder::{Event, Pipeline};
use vigie_core::Lang;
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

/// Codes a stream of JSON Lines documents (`id, url, source, title, published, lang,
/// text`) one line at a time, writing each document's events and flushing before the
/// next line is read, so that memory holds one document and an engine piping
/// documents through sees their events at once. A record's `published` and `lang`
/// win over `published` and `lang`. A line that is not a document (bad JSON, no
/// text, longer than `max_bytes`, not UTF-8) is reported on standard error as
/// `NAME:LINE: …` and skipped. Returns how many lines failed.
pub fn stream_json_lines(
    out: &mut impl Write,
    pipeline: &Pipeline,
    name: &str,
    mut input: impl BufRead,
    max_bytes: u64,
    (published, lang): (Option<Anchor>, Option<Lang>),
) -> std::io::Result<usize> {
    let stem = std::path::Path::new(name)
        .file_stem()
        .map_or_else(|| "stdin".to_string(), |s| s.to_string_lossy().into_owned());
    let mut failed = 0;
    let mut buf = Vec::new();
    for line in 1.. {
        buf.clear();
        let read = input
            .by_ref()
            .take(max_bytes + 1)
            .read_until(b'\n', &mut buf)?;
        if read == 0 {
            break;
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
            eprintln!("vigie: {name}:{line}: longer than {max_bytes} bytes (--max-bytes)");
            failed += 1;
            continue;
        }
        let Ok(mut raw) = std::str::from_utf8(&buf) else {
            eprintln!("vigie: {name}:{line}: not UTF-8 text");
            failed += 1;
            continue;
        };
        raw = raw.trim_end_matches(['\n', '\r']);
        if line == 1 {
            raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
        }
        let record = match vigie_ingest::jsonl::document(name, &stem, line, raw) {
            None => continue,
            Some(Err(e)) => {
                eprintln!("vigie: {e}");
                failed += 1;
                continue;
            }
            Some(Ok(r)) => r,
        };
        let anchor = record
            .document
            .published
            .as_deref()
            .and_then(Anchor::parse)
            .or(published);
        let lang = match record.lang.as_deref() {
            Some("fr") => Some(Lang::Fr),
            Some("en") => Some(Lang::En),
            _ => lang,
        };
        let doc = &record.document;
        write_document(out, pipeline, &doc.doc, &doc.text, anchor, lang)?;
        out.flush()?;
    }
    Ok(failed)
}
