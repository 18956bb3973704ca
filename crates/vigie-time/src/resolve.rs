//! Resolution: turning what the grammar read into TIMEX3 values, against three anchors.
//!
//! 1. The *publication* anchor, when the caller gives one. Year-less dates take the
//!    latest year that does not put them after it, unless their sentence speaks of the
//!    future.
//! 2. Otherwise the *inferred document* date: year-less dates are placed in the year
//!    that puts them nearest the latest date given with a year, and the latest explicit
//!    date of all is taken as the document date (the text was written on or after it).
//! 3. The *narrative* anchor: the last day the story told, which `la veille`, `le
//!    lendemain` or `two days later` count from.

use chrono::{Datelike, NaiveDate};
use vigie_core::{Diagnostic, Severity, Span};

use crate::expr::{Base, Cal, Dir, Expr, Found};
use crate::lexicon::Unit;
use crate::timex_value::{day_cal, duration, format_cal, precision_of, shift};
use crate::types::{
    Anchor, AnchorSource, InferenceMethod, InferredDate, Modifier, Precision, TimexKind,
};

/// One expression found, ready for resolution.
pub(crate) struct Item {
    /// What the grammar read.
    pub found: Found,
    /// Where, in the original text.
    pub span: Span,
    /// True when the expression's sentence speaks of the future.
    pub future_sentence: bool,
}

/// A resolved value.
pub(crate) struct Value {
    /// TIMEX3 value.
    pub value: String,
    /// Its precision.
    pub precision: Precision,
    /// What it denotes.
    pub kind: TimexKind,
    /// Which anchor resolved it.
    pub anchor: AnchorSource,
    /// Part of the period meant.
    pub modifier: Option<Modifier>,
}

/// The reference used to place year-less dates.
#[derive(Clone, Copy)]
enum YearRef {
    /// Past-biased: never after the publication date.
    Publication(NaiveDate),
    /// Nearest to the latest dated expression.
    Inferred(NaiveDate),
}

/// The first day a calendar value covers, when its year is known.
fn start_of(c: Cal) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        c.year?,
        u32::from(c.month.unwrap_or(1)),
        u32::from(c.day.unwrap_or(1)),
    )
}

/// Gives a year-less calendar value the year that fits the reference.
fn place(c: Cal, r: YearRef, future: bool) -> Cal {
    if c.year.is_some() || c.month.is_none() {
        return c;
    }
    let with = |y: i32| Cal { year: Some(y), ..c };
    let (base, past_only) = match r {
        YearRef::Publication(p) => (p, !future),
        YearRef::Inferred(p) => (p, false),
    };
    let mut best: Option<(i64, i32)> = None;
    for y in [base.year() - 1, base.year(), base.year() + 1] {
        let Some(d) = start_of(with(y)) else { continue };
        let diff = (d - base).num_days();
        let cost = match r {
            YearRef::Publication(_) if past_only => {
                if diff > 0 {
                    continue;
                } else {
                    -diff
                }
            }
            YearRef::Publication(_) => {
                // In a future sentence: the first occurrence not before this month.
                let same_month = d.year() == base.year() && d.month() == base.month();
                if diff < 0 && !same_month {
                    continue;
                } else {
                    diff.abs()
                }
            }
            YearRef::Inferred(_) => diff.abs(),
        };
        if best.is_none_or(|(b, _)| cost < b) {
            best = Some((cost, y));
        }
    }
    let mut y = best.map_or(base.year(), |(_, y)| y);
    // A weekday written with the date settles the year when it fits a neighbour better.
    if let (Some(wd), Some(_)) = (c.weekday, c.day) {
        for cand in [y, y - 1, y + 1] {
            if start_of(with(cand))
                .is_some_and(|d| d.weekday().number_from_monday() == u32::from(wd))
            {
                y = cand;
                break;
            }
        }
    }
    with(y)
}

