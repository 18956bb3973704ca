//! `vigie code`: coded events as JSON lines, one object per event.

use std::io::Write;

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
