//! Scoring coded events against gold events, with exactly the rules of the gold
//! files' README:
//!
//! - only dyadic coded events count (a source and a target);
//! - a coded event matches a gold event when a gold source key names its source, a
//!   gold target key names its target (either way round when the gold is
//!   `symmetric`), its CAMEO code starts with a gold root, and its date lies in the
//!   gold range (a month or year date must lie in it whole; an undated event matches
//!   nothing);
//! - matching is one-to-one and maximal (augmenting paths);
//! - recall counts matched gold events (core, and core + extended); precision counts
//!   matched coded events among those told as facts (asserted, alleged, reported);
//! - a factual coded event that matches a `negative` gold event is reported as a
//!   negative coded as fact; negatives have no date, so they are matched in the
//!   sentence that holds their quote.

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use crate::Event;

/// One line of a gold events file.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    /// The gold event's id.
    pub id: String,
    /// The document id.
    pub doc: String,
    /// An exact substring of the sentence that carries the event.
    pub quote: String,
    /// Accepted source keys.
    pub source: Vec<String>,
    /// Accepted target keys.
    pub target: Vec<String>,
    /// Accepted CAMEO roots.
    pub cameo_roots: Vec<String>,
    /// Accepted dates, inclusive.
    pub date: Option<GoldDate>,
    /// `asserted`, `alleged`, `reported`, `hypothetical`, `recommended`, `prevented`.
    pub modality: String,
    /// `core`, `extended` or `negative`.
    pub tier: String,
    /// Source and target may be swapped.
    #[serde(default)]
    pub symmetric: bool,
    /// Where the event happened, when the gold says.
    #[serde(default)]
    pub place: Option<GoldPlace>,
}

/// A gold place: its country and point.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldPlace {
    /// ISO 3166-1 alpha-3.
    pub country: String,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
}

impl GoldPlace {
    /// Whether a coded place is in the same country and within `km` of this one.
    pub fn agrees(&self, country: &str, lat: f64, lon: f64, km: f64) -> bool {
        self.country == country && distance_km(self.lat, self.lon, lat, lon) <= km
    }
}

/// Great-circle distance in kilometres (the geoparser's).
pub use vigie_geo::distance_km;

/// An inclusive range of dates; both ends are null on non-events.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDate {
    /// First accepted day.
    pub from: Option<NaiveDate>,
    /// Last accepted day.
    pub to: Option<NaiveDate>,
}

impl GoldEvent {
    fn is_negative(&self) -> bool {
        self.tier == "negative"
    }

    fn actors_match(&self, e: &Event) -> bool {
        let (Some(s), Some(t)) = (&e.source, &e.target) else {
            return false;
        };
        let named = |keys: &[String], a: &crate::EventActor| keys.iter().any(|k| a.has_key(k));
        (named(&self.source, s) && named(&self.target, t))
            || (self.symmetric && named(&self.source, t) && named(&self.target, s))
    }

    fn root_matches(&self, e: &Event) -> bool {
        self.cameo_roots
            .iter()
            .any(|r| e.cameo.starts_with(r.as_str()))
    }

    fn date_matches(&self, e: &Event) -> bool {
        match (&self.date, event_days(e)) {
            (
                Some(GoldDate {
                    from: Some(from),
                    to: Some(to),
                }),
                Some((first, last)),
            ) => *from <= first && last <= *to,
            _ => false,
        }
    }

    /// Whether a coded event matches this positive gold event.
    pub fn matches(&self, e: &Event) -> bool {
        self.actors_match(e) && self.root_matches(e) && self.date_matches(e)
    }
}

/// The first and last day a coded event's date covers.
fn event_days(e: &Event) -> Option<(NaiveDate, NaiveDate)> {
    let date = e.date.as_deref()?;
    let (first, last) = period(date)?;
    match e.date_end.as_deref().and_then(period) {
        Some((_, end)) => Some((first, end)),
        None => Some((first, last)),
    }
}

/// The days of `2025-04-06`, `2025-04` or `2025`.
fn period(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let parts: Vec<&str> = value.split('-').collect();
    let year: i32 = parts.first()?.parse().ok()?;
    match parts.len() {
        1 => Some((
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            NaiveDate::from_ymd_opt(year, 12, 31)?,
        )),
        2 => {
            let month: u32 = parts[1].parse().ok()?;
            let first = NaiveDate::from_ymd_opt(year, month, 1)?;
            let next = if month == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(year, month + 1, 1)?
            };
            Some((first, next.pred_opt()?))
        }
        3 => {
            let day = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()?;
            Some((day, day))
        }
        _ => None,
    }
    .filter(|(a, _)| a.year() == year)
}

