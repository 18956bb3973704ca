//! Acts a document tells in passing or tells again, which are not new events:
//!
//! - the member of a counted series (`la quatrième incursion … depuis janvier`,
//!   `the third incursion since August`): the series is told, its latest member is
//!   the act already coded;
//! - an act named as a cause, without a date of its own (`à cause du départ du Niger
//!   de l’organisation`, `because of the withdrawal`): background the story
//!   presupposes, not news;
//! - the mirror of a joint act (`le comité mixte entre le Tchad et le Niger`): one
//!   event for the pair, unless the text says each acted on the other (`respectifs`,
//!   `mutual`);
//! - a later telling of an act already coded, when its target is only guessed
//!   (`l’armée a repris la localité`, told a second time): same source, same
//!   code, same date.
//!
//! And one date rule of the same kind: `peu après l’attaque`,
//! `after the attack` date the act by the incident they point at.

use vigie_core::Token;
use vigie_time::Precision;

use crate::Event;

fn is_ordinal(w: &str) -> bool {
    matches!(
        w,
        "deuxieme"
            | "troisieme"
            | "quatrieme"
            | "cinquieme"
            | "sixieme"
            | "septieme"
            | "enieme"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "nth"
    ) || (w.len() <= 4
        && (w.ends_with('e') || w.ends_with("rd") || w.ends_with("th"))
        && w.chars().next().is_some_and(|c| c.is_ascii_digit()))
}

/// A noun trigger counted in a series (`la quatrième incursion … depuis`, `the third
/// incursion since`).
pub(crate) fn counted_series(tokens: &[Token], trigger: usize) -> bool {
    // (an ordinal before it makes the trigger a noun)
    let counted = tokens[trigger.saturating_sub(2)..trigger]
        .iter()
        .any(|t| is_ordinal(&t.norm));
    counted
        && tokens[trigger..]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "depuis" | "since"))
}

/// A noun trigger in an adjunct of cause (`à cause du départ`, `because of the
/// withdrawal`).
pub(crate) fn named_as_cause(tokens: &[Token], trigger: usize) -> bool {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let from = trigger.saturating_sub(4);
    (from..trigger).any(|k| {
        matches!(
            (w(k), w(k + 1)),
            ("raison", "de" | "du" | "des" | "d'")
                | ("cause", "de" | "du" | "des" | "d'")
                | ("because", "of")
                | ("due", "to")
                | ("owing", "to")
        )
    })
}

/// A clause that dates itself by an incident told before (`au lendemain de
/// l’attaque`, `hours after the attack`).
pub(crate) fn after_incident(tokens: &[Token]) -> bool {
    tokens.windows(3).any(|w| {
        matches!(
            w[0].norm.as_str(),
            "suivi" | "apres" | "following" | "after" | "lendemain"
        ) && matches!(w[1].norm.as_str(), "l'" | "the" | "de")
            && matches!(
                w[2].norm.as_str(),
                "incident" | "incidents" | "attaque" | "attack" | "frappe" | "strike" | "tir"
            )
    })
}

/// The date of a violent act, to date what happened `after the incident`.
#[derive(Debug, Clone)]
pub(crate) struct IncidentDate {
    date: String,
    date_end: Option<String>,
    precision: Option<Precision>,
}

impl IncidentDate {
    /// The date of `e` when it is a violent act told as fact and dated to the day (a
    /// flashback to a month, `en novembre 2023`, is not the incident of the story).
    pub(crate) fn of(e: &Event) -> Option<IncidentDate> {
        let violent = matches!(e.cameo.get(..2), Some("18" | "19" | "20"));
        let day = e.date_precision == Some(Precision::Day);
        (violent && day && e.modality.is_factual() && e.target.is_some())
            .then(|| e.date.clone())
            .flatten()
            .map(|date| IncidentDate {
                date,
                date_end: e.date_end.clone(),
                precision: e.date_precision,
            })
    }

    /// Dates `e` by the incident, `days` later (`two days after the attack`), when
    /// its date only came from the narrative.
    pub(crate) fn apply(&self, e: &mut Event, days: Option<i64>) {
        if e.date_source != Some(crate::dating::DateSource::Narrative) {
            return;
        }
        let shifted = days.and_then(|n| crate::dating::shift_day(&self.date, n));
        match shifted {
            Some(day) => {
                e.date = Some(day);
                e.date_end = None;
            }
            None => {
                e.date = Some(self.date.clone());
                e.date_end.clone_from(&self.date_end);
            }
        }
        e.date_precision = self.precision;
    }
}

fn key(a: &Option<crate::EventActor>) -> Option<&str> {
    a.as_ref()
        .and_then(|a| a.org.as_deref().or(a.country.as_deref()))
}

fn mutual(sentence: &str) -> bool {
    let s = sentence.to_lowercase();
    [
        "respectif",
        "mutuel",
        "réciproque",
        "reciproque",
        "mutual",
        "each other",
        "one another",
        "reciprocal",
    ]
    .iter()
    .any(|w| s.contains(w))
}

fn first_word(s: &str) -> String {
    s.split_whitespace().next().unwrap_or("").to_lowercase()
}

/// Whether an event's target was guessed from the document rather than named in
/// its sentence.
fn target_implied(e: &Event) -> bool {
    e.target
        .as_ref()
        .is_some_and(|t| t.span.start < e.span.start || t.span.end > e.span.end)
}

/// Drops the mirrors of joint acts and later tellings of acts already coded.
pub(crate) fn drop_retold(events: &mut Vec<Event>) {
    let mut keep = vec![true; events.len()];
    for j in 0..events.len() {
        let e = &events[j];
        let joint = matches!(e.cameo.get(..2), Some("03" | "04" | "05" | "06"));
        for (i, o) in events[..j].iter().enumerate() {
            if !keep[i] || o.modality.is_factual() != e.modality.is_factual() {
                continue;
            }
            let mirror = joint
                && o.trigger.span == e.trigger.span
                && o.cameo == e.cameo
                && key(&o.source) == key(&e.target)
                && key(&o.target) == key(&e.source)
                && !mutual(&e.text);
            let again = o.sentence < e.sentence
                && target_implied(e)
                && first_word(&o.trigger.text) == first_word(&e.trigger.text)
                && o.cameo == e.cameo
                && key(&o.source) == key(&e.source)
                && o.target.is_some()
                && o.date.is_some()
                && o.date == e.date
                && o.date_end == e.date_end;
            // `It was the deadliest attack on Chadian troops this year`: a violent
            // act between the same parties dated only to a period holding the day
            // of one told before is that act
            let vaguer = o.sentence < e.sentence
                && matches!(e.cameo.get(..2), Some("18" | "19" | "20"))
                && o.cameo.get(..2) == e.cameo.get(..2)
                && key(&o.source) == key(&e.source)
                && key(&o.target) == key(&e.target)
                && o.date_precision == Some(Precision::Day)
                && e.date_precision.is_some_and(|p| p != Precision::Day)
                && o.date
                    .as_deref()
                    .zip(e.date.as_deref())
                    .is_some_and(|(day, period)| day.starts_with(period));
            if mirror || again || vaguer {
                keep[j] = false;
                break;
            }
        }
    }
    let mut k = keep.into_iter();
    events.retain(|_| k.next().unwrap_or(true));
}
