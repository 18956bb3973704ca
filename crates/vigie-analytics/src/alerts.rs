//! Escalation alerts: when the relation between two countries turns sharply worse.
//!
//! Events are grouped by unordered country pair (source and target countries, when
//! they differ), counted as the tension series counts them (factual, one per cluster).
//! Two signals:
//!
//! - **drop**: the Goldstein sum of a 7-day window falls at least [`DROP`] points below
//!   the pair's baseline, the mean 7-day sum over the 90 days before the window (0
//!   when the pair has no history: a quiet relation is neutral);
//! - **rupture**: within 7 days, events of at least two of three kinds: diplomatic
//!   rupture (CAMEO 161 reduce or break relations, which recalls of ambassadors code
//!   to, and 164–166: halt talks or mediation, expel or withdraw), closure (163
//!   embargo and 191 blockade: borders, airspace), and military incident (CAMEO 18,
//!   19, 20); see [`kind_of`].
//!
//! Windows that fire on consecutive days merge into one alert, which lists every event
//! behind it.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use serde::Serialize;
use vigie_store::StoredEvent;

use crate::series::counted;

/// Goldstein points below baseline that make a drop.
pub const DROP: f64 = 12.0;

/// The window, in days.
pub const WINDOW_DAYS: i64 = 7;

/// How far back the baseline looks, in days.
pub const BASELINE_DAYS: i64 = 90;

/// What kind of escalation step an event is, for the rupture signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Ambassadors recalled, relations broken, talks halted, envoys expelled.
    Diplomatic,
    /// Borders or airspace closed, embargoes.
    Closure,
    /// Armed force used.
    Military,
}

/// The escalation step a CAMEO code stands for.
pub fn kind_of(cameo: &str) -> Option<Step> {
    match cameo {
        c if c.starts_with("161")
            || c.starts_with("164")
            || c.starts_with("165")
            || c.starts_with("166") =>
        {
            Some(Step::Diplomatic)
        }
        c if c.starts_with("163") || c.starts_with("191") => Some(Step::Closure),
        c if c.starts_with("18") || c.starts_with("19") || c.starts_with("20") => {
            Some(Step::Military)
        }
        _ => None,
    }
}

/// One piece of evidence behind an alert.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    /// The event id.
    pub event: String,
    /// Its first day.
    pub date: NaiveDate,
    /// Its CAMEO code and name.
    pub cameo: String,
    /// The code's name.
    pub cameo_name: Option<String>,
    /// Its Goldstein score.
    pub goldstein: Option<f32>,
    /// Source actor code.
    pub source: Option<String>,
    /// Target actor code.
    pub target: Option<String>,
    /// Its escalation step, if it is one.
    pub step: Option<Step>,
    /// How it is told.
    pub modality: String,
    /// The sentence.
    pub text: String,
    /// The document.
    pub doc: String,
    /// Its outlet.
    pub publisher: Option<String>,
    /// Its address.
    pub url: Option<String>,
    /// Articles telling this event.
    pub num_articles: u32,
}

/// An escalation alert.
#[derive(Debug, Clone, Serialize)]
pub struct Alert {
    /// The two countries, in alphabetical order.
    pub dyad: [String; 2],
    /// `drop`, `rupture`, or `drop+rupture`.
    pub signal: String,
    /// First day of the window.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
    /// Goldstein sum over the window.
    pub goldstein: f64,
    /// The pair's baseline for a window of this length.
    pub baseline: f64,
    /// The escalation steps seen.
    pub steps: Vec<Step>,
    /// A sentence saying why.
    pub reason: String,
    /// The events behind it, by date.
    pub evidence: Vec<Evidence>,
}

fn evidence(e: &StoredEvent, date: NaiveDate) -> Evidence {
    let ev = &e.event;
    Evidence {
        event: ev.id.clone(),
        date,
        cameo: ev.cameo.clone(),
        cameo_name: ev.cameo_name.clone(),
        goldstein: ev.goldstein,
        source: ev.source.as_ref().map(|a| a.code.clone()),
        target: ev.target.as_ref().map(|a| a.code.clone()),
        step: kind_of(&ev.cameo),
        modality: ev.modality.name().to_string(),
        text: ev.text.clone(),
        doc: ev.doc.clone(),
        publisher: e.document.source.clone(),
        url: e.document.url.clone(),
        num_articles: e.num_articles,
    }
}

