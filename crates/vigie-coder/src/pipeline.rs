//! The stages in order over one document: text, syntax, dates, actors, places, events.
//!
//! A [`Pipeline`] holds every stage, built once; [`Pipeline::run`] returns what each
//! stage found, so that callers can print mentions as well as events.

use vigie_core::Lang;
use vigie_geo::{Geoparser, PlaceMention, PlaceRole};
use vigie_lexicon::{ActorMention, Lexicon, MentionKind};
use vigie_syntax::SyntaxSentence;
use vigie_text::TextAnalysis;
use vigie_time::{Anchor, TimeAnalysis, TimeRecognizer};

use crate::{Coder, DocumentInput, Event};

/// Every stage, built once and shared across threads.
pub struct Pipeline {
    /// Actor dictionaries.
    pub lexicon: Lexicon,
    /// The geoparser over the bundled gazetteer.
    pub places: Geoparser<'static>,
    /// Temporal expressions.
    pub times: TimeRecognizer,
    /// Event patterns.
    pub coder: Coder,
}

impl Pipeline {
    /// Every stage with the bundled data, and `lexicon` for actors.
    pub fn new(lexicon: Lexicon) -> Result<Pipeline, crate::CoderError> {
        let gazetteer = vigie_geo::Gazetteer::shared()
            .map_err(|e| crate::CoderError::Gazetteer(e.to_string()))?;
        Ok(Pipeline {
            lexicon,
            places: Geoparser::new(gazetteer),
            times: TimeRecognizer::new(),
            coder: Coder::bundled()?,
        })
    }
}

/// What the stages found in one document.
pub struct Coded {
    /// Sentences and tokens.
    pub analysis: TextAnalysis,
    /// Syntactic words of each sentence (tags, lemmas, dependency tree), by sentence
    /// index; empty for sentences in other languages.
    pub syntax: Vec<SyntaxSentence>,
    /// Temporal expressions and the document date.
    pub times: TimeAnalysis,
    /// Actor mentions.
    pub actors: Vec<ActorMention>,
    /// Place mentions.
    pub places: Vec<PlaceMention>,
    /// Coded events.
    pub events: Vec<Event>,
}

impl Pipeline {
    /// Runs the stages before the coder: text, syntax, dates, actors and places
    /// (events stay empty).
    /// `published` anchors relative dates and people's terms of office; without it the
    /// document date is inferred. `lang`, when given, overrides the language found
    /// for every sentence.
    pub fn mentions(&self, text: &str, published: Option<Anchor>, lang: Option<Lang>) -> Coded {
        let mut analysis = vigie_text::analyze(text);
        if let Some(lang) = lang {
            analysis.lang = lang;
            for s in &mut analysis.sentences {
                s.lang = lang;
            }
        }
        let syntax = vigie_syntax::analyze_document(text, &analysis);
        let spans: Vec<_> = analysis
            .sentences
            .iter()
            .map(|s| (s.span, s.lang))
            .collect();
        let times = self.times.recognize(text, &spans, published);
        let day = published
            .map(|a| a.date)
            .or(times.document_date.as_ref().map(|d| d.date));
        let date = day.and_then(|d| {
            use chrono::Datelike;
            vigie_lexicon::Date::new(d.year(), d.month() as u8, d.day() as u8)
        });
        let actors = self
            .lexicon
            .recognize(text, &analysis.tokens, &analysis.sentences, date);
        // capitals that act are actors, not places
        let acting: Vec<_> = actors
            .iter()
            .filter(|a| !a.locative && a.resolved)
            .map(|a| a.span)
            .collect();
        let places = self.places.parse(text, &analysis, &acting);
        let mut actors = actors;
        let compounds = compound_actors(text, &places, &actors);
        if !compounds.is_empty() {
            actors.extend(compounds);
            actors.sort_by_key(|a| a.span.start);
        }
        Coded {
            analysis,
            syntax,
            times,
            actors,
            places,
            events: Vec::new(),
        }
    }

    /// Runs every stage over one document; see [`Pipeline::mentions`].
    pub fn run(
        &self,
        doc: &str,
        text: &str,
        published: Option<Anchor>,
        lang: Option<Lang>,
    ) -> Coded {
        let mut coded = self.mentions(text, published, lang);
        let published_day = published.map(|a| a.date.to_string());
        coded.events = self.coder.code(&DocumentInput {
            doc,
            text,
            analysis: &coded.analysis,
            syntax: &coded.syntax,
            actors: &coded.actors,
            places: &coded.places,
            times: &coded.times,
            published: published_day.as_deref(),
        });
        coded
    }
}

/// The second halves of an English compound whose first half is a country adjective
/// and that make the noun it qualifies that country's (`the Saudi-led coalition`, `an
/// Iranian-flagged tanker`, `Houthi-run media`). Not `-backed`, `-made` or `-based`:
/// what a state backs, makes or hosts is not the state.
const COMPOUND_HEADS: &[&str] = &["led", "flagged", "run", "commanded", "registered"];

/// Actor mentions for the country adjectives the geoparser found at the start of such
/// a compound, where the lexicon saw one word it did not know (`Saudi-led`): the
/// mention is the whole compound, coded as the country.
fn compound_actors(
    text: &str,
    places: &[PlaceMention],
    actors: &[ActorMention],
) -> Vec<ActorMention> {
    places
        .iter()
        .filter(|p| p.role == PlaceRole::Demonym)
        .filter_map(|p| {
            let country = p.country.clone()?;
            let (start, end) = (p.span.start as usize, p.span.end as usize);
            let rest = text.get(end..)?.strip_prefix('-')?;
            let word = rest
                .split(|c: char| !c.is_alphabetic())
                .next()
                .filter(|w| COMPOUND_HEADS.contains(&w.to_lowercase().as_str()))?;
            let span = vigie_core::Span::new(start, end + 1 + word.len());
            let free = actors
                .iter()
                .all(|a| a.span.end <= span.start || a.span.start >= span.end);
            free.then(|| ActorMention {
                text: text[start..end + 1 + word.len()].to_string(),
                span,
                code: country.clone(),
                country: Some(country),
                org: None,
                role: None,
                members: Vec::new(),
                entry: "compound:country adjective".to_string(),
                kind: MentionKind::Qualified,
                resolved: true,
                locative: false,
            })
        })
        .collect()
}
