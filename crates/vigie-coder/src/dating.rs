//! When an event happened: the temporal expression of its sentence, else the latest
//! day the story has told so far (not after the document date), else the document
//! date.
//!
//! Durations (`depuis deux ans`) and unresolved expressions (`XXXX-04-01`) date
//! nothing, and neither does a dateline (`Bamako, 12 mars 2026 — ...`): it dates the
//! report, which the document date already says. A range (`dans la nuit du 6 au 7 avril`) gives `date` and
//! `date_end`.

use chrono::Datelike;
use serde::{Deserialize, Serialize};
use vigie_time::{Precision, TimeAnalysis, Timex, TimexKind};

/// Where an event's date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// An expression in the event's sentence.
    Sentence,
    /// The last date told before the sentence.
    Narrative,
    /// The document's date (given, or inferred from the text).
    Document,
}

/// An event's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// The first day or the period (`2025-04-01`, `2025-04`, `2025`).
    pub date: String,
    /// The last day of a range.
    pub date_end: Option<String>,
    /// How fine the date is.
    pub precision: Precision,
    /// Where it comes from.
    pub source: DateSource,
}

/// The day `n` days after `day` (`YYYY-MM-DD`), `None` when `day` is not one.
pub(crate) fn shift_day(day: &str, n: i64) -> Option<String> {
    let day = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?;
    Some(
        (day + chrono::Duration::days(n))
            .format("%Y-%m-%d")
            .to_string(),
    )
}

/// The last day of a value (`2026-02-09/2026-02-10` → `2026-02-10`).
fn last_day(value: &str) -> &str {
    value.split_once('/').map_or(value, |(_, end)| end)
}

/// Whether a temporal expression opens a state that lasts (`depuis janvier`,
/// `since March`).
fn starts_state(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or_default();
    matches!(vigie_text::fold(first).as_str(), "depuis" | "since")
}

fn usable(t: &Timex) -> bool {
    t.kind != TimexKind::Duration && !t.value.contains('X') && !t.value.starts_with('P')
}

fn from_timex(t: &Timex, source: DateSource) -> EventDate {
    if let Some(part) = part_of_month(t) {
        return EventDate {
            date: part.0,
            date_end: Some(part.1),
            precision: Precision::Day,
            source,
        };
    }
    if let Some((monday, sunday)) = week_days(&t.value) {
        return EventDate {
            date: monday,
            date_end: Some(sunday),
            precision: t.precision,
            source,
        };
    }
    let (date, end) = match t.value.split_once('/') {
        Some((a, b)) => (a.to_string(), Some(b.to_string())),
        None => (t.value.clone(), None),
    };
    EventDate {
        date,
        date_end: end,
        precision: t.precision,
        source,
    }
}

/// The first and last day (Monday, Sunday) of an ISO week (`2026-W46`), which is how
/// an event's date tells a week (`la semaine dernière`, `last week`).
fn week_days(value: &str) -> Option<(String, String)> {
    let (year, week) = value.split_once("-W")?;
    let (year, week) = (year.parse().ok()?, week.parse().ok()?);
    let monday = chrono::NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)?;
    let sunday = monday + chrono::Duration::days(6);
    Some((
        monday.format("%Y-%m-%d").to_string(),
        sunday.format("%Y-%m-%d").to_string(),
    ))
}

/// The days of a part of a month (`début mars` 1–10, `mi-janvier` 11–20, `fin
/// novembre` 21 to the last), as the first and last day.
fn part_of_month(t: &Timex) -> Option<(String, String)> {
    use vigie_time::Modifier;
    if t.precision != Precision::Month || t.value.contains('/') {
        return None;
    }
    let first = chrono::NaiveDate::parse_from_str(&format!("{}-01", t.value), "%Y-%m-%d").ok()?;
    let last = first
        .checked_add_months(chrono::Months::new(1))?
        .pred_opt()?;
    let day = |d: u32| first.with_day(d);
    let (a, b) = match t.modifier? {
        Modifier::Start => (first, day(10)?),
        Modifier::Mid => (day(11)?, day(20)?),
        Modifier::End => (day(21)?, last),
        _ => return None,
    };
    Some((
        a.format("%Y-%m-%d").to_string(),
        b.format("%Y-%m-%d").to_string(),
    ))
}

/// How far into a document its dateline may stand: past a title and a rubric.
const HEAD_BYTES: usize = 500;