/// The alerts raised by `events`, by date then dyad.
pub fn alerts(events: &[StoredEvent]) -> Vec<Alert> {
    let mut by_dyad: BTreeMap<[String; 2], Vec<(&StoredEvent, NaiveDate)>> = BTreeMap::new();
    for (e, day) in counted(events) {
        let country =
            |a: &Option<vigie_coder::EventActor>| a.as_ref().and_then(|a| a.country.clone());
        let (Some(a), Some(b)) = (country(&e.event.source), country(&e.event.target)) else {
            continue;
        };
        if a == b {
            continue;
        }
        let key = if a < b { [a, b] } else { [b, a] };
        by_dyad.entry(key).or_default().push((e, day));
    }
    let mut out = Vec::new();
    for (dyad, list) in by_dyad {
        out.extend(dyad_alerts(&dyad, &list));
    }
    out.sort_by(|a, b| (a.from, &a.dyad).cmp(&(b.from, &b.dyad)));
    out
}

fn dyad_alerts(dyad: &[String; 2], list: &[(&StoredEvent, NaiveDate)]) -> Vec<Alert> {
    let window = Duration::days(WINDOW_DAYS - 1);
    let mut daily: BTreeMap<NaiveDate, f64> = BTreeMap::new();
    for (e, day) in list {
        *daily.entry(*day).or_default() += f64::from(e.event.goldstein.unwrap_or(0.0));
    }
    let sum =
        |from: NaiveDate, to: NaiveDate| -> f64 { daily.range(from..=to).map(|(_, g)| g).sum() };
    let mut fired: Vec<(NaiveDate, NaiveDate, f64, f64, Vec<Step>)> = Vec::new();
    // A window can only fire if it ends on a day with events.
    for &end in daily.keys() {
        let start = end - window;
        let total = sum(start, end);
        let history_from = start - Duration::days(BASELINE_DAYS);
        let history: f64 = sum(history_from, start - Duration::days(1));
        let baseline = history * WINDOW_DAYS as f64 / BASELINE_DAYS as f64;
        let mut steps: Vec<Step> = list
            .iter()
            .filter(|(_, d)| *d >= start && *d <= end)
            .filter_map(|(e, _)| kind_of(&e.event.cameo))
            .collect();
        steps.sort();
        steps.dedup();
        let drop = total - baseline <= -DROP;
        if drop || steps.len() >= 2 {
            fired.push((start, end, total, baseline, steps));
        }
    }
    // Merge overlapping windows.
    let mut merged: Vec<(NaiveDate, NaiveDate, f64, Vec<Step>)> = Vec::new();
    for (start, end, _, baseline, steps) in fired {
        match merged.last_mut() {
            Some(m) if start <= m.1 + Duration::days(1) => {
                m.1 = end;
                m.2 = m.2.min(baseline);
                m.3.extend(steps);
                m.3.sort();
                m.3.dedup();
            }
            _ => merged.push((start, end, baseline, steps)),
        }
    }
    merged
        .into_iter()
        .map(|(from, to, baseline, steps)| {
            // The window starts at the first event in it.
            let inside: Vec<_> = list.iter().filter(|(_, d)| *d >= from && *d <= to).collect();
            let from = inside.first().map_or(from, |(_, d)| *d);
            let goldstein = sum(from, to);
            let drop = goldstein - baseline <= -DROP;
            let rupture = steps.len() >= 2;
            let signal = match (drop, rupture) {
                (true, true) => "drop+rupture",
                (true, false) => "drop",
                _ => "rupture",
            };
            let names: Vec<&str> = steps
                .iter()
                .map(|s| match s {
                    Step::Diplomatic => "diplomatic rupture",
                    Step::Closure => "closure",
                    Step::Military => "military incident",
                })
                .collect();
            let mut reason = format!(
                "{}–{}: Goldstein {goldstein:.1} from {from} to {to} against a baseline of {baseline:.1}",
                dyad[0], dyad[1]
            );
            if !names.is_empty() {
                reason.push_str(&format!("; {}", names.join(" + ")));
            }
            Alert {
                dyad: dyad.clone(),
                signal: signal.to_string(),
                from,
                to,
                goldstein,
                baseline,
                steps,
                reason,
                evidence: inside.iter().map(|(e, d)| evidence(e, *d)).collect(),
            }
        })
        .collect()
}
