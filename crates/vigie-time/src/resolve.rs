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

use crate::expr::{Base, Cal, Dir, Expr, Found, Scope};
use crate::lexicon::Unit;
use crate::timex_value::{day_cal, duration, format_cal, precision_of, shift};
use crate::types::{
    Anchor, AnchorSource, InferenceMethod, InferredDate, Modifier, Precision, Prefer, TimexKind,
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

/// Where an expression's words or sentence point.
#[derive(Debug, Clone, Copy, Default)]
struct Lean {
    /// The wording or the sentence speaks of the future.
    future: bool,
    /// The wording says the past (`dernier`, `last`): it wins over everything.
    past: bool,
}

/// Which occurrence of a date that names no year to take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Choice {
    /// The latest one that begins on or before the reference.
    Past,
    /// The first one that ends on or after the reference.
    Future,
    /// The one nearest the reference.
    Nearest,
}

/// The reference used to place year-less dates, and how.
#[derive(Clone, Copy)]
struct YearRef {
    /// The publication date, or the latest dated expression when none was given.
    base: NaiveDate,
    /// True when `base` was inferred: dates are then placed nearest to it.
    inferred: bool,
    /// The caller's preference.
    prefer: Prefer,
}

impl YearRef {
    /// How to place an expression whose wording or sentence may point to the future
    /// or, explicitly, to the past.
    fn choice(self, lean: Lean) -> Choice {
        let future = lean.future;
        match self.prefer {
            _ if lean.past => Choice::Past,
            _ if self.inferred => Choice::Nearest,
            Prefer::Past if future => Choice::Future,
            Prefer::Past => Choice::Past,
            Prefer::Future => Choice::Future,
            Prefer::Nearest => Choice::Nearest,
        }
    }
}

/// Among occurrences `(first day, last day, what)`, the one `choice` wants relative to
/// `base`; the nearest one when none lies on the wanted side.
fn choose<T: Copy>(
    base: NaiveDate,
    choice: Choice,
    candidates: impl IntoIterator<Item = (NaiveDate, NaiveDate, T)>,
) -> Option<T> {
    let mut wanted: Option<(i64, T)> = None;
    let mut nearest: Option<(i64, T)> = None;
    for (first, last, t) in candidates {
        let distance = if base < first {
            (first - base).num_days()
        } else if base > last {
            (base - last).num_days()
        } else {
            0
        };
        if nearest.is_none_or(|(d, _)| distance < d) {
            nearest = Some((distance, t));
        }
        let cost = match choice {
            Choice::Past if first <= base => (base - first).num_days(),
            Choice::Future if last >= base => (first - base).num_days().max(0),
            _ => continue,
        };
        if wanted.is_none_or(|(c, _)| cost < c) {
            wanted = Some((cost, t));
        }
    }
    match choice {
        Choice::Nearest => nearest,
        _ => wanted.or(nearest),
    }
    .map(|(_, t)| t)
}

/// The first day a calendar value covers, when its year is known.
fn start_of(c: Cal) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        c.year?,
        u32::from(c.month.unwrap_or(1)),
        u32::from(c.day.unwrap_or(1)),
    )
}

/// The last day a calendar value covers, when its year is known.
fn end_of(c: Cal) -> Option<NaiveDate> {
    let start = start_of(c)?;
    match (c.month, c.day) {
        (_, Some(_)) => Some(start),
        (Some(m), None) => crate::holiday::nth_weekday(start.year(), m, None, -1),
        (None, None) => NaiveDate::from_ymd_opt(start.year(), 12, 31),
    }
}