/// Whether a date heads a report's lead rather than telling an event. A dateline
/// stands in the document's first lines, after a short prefix on its line (a place:
/// `BAMAKO, `) and before the dash that opens the lead, with the outlet in
/// parentheses between them at most: `Bamako, 12 mars 2026 — …`, `PORT SUDAN, April
/// 14, 2026 (Red Sea Wire) - …`, `Mardi 9 juin 2026 – Direct…`. A date alone on its
/// line heads a statement, a press review or a live page whose acts are of that day:
/// it is a day the story tells.
fn is_dateline(text: &str, t: &Timex) -> bool {
    let (start, end) = (t.span.start as usize, t.span.end as usize);
    if start > HEAD_BYTES || t.precision != Precision::Day || !t.text.contains(char::is_numeric) {
        return false;
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..start];
    if before.len() >= 80 || before.contains(['.', '!', '?']) {
        return false;
    }
    let mut after = text[end..].trim_start_matches([' ', '\t']);
    if let Some(inner) = after.strip_prefix('(') {
        match inner.find(')') {
            Some(close) if close < 80 && !inner[..close].contains('\n') => {
                after = inner[close + 1..].trim_start_matches([' ', '\t']);
            }
            _ => return false,
        }
    }
    after.starts_with(['—', '–', '-'])
}

/// Dates events of one document, given each event's sentence and trigger offset.
pub(crate) struct Dater<'a> {
    times: &'a TimeAnalysis,
    document: Option<EventDate>,
    /// The dateline's expression (`Bamako, 12 mars 2026 —`), which dates the report,
    /// not the events its first sentence tells.
    dateline: Option<usize>,
}

impl<'a> Dater<'a> {
    pub fn new(times: &'a TimeAnalysis, published: Option<&str>, text: &str) -> Dater<'a> {
        let dateline = times.timexes.iter().position(|t| is_dateline(text, t));
        let document = published
            .map(str::to_string)
            .or_else(|| times.document_date.as_ref().map(|d| d.date.to_string()))
            .map(|date| EventDate {
                date,
                date_end: None,
                precision: Precision::Day,
                source: DateSource::Document,
            });
        Dater {
            times,
            document,
            dateline,
        }
    }

    /// The date of an event in sentence `sentence` whose trigger starts at byte `at`.
    ///
    /// `clause` is the byte range of the trigger's clause: an expression in another
    /// clause after the trigger (`Paris a réclamé sa libération, et le Parlement a
    /// adopté le 23 janvier …`) dates that clause's act, not this one.
    /// `elsewhere` says whether an expression tells another act
    /// (a clause that modifies a noun: `qui a rompu … en août 2021`).
    pub fn date(
        &self,
        sentence: usize,
        at: u32,
        clause: (u32, u32),
        elsewhere: impl Fn(&Timex) -> bool,
    ) -> Option<EventDate> {
        let in_sentence: Vec<&Timex> = self
            .times
            .timexes
            .iter()
            .enumerate()
            .filter(|&(i, t)| t.sentence == sentence && usable(t) && Some(i) != self.dateline)
            .map(|(_, t)| t)
            .filter(|t| t.span.start < clause.1 || t.span.start < at)
            // `a promis de libérer les employés détenus depuis janvier`: a `depuis`
            // after the act starts a state told of its object, not the act
            .filter(|t| t.span.start < at || !starts_state(&t.text))
            .filter(|t| !elsewhere(t))
            // an act told as done is not after the report (`in three days of
            // fighting` read as a date to come)
            .filter(|t| {
                let limit = self.document.as_ref().map(|d| d.date.as_str());
                limit.is_none_or(|l| {
                    let first = week_days(&t.value).map(|(monday, _)| monday);
                    let value = first.as_deref().unwrap_or(&t.value);
                    value.get(..l.len().min(value.len())).is_none_or(|v| v <= l)
                })
            })
            .collect();
        // the expression closest to the trigger, preferring one before it
        let nearest = in_sentence.iter().min_by_key(|t| {
            if t.span.start <= at {
                at - t.span.start
            } else {
                2 * (t.span.start - at)
            }
        });
        if let Some(t) = nearest {
            let mut d = from_timex(t, DateSource::Sentence);
            // an act told as done within a period that runs on past the report
            // (`this week`, `cette semaine`) ended by the report's day
            if let (Some(end), Some(report)) = (&d.date_end, &self.document) {
                if d.date <= report.date && *end > report.date {
                    d.date_end = Some(report.date.clone());
                }
            }
            return Some(d);
        }
        // the latest day the story has reached: a flashback (`neuf jours plus tôt`,
        // `three days earlier`) does not move the story back; days after the
        // document's date (plans, deadlines) are not reached yet
        let limit = self.document.as_ref().map(|d| d.date.as_str());
        let told = self
            .times
            .timexes
            .iter()
            .enumerate()
            .filter(|&(i, t)| {
                t.sentence < sentence
                    && usable(t)
                    && t.precision == Precision::Day
                    && Some(i) != self.dateline
            })
            .map(|(_, t)| t)
            .filter(|t| limit.is_none_or(|l| t.value.as_str() <= l))
            .max_by(|a, b| last_day(&a.value).cmp(last_day(&b.value)));
        if let Some(t) = told {
            // the story has reached the last day of a range (`les 9 et 10 février`)
            let mut d = from_timex(t, DateSource::Narrative);
            if let Some(end) = d.date_end.take() {
                d.date = end;
            }
            return Some(d);
        }
        self.document.clone()
    }
}
