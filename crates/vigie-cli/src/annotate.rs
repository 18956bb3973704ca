//! `vigie annotate`: the mentions of a document (actors and dates, in text order) as
//! JSON lines, each with its `kind`.

use std::io::Write;

use chrono::Datelike;
use serde::Serialize;
use vigie_lexicon::{ActorMention, Lexicon};
use vigie_time::{Anchor, TimeRecognizer, Timex};

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
}

impl MentionLine<'_> {
    fn start(&self) -> u32 {
        match self {
            MentionLine::Actor { mention, .. } => mention.span.start,
            MentionLine::Date { timex, .. } => timex.span.start,
        }
    }
}

/// The stages `annotate` runs, built once for all documents.
pub struct Annotator {
    /// The actor dictionaries.
    pub lexicon: Lexicon,
    /// The temporal expression recogniser.
    pub times: TimeRecognizer,
}

impl Annotator {
    /// Writes the mentions of one document. The document date (the anchor, or the one
    /// inferred from the text) decides which office people held.
    pub fn write_document(
        &self,
        out: &mut impl Write,
        doc: &str,
        text: &str,
        anchor: Option<Anchor>,
    ) -> std::io::Result<()> {
        let (analysis, times) = crate::dates::analyze(&self.times, text, anchor);
        let date = anchor
            .map(|a| a.date)
            .or(times.document_date.as_ref().map(|d| d.date))
            .and_then(|d| vigie_lexicon::Date::new(d.year(), d.month() as u8, d.day() as u8));
        let actors = self
            .lexicon
            .recognize(text, &analysis.tokens, &analysis.sentences, date);
        let mut lines: Vec<MentionLine> = actors
            .iter()
            .map(|mention| MentionLine::Actor { doc, mention })
            .chain(
                times
                    .timexes
                    .iter()
                    .map(|timex| MentionLine::Date { doc, timex }),
            )
            .collect();
        lines.sort_by_key(MentionLine::start);
        for line in &lines {
            serde_json::to_writer(&mut *out, line)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }
}