/// The latest date given with its year, which year-less dates are placed next to.
fn latest_dated(items: &[Item]) -> Option<(NaiveDate, Span)> {
    let mut best: Option<(NaiveDate, Span)> = None;
    for it in items.iter().filter(|it| !it.found.future) {
        let d = match it.found.expr {
            Expr::Cal(c) => start_of(c),
            Expr::Range(_, b) => start_of(b),
            _ => None,
        };
        if let Some(d) = d {
            if best.is_none_or(|(b, _)| d > b) {
                best = Some((d, it.span));
            }
        }
    }
    best
}

/// Resolves every item, in text order; returns the values, the inferred document date
/// (only when no anchor was given) and diagnostics.
pub(crate) fn resolve(
    items: &[Item],
    anchor: Option<Anchor>,
) -> (Vec<Value>, Option<InferredDate>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let year_ref = match anchor {
        Some(a) => Some(YearRef::Publication(a.date)),
        None => latest_dated(items).map(|(d, _)| YearRef::Inferred(d)),
    };
    let placed_source = match anchor {
        Some(_) => AnchorSource::Publication,
        None => AnchorSource::InferredDocument,
    };
    // Place year-less dates first: the document date depends on them.
    let placed: Vec<Expr> = items
        .iter()
        .map(|it| {
            let fut = it.found.future || it.future_sentence;
            match (it.found.expr, year_ref) {
                (Expr::Cal(c), Some(r)) => Expr::Cal(place(c, r, fut)),
                (Expr::Range(a, b), Some(r)) if b.year.is_none() => {
                    let b2 = place(b, r, fut);
                    let mut a2 = a;
                    if let Some(y) = b2.year {
                        let back = a.month.zip(b.month).is_some_and(|(ma, mb)| ma > mb);
                        a2.year = Some(if back { y - 1 } else { y });
                    }
                    Expr::Range(a2, b2)
                }
                (e, _) => e,
            }
        })
        .collect();
    let document_date = if anchor.is_some() {
        None
    } else {
        let mut best: Option<(NaiveDate, Precision, Span)> = None;
        for (it, e) in items.iter().zip(&placed) {
            if it.found.future {
                continue;
            }
            let c = match *e {
                Expr::Cal(c) => c,
                Expr::Range(_, b) => b,
                _ => continue,
            };
            if let Some(d) = start_of(c) {
                if best.is_none_or(|(b, _, _)| d > b) {
                    best = Some((d, precision_of(c), it.span));
                }
            }
        }
        best.map(|(date, precision, evidence)| InferredDate {
            date,
            precision,
            method: InferenceMethod::LatestExplicitDate,
            evidence,
        })
    };
    let deictic = match (anchor, &document_date) {
        (Some(a), _) => Some((a.date, AnchorSource::Publication)),
        (None, Some(d)) => Some((d.date, AnchorSource::InferredDocument)),
        (None, None) => None,
    };
    let mut narrative: Option<NaiveDate> = None;
    let mut out = Vec::with_capacity(items.len());
    for (it, e) in items.iter().zip(&placed) {
        let fut = it.found.future || it.future_sentence;
        let was_yearless = matches!(it.found.expr, Expr::Cal(c) if c.year.is_none())
            || matches!(it.found.expr, Expr::Range(_, b) if b.year.is_none());
        let source = if was_yearless {
            placed_source
        } else {
            AnchorSource::None
        };
        let mut v = match *e {
            Expr::Cal(c) => {
                if c.day.is_some() && c.year.is_some() {
                    narrative = start_of(c).or(narrative);
                }
                value(format_cal(c), precision_of(c), TimexKind::Date, source)
            }
            Expr::Range(a, b) => {
                if b.day.is_some() && b.year.is_some() {
                    narrative = start_of(b).or(narrative);
                }
                let s = format!("{}/{}", format_cal(a), format_cal(b));
                value(s, precision_of(b), TimexKind::Range, source)
            }
            Expr::Season(y, code) => {
                let y = y.map_or("XXXX".to_string(), |y| format!("{y:04}"));
                value(
                    format!("{y}-{code}"),
                    Precision::Season,
                    TimexKind::Date,
                    AnchorSource::None,
                )
            }
            Expr::Decade(d) => value(
                format!("{d:03}X"),
                Precision::Decade,
                TimexKind::Date,
                AnchorSource::None,
            ),
            Expr::Century(c) => value(
                format!("{c:02}"),
                Precision::Century,
                TimexKind::Date,
                AnchorSource::None,
            ),
            Expr::Duration { n, unit, half } => value(
                duration(n, unit, half),
                Precision::Duration,
                TimexKind::Duration,
                AnchorSource::None,
            ),
            Expr::Shift { unit, n, base } => {
                let from = match base {
                    Base::Narrative => narrative.map(|d| (d, AnchorSource::Narrative)).or(deictic),
                    Base::Deictic => deictic,
                };
                match (from, n) {
                    (Some((d, src)), Some(n)) => match shift(d, unit, n) {
                        Some(r) => {
                            let (s, p) = match unit {
                                Unit::Month => (
                                    format!("{:04}-{:02}", r.year(), r.month()),
                                    Precision::Month,
                                ),
                                Unit::Year | Unit::Decade | Unit::Century => {
                                    (format!("{:04}", r.year()), Precision::Year)
                                }
                                _ => {
                                    narrative = Some(r);
                                    (format_cal(day_cal(r)), Precision::Day)
                                }
                            };
                            value(s, p, TimexKind::Date, src)
                        }
                        None => unresolved(),
                    },
                    _ => unresolved(),
                }
            }
            Expr::Period { unit, n } => {
                match deictic.and_then(|(d, s)| shift(d, unit, n).map(|r| (r, s))) {
                    Some((r, src)) => {
                        let (s, p) = match unit {
                            Unit::Week => {
                                let w = r.iso_week();
                                (format!("{:04}-W{:02}", w.year(), w.week()), Precision::Week)
                            }
                            Unit::Month => (
                                format!("{:04}-{:02}", r.year(), r.month()),
                                Precision::Month,
                            ),
                            _ => (format!("{:04}", r.year()), Precision::Year),
                        };
                        value(s, p, TimexKind::Date, src)
                    }
                    None => unresolved(),
                }
            }
            Expr::Weekday { wd, dir } => match deictic {
                Some((d, src)) => {
                    let today = d.weekday().number_from_monday() as i64;
                    let back = (today - i64::from(wd)).rem_euclid(7);
                    let ahead = (i64::from(wd) - today).rem_euclid(7);
                    let offset = match dir {
                        Dir::Last => -(if back == 0 { 7 } else { back }),
                        Dir::Next => {
                            if ahead == 0 {
                                7
                            } else {
                                ahead
                            }
                        }
                        Dir::Nearest if fut => ahead,
                        Dir::Nearest => -back,
                    };
                    match shift(d, Unit::Day, offset) {
                        Some(r) => {
                            narrative = Some(r);
                            value(format_cal(day_cal(r)), Precision::Day, TimexKind::Date, src)
                        }
                        None => unresolved(),
                    }
                }
                None => unresolved(),
            },
        };
        if v.precision == Precision::Unknown || v.value.starts_with("XXXX") {
            v.precision = Precision::Unknown;
            v.anchor = AnchorSource::None;
            diagnostics.push(Diagnostic {
                severity: Severity::Info,
                span: Some(it.span),
                message: "no anchor date to resolve this expression against".to_string(),
            });
        }
        v.modifier = it.found.modifier;
        out.push(v);
    }
    if let Some(d) = &document_date {
        diagnostics.push(Diagnostic {
            severity: Severity::Info,
            span: Some(d.evidence),
            message: format!(
                "no publication date: document date inferred as {} from the latest explicit date",
                d.date
            ),
        });
    }
    (out, document_date, diagnostics)
}

fn value(value: String, precision: Precision, kind: TimexKind, anchor: AnchorSource) -> Value {
    Value {
        value,
        precision,
        kind,
        anchor,
        modifier: None,
    }
}

fn unresolved() -> Value {
    value(
        "XXXX-XX-XX".to_string(),
        Precision::Unknown,
        TimexKind::Date,
        AnchorSource::None,
    )
}
