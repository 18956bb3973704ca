//! `vigie annotate`: the mentions of a document (actors, dates and places, in text order) as
//! JSON lines, each with its `kind`.

use std::io::Write;

use serde::Serialize;
use vigie_coder::Pipeline;
use vigie_geo::PlaceMention;
use vigie_lexicon::ActorMention;
use vigie_time::{Anchor, Timex};

/// One output line: a mention with its kind.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum MentionLine<'a> {
    Actor {
        doc: &'a str,
        #[serde(flatten)]
        mention: &'a ActorMention,
    },
    Date {
        doc: &'a str,
        #[serde(flatten)]
        timex: &'a Timex,
    },
    Place {
        doc: &'a str,
        #[serde(flatten)]
        place: &'a PlaceMention,
    },
}

impl MentionLine<'_> {
    fn start(&self) -> u32 {
        match self {
            MentionLine::Actor { mention, .. } => mention.span.start,
            MentionLine::Date { timex, .. } => timex.span.start,
            MentionLine::Place { place, .. } => place.span.start,
        }
    }
}

/// Writes the mentions of one document. The document date (the anchor, or the one
/// inferred from the text) decides which office people held.
pub fn write_document(
    out: &mut impl Write,
    pipeline: &Pipeline,
    doc: &str,
    text: &str,
    anchor: Option<Anchor>,
    places_only: bool,
) -> std::io::Result<()> {
    let coded = pipeline.mentions(text, anchor, None);
    if places_only {
        for place in &coded.places {
            crate::write_json_line(out, &MentionLine::Place { doc, place })?;
        }
        return Ok(());
    }
    let mut lines: Vec<MentionLine> = coded
        .actors
        .iter()
        .map(|mention| MentionLine::Actor { doc, mention })
        .chain(
            coded
                .times
                .timexes
                .iter()
                .map(|timex| MentionLine::Date { doc, timex }),
        )
        .chain(
            coded
                .places
                .iter()
                .map(|place| MentionLine::Place { doc, place }),
        )
        .collect();
    lines.sort_by_key(MentionLine::start);
    for line in &lines {
        crate::write_json_line(out, line)?;
    }
    Ok(())
}