/// Gives a calendar value without its year (or, for a bare day number, without its
/// month) the year and month the reference and the choice want.
fn place(c: Cal, r: YearRef, future: Lean) -> Cal {
    if c.year.is_some() {
        return c;
    }
    let base = r.base;
    if c.month.is_none() {
        // `le 9`: a day of this month, the last or the next one.
        let Some(day) = c.day else { return c };
        let months = (-2..=2).filter_map(|k: i32| {
            let d = base.with_day(1)?;
            let d = if k >= 0 {
                d.checked_add_months(chrono::Months::new(k as u32))?
            } else {
                d.checked_sub_months(chrono::Months::new(k.unsigned_abs()))?
            };
            let d = d.with_day(u32::from(day))?;
            Some((d, d, d))
        });
        return choose(base, r.choice(future), months).map_or(c, day_cal);
    }
    let with = |y: i32| Cal { year: Some(y), ..c };
    if let (Some(wd), Some(_)) = (c.weekday, c.day) {
        // `samedi 24 septembre`: the year, nearest the reference, in which the
        // weekday and the date agree.
        let years = (base.year() - 28..=base.year() + 28).filter_map(|y| {
            let d = start_of(with(y))?;
            (d.weekday().number_from_monday() == u32::from(wd)).then_some((d, d, y))
        });
        if let Some(y) = choose(base, Choice::Nearest, years) {
            return with(y);
        }
    }
    let years = (base.year() - 1..=base.year() + 1)
        .filter_map(|y| Some((start_of(with(y))?, end_of(with(y))?, y)));
    let y = choose(base, r.choice(future), years).unwrap_or(base.year());
    with(y)
}

/// The first and last day of an expression whose year may be missing, placed like a
/// year-less date: the n-th weekday of a month, a holiday.
fn place_named(e: Expr, r: Option<YearRef>, future: Lean) -> Option<(NaiveDate, NaiveDate)> {
    use crate::holiday::{nth_in, nth_weekday};
    let (month, year) = match e {
        Expr::Nth { n, wd, scope } => match scope {
            Scope::Year(y) => {
                let first = NaiveDate::from_ymd_opt(y, 1, 1)?;
                let d = nth_in(first, NaiveDate::from_ymd_opt(y, 12, 31)?, wd, n)?;
                return Some((d, d));
            }
            Scope::Period { unit, n: k } => {
                let (first, last) = period_range(r?.base, unit, k)?;
                let d = nth_in(first, last, wd, n)?;
                return Some((d, d));
            }
            Scope::Month { month, year } => (Some(month), year),
        },
        Expr::Holiday { year, .. } => (None, year),
        _ => return None,
    };
    let occurrences = |y: i32| -> Vec<(NaiveDate, NaiveDate)> {
        match (e, month) {
            (Expr::Nth { n, wd, .. }, Some(m)) => nth_weekday(y, m, wd, n)
                .map(|d| vec![(d, d)])
                .unwrap_or_default(),
            (Expr::Holiday { holiday, .. }, _) => holiday.in_year(y),
            _ => Vec::new(),
        }
    };
    if let Some(y) = year {
        return occurrences(y).into_iter().next();
    }
    let r = r?;
    let all = (r.base.year() - 1..=r.base.year() + 1)
        .flat_map(occurrences)
        .map(|(a, b)| (a, b, (a, b)));
    choose(r.base, r.choice(future), all)
}

