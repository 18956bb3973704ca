//! The public vocabulary of this crate: anchors given by the caller, and the
//! normalised temporal expressions, inferred document dates and diagnostics returned.
//!
//! Everything printed by `vigie dates` derives `Serialize` with lowercase names, so the
//! JSON form is stable: `span`, `text`, `value`, `precision`, `kind`, `anchor`.

use chrono::{Datelike, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use vigie_core::{Diagnostic, Span};

/// A reference point in time: the publication date and, when known, its time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// The calendar day.
    pub date: NaiveDate,
    /// The time of day, when known.
    pub time: Option<NaiveTime>,
}

impl Anchor {
    /// An anchor on a day, with no time of day.
    pub fn day(date: NaiveDate) -> Anchor {
        Anchor { date, time: None }
    }

    /// Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`; `None` when it is neither.
    pub fn parse(s: &str) -> Option<Anchor> {
        let s = s.trim();
        let (d, t) = match s.split_once(['T', ' ']) {
            Some((d, t)) => (d, Some(t)),
            None => (s, None),
        };
        let date = NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()?;
        // TIMEX3 years have four digits: year 0 and before cannot be written.
        if !(1..=9999).contains(&date.year()) {
            return None;
        }
        let time = match t {
            Some(t) => Some(
                NaiveTime::parse_from_str(t, "%H:%M")
                    .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
                    .ok()?,
            ),
            None => None,
        };
        Some(Anchor { date, time })
    }
}

/// How fine a normalised value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// A calendar day (`2025-04-01`).
    Day,
    /// An ISO week (`2025-W14`).
    Week,
    /// A month (`2025-04`).
    Month,
    /// A season (`2024-SU`).
    Season,
    /// A year (`2025`).
    Year,
    /// A decade (`199X`).
    Decade,
    /// A century (`19` for the twentieth century).
    Century,
    /// A length of time (`P2Y`).
    Duration,
    /// Could not be resolved: no anchor was available (`XXXX-04-01`).
    Unknown,
}

/// What an expression denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimexKind {
    /// A point or period on the calendar. Its precision says how fine.
    Date,
    /// An interval between two calendar values (`2025-03-31/2025-04-01`); its precision
    /// is the precision of its ends.
    Range,
    /// A length of time (`P3M`).
    Duration,
}

/// Which anchor an expression's value was resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnchorSource {
    /// None: the expression is absolute (`6 avril 2025`, `P2Y`).
    None,
    /// The publication date given by the caller.
    Publication,
    /// The document date inferred from the text (see [`InferredDate`]).
    InferredDocument,
    /// The last date the story told (`le lendemain` after `le 6 avril`).
    Narrative,
}

/// A part of a period, TIMEX3's `mod` (`début avril`, `mi-2024`, `late 1990s`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modifier {
    /// The beginning.
    Start,
    /// The middle.
    Mid,
    /// The end.
    End,
    /// Approximately (`vers 2015`, `around May`).
    Approx,
}

/// One temporal expression found in a text, with its normalised value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    /// Byte span `[start, end)` into the original text.
    pub span: Span,
    /// The original text of the span.
    pub text: String,
    /// TIMEX3-style value: `2025-04-01`, `2025-04`, `2025`, `199X`, `19`, `2025-W14`,
    /// `2025-03-31/2025-04-01`, `P2Y`; `X` marks unknown digits.
    pub value: String,
    /// How fine the value is.
    pub precision: Precision,
    /// What it denotes; serialised as `type`, as in TIMEX3, so that it never clashes
    /// with the `kind` of a mention.
    #[serde(rename = "type")]
    pub kind: TimexKind,
    /// Which anchor resolved it.
    pub anchor: AnchorSource,
    /// Part of the period meant, when the text says so.
    #[serde(skip_serializing_if = "Option::is_none", rename = "mod")]
    pub modifier: Option<Modifier>,
    /// Index of the sentence it was found in.
    pub sentence: usize,
}

/// How a document date was inferred from its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InferenceMethod {
    /// The latest explicit date the text gives, after placing year-less dates next to
    /// the latest dates that carry a year.
    LatestExplicitDate,
    /// The date of the dateline opening the text (`Bamako, 12 mars 2026 — ...`), used
    /// as the publication date.
    Dateline,
}

/// A document date inferred from the text when no publication date was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InferredDate {
    /// The inferred date: the document was written on or after it.
    pub date: NaiveDate,
    /// How fine the evidence is (a day, or only a month or a year).
    pub precision: Precision,
    /// How it was inferred.
    pub method: InferenceMethod,
    /// The expression it was inferred from.
    pub evidence: Span,
}

/// Everything found in one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct TimeAnalysis {
    /// The expressions, in text order, never overlapping.
    pub timexes: Vec<Timex>,
    /// The inferred document date, when no publication date was given and the text
    /// allowed one.
    pub document_date: Option<InferredDate>,
    /// Content problems met (expressions left unresolved for want of an anchor).
    pub diagnostics: Vec<Diagnostic>,
}

/// Which occurrence a date that names no year or direction means (`lundi`, `le 1er
/// mars`, `avril`, `Noël`): explicit words (`prochain`, `dernier`, `next`, `last`,
/// `dans`, `ago`) always win over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Prefer {
    /// The latest occurrence not after the anchor, unless the sentence speaks of the
    /// future (`sera`, `will`, `prochain`): right for news, which mostly reports.
    #[default]
    Past,
    /// The first occurrence not before the anchor: right for agendas and assistants.
    Future,
    /// Whichever occurrence is nearest the anchor.
    Nearest,
}

impl std::str::FromStr for Prefer {
    type Err = String;

    fn from_str(s: &str) -> Result<Prefer, String> {
        match s {
            "past" => Ok(Prefer::Past),
            "future" => Ok(Prefer::Future),
            "nearest" => Ok(Prefer::Nearest),
            _ => Err(format!("{s:?}: want past, future or nearest")),
        }
    }
}