/// The outcome of scoring one set of documents.
#[derive(Debug, Clone, Default)]
pub struct Score {
    /// Core gold events, and how many were matched.
    pub core: (usize, usize),
    /// Core and extended gold events, and how many were matched.
    pub positive: (usize, usize),
    /// Factual dyadic coded events, and how many matched a gold event.
    pub factual: (usize, usize),
    /// Gold events not matched, by index into the gold list.
    pub misses: Vec<usize>,
    /// Factual coded events matched by no gold event, by index into the coded list.
    pub false_positives: Vec<usize>,
    /// Negative gold events coded as fact: (gold index, coded index).
    pub negatives_as_fact: Vec<(usize, usize)>,
    /// Matched events whose gold has a place, and how many were placed in the same
    /// country within 50 km.
    pub places: (usize, usize),
}

impl Score {
    /// Matched core gold events / core gold events.
    pub fn recall_core(&self) -> f64 {
        ratio(self.core.1, self.core.0)
    }
    /// Matched positive gold events / positive gold events.
    pub fn recall(&self) -> f64 {
        ratio(self.positive.1, self.positive.0)
    }
    /// Matched factual coded events / factual coded events.
    pub fn precision(&self) -> f64 {
        ratio(self.factual.1, self.factual.0)
    }
    /// Share of matched events with a gold place that were placed right.
    pub fn place_accuracy(&self) -> f64 {
        ratio(self.places.1, self.places.0)
    }
    /// Harmonic mean of precision and recall (all positive).
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores `coded` events against `gold` events (all documents together; events only
/// match within their document).
pub fn score(gold: &[GoldEvent], coded: &[Event]) -> Score {
    let dyadic: Vec<usize> = (0..coded.len())
        .filter(|&i| coded[i].source.is_some() && coded[i].target.is_some())
        .collect();
    let positive: Vec<usize> = (0..gold.len())
        .filter(|&g| !gold[g].is_negative())
        .collect();
    // edges: for each positive gold event, the coded events it may absorb
    let edges: Vec<Vec<usize>> = positive
        .iter()
        .map(|&g| {
            dyadic
                .iter()
                .copied()
                .filter(|&c| coded[c].doc == gold[g].doc && gold[g].matches(&coded[c]))
                .collect()
        })
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; coded.len()];
    for k in 0..positive.len() {
        let mut seen = vec![false; coded.len()];
        augment(k, &edges, &mut owner, &mut seen);
    }
    let mut s = Score::default();
    let matched_gold: Vec<bool> = {
        let mut m = vec![false; positive.len()];
        for k in owner.iter().flatten() {
            m[*k] = true;
        }
        m
    };
    for (k, &g) in positive.iter().enumerate() {
        let core = gold[g].tier == "core";
        s.positive.0 += 1;
        s.core.0 += usize::from(core);
        if matched_gold[k] {
            s.positive.1 += 1;
            s.core.1 += usize::from(core);
        } else {
            s.misses.push(g);
        }
    }
    for (c, k) in owner.iter().enumerate() {
        let Some(gold_place) = k.and_then(|k| gold[positive[k]].place.as_ref()) else {
            continue;
        };
        s.places.0 += 1;
        if coded[c]
            .place
            .as_ref()
            .is_some_and(|p| gold_place.agrees(&p.country, p.lat, p.lon, 50.0))
        {
            s.places.1 += 1;
        }
    }
    for &c in &dyadic {
        if !coded[c].modality.is_factual() {
            continue;
        }
        s.factual.0 += 1;
        if owner[c].is_some() {
            s.factual.1 += 1;
        } else {
            s.false_positives.push(c);
        }
        for (g, ge) in gold.iter().enumerate() {
            // negatives have no date: they are located by their quote instead
            let here = ge.doc == coded[c].doc && coded[c].text.contains(&ge.quote);
            if ge.is_negative() && here && ge.actors_match(&coded[c]) && ge.root_matches(&coded[c])
            {
                s.negatives_as_fact.push((g, c));
            }
        }
    }
    s
}

/// Kuhn's augmenting path from positive gold event `k`.
fn augment(k: usize, edges: &[Vec<usize>], owner: &mut [Option<usize>], seen: &mut [bool]) -> bool {
    for &c in &edges[k] {
        if seen[c] {
            continue;
        }
        seen[c] = true;
        if owner[c].is_none_or(|other| augment(other, edges, owner, seen)) {
            owner[c] = Some(k);
            return true;
        }
    }
    false
}
