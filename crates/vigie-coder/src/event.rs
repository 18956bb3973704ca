//! The coded event: what `vigie code` prints, one JSON object per event.

use serde::{Deserialize, Serialize};
use vigie_core::Span;
use vigie_lexicon::ActorMention;

use crate::dating::{DateSource, EventDate};
use crate::Modality;

/// An actor as an event names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventActor {
    /// The text of the mention.
    pub text: String,
    /// Its byte span.
    pub span: Span,
    /// ISO 3166-1 alpha-3 country.
    pub country: Option<String>,
    /// Organisation or armed group key.
    pub org: Option<String>,
    /// CAMEO-style role.
    pub role: Option<String>,
    /// CAMEO-style code (`DZAMIL`, `AES`).
    pub code: String,
}

impl EventActor {
    /// The event's view of a mention.
    pub fn from_mention(m: &ActorMention) -> EventActor {
        EventActor {
            text: m.text.clone(),
            span: m.span,
            country: m.country.clone(),
            org: m.org.clone(),
            role: m.role.clone(),
            code: m.code.clone(),
        }
    }

    /// Whether `key` (an organisation key or a country code) names this actor.
    pub fn has_key(&self, key: &str) -> bool {
        self.org.as_deref() == Some(key) || self.country.as_deref() == Some(key)
    }
}

/// Where an event happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventPlace {
    /// The resolved name.
    pub name: String,
    /// ISO 3166-1 alpha-3 country.
    pub country: String,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// The GeoNames id, when the place comes from GeoNames.
    pub geonames_id: Option<u64>,
    /// The span of the place mention.
    pub span: Span,
}

/// The trigger: the words that matched the pattern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trigger {
    /// The text from the first to the last matched word.
    pub text: String,
    /// Its byte span.
    pub span: Span,
}

/// One coded event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The document id.
    pub doc: String,
    /// The event id: `doc:sentence:n`.
    pub id: String,
    /// The index of the sentence that tells it.
    pub sentence: usize,
    /// The span of the sentence.
    pub span: Span,
    /// The text of the sentence.
    pub text: String,
    /// The words that matched.
    pub trigger: Trigger,
    /// Who acted.
    pub source: Option<EventActor>,
    /// Who was acted upon.
    pub target: Option<EventActor>,
    /// CAMEO event code.
    pub cameo: String,
    /// Its name in the CAMEO codebook.
    pub cameo_name: Option<String>,
    /// Goldstein score of the code.
    pub goldstein: Option<f32>,
    /// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict.
    pub quad_class: Option<u8>,
    /// PLOVER event type (none for CAMEO's public statements, which PLOVER drops).
    pub plover: Option<String>,
    /// PLOVER mode, where the mapping gives one.
    pub plover_mode: Option<String>,
    /// The date: a day, a month or a year.
    pub date: Option<String>,
    /// The last day, for events told as ranges.
    pub date_end: Option<String>,
    /// How fine the date is.
    pub date_precision: Option<vigie_time::Precision>,
    /// Where the date comes from.
    pub date_source: Option<DateSource>,
    /// Where it happened, when the places stage found it.
    pub place: Option<EventPlace>,
    /// How the event is told.
    pub modality: Modality,
    /// Who claims it, for alleged and reported events.
    pub claimed_by: Option<EventActor>,
    /// Events of the same incident told incompatibly by another claimant.
    pub contested_with: Vec<String>,
    /// The pattern that fired, as `file:line`.
    pub rule: String,
    /// How sure the coder is, from 0 to 1.
    pub confidence: f32,
    /// The versions that produced the event.
    pub versions: Versions,
    /// Whether the target was inferred from the story (the salient other party)
    /// rather than named in the sentence. Not written out: it lowers `confidence`.
    #[serde(skip)]
    pub implied_target: bool,
}

impl Event {
    pub(crate) fn set_date(&mut self, date: Option<EventDate>) {
        if let Some(d) = date {
            self.date = Some(d.date);
            self.date_end = d.date_end;
            self.date_precision = Some(d.precision);
            self.date_source = Some(d.source);
        }
    }
}

/// What produced an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Versions {
    /// The vigie version.
    pub vigie: String,
    /// A hash of the event patterns in use.
    pub patterns: String,
}