/// The first and last day of the week, month or year `n` units from `d`.
fn period_range(d: NaiveDate, unit: Unit, n: i64) -> Option<(NaiveDate, NaiveDate)> {
    let d = shift(d, unit, n)?;
    match unit {
        Unit::Week => {
            let monday = d.checked_sub_days(chrono::Days::new(u64::from(
                d.weekday().num_days_from_monday(),
            )))?;
            Some((monday, monday.checked_add_days(chrono::Days::new(6))?))
        }
        Unit::Month => {
            let first = d.with_day(1)?;
            Some((
                first,
                crate::holiday::nth_weekday(d.year(), d.month() as u8, None, -1)?,
            ))
        }
        _ => Some((
            NaiveDate::from_ymd_opt(d.year(), 1, 1)?,
            NaiveDate::from_ymd_opt(d.year(), 12, 31)?,
        )),
    }
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
    prefer: Prefer,
) -> (Vec<Value>, Option<InferredDate>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let year_ref = match anchor {
        Some(a) => Some(YearRef {
            base: a.date,
            inferred: false,
            prefer,
        }),
        None => latest_dated(items).map(|(d, _)| YearRef {
            base: d,
            inferred: true,
            prefer,
        }),
    };
    let placed_source = match anchor {
        Some(_) => AnchorSource::Publication,
        None => AnchorSource::InferredDocument,
    };
    // Place year-less dates first: the document date depends on them.
    let placed: Vec<Expr> = items
        .iter()
        .map(|it| {
            let fut = Lean {
                future: it.found.future || it.future_sentence,
                past: it.found.past,
            };
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
        let fut = Lean {
            future: it.found.future || it.future_sentence,
            past: it.found.past,
        };
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
                            // `dans deux mois`, `in two years`: a day, counted from now;
                            // `il y a deux ans`, `two years later`: the period.
                            let day = it.found.future && base == Base::Deictic;
                            let (s, p) = match unit {
                                _ if day => (format_cal(day_cal(r)), Precision::Day),
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
            Expr::Period { unit, n, base } => {
                let from = match base {
                    Base::Narrative => narrative.map(|d| (d, AnchorSource::Narrative)).or(deictic),
                    Base::Deictic => deictic,
                };
                match from.and_then(|(d, s)| shift(d, unit, n).map(|r| (r, s))) {
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
            Expr::Week { year, week } => {
                let y = year.or(deictic.map(|(d, _)| d.iso_week().year()));
                let src = if year.is_some() {
                    AnchorSource::None
                } else {
                    placed_source
                };
                match y.filter(|&y| {
                    NaiveDate::from_isoywd_opt(y, u32::from(week), chrono::Weekday::Mon).is_some()
                }) {
                    Some(y) => value(
                        format!("{y:04}-W{week:02}"),
                        Precision::Week,
                        TimexKind::Date,
                        src,
                    ),
                    None => unresolved(),
                }
            }
            Expr::Weekday { wd, dir, plus } => match deictic {
                Some((d, src)) => {
                    // Against an inferred document date (the latest date told), a
                    // weekday looks back unless its sentence speaks of the future.
                    let choice = match year_ref {
                        Some(r) if !r.inferred => r.choice(fut),
                        _ if fut.future => Choice::Future,
                        _ => Choice::Past,
                    };
                    match weekday(d, wd, dir, choice).and_then(|r| shift(r, Unit::Day, plus)) {
                        Some(r) => {
                            narrative = Some(r);
                            value(format_cal(day_cal(r)), Precision::Day, TimexKind::Date, src)
                        }
                        None => unresolved(),
                    }
                }
                None => unresolved(),
            },
            Expr::Nth { .. } | Expr::Holiday { .. } => {
                let explicit = matches!(
                    *e,
                    Expr::Nth {
                        scope: Scope::Year(_) | Scope::Month { year: Some(_), .. },
                        ..
                    } | Expr::Holiday { year: Some(_), .. }
                );
                match place_named(*e, year_ref, fut) {
                    Some((first, last)) => {
                        let src = if explicit {
                            AnchorSource::None
                        } else {
                            placed_source
                        };
                        if first == last {
                            narrative = Some(first);
                            value(
                                format_cal(day_cal(first)),
                                Precision::Day,
                                TimexKind::Date,
                                src,
                            )
                        } else {
                            let s = format!(
                                "{}/{}",
                                format_cal(day_cal(first)),
                                format_cal(day_cal(last))
                            );
                            value(s, Precision::Day, TimexKind::Range, src)
                        }
                    }
                    None => unresolved(),
                }
            }
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

/// The day a weekday names, seen from `d`.
fn weekday(d: NaiveDate, wd: u8, dir: Dir, choice: Choice) -> Option<NaiveDate> {
    let today = i64::from(d.weekday().number_from_monday());
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
        Dir::Week(n) => i64::from(wd) - today + 7 * n,
        Dir::Nearest => match choice {
            Choice::Future => ahead,
            Choice::Past => -back,
            Choice::Nearest if ahead < back => ahead,
            Choice::Nearest => -back,
        },
    };
    shift(d, Unit::Day, offset)
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
