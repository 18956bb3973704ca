//! Calendar rules: dates, months and years, numeric dates, ranges, decades, centuries,
//! seasons and parts of periods (`début avril`, `mi-2024`, `late 1990s`).
//!
//! A month or year alone is a date only where the words around it make it one: after a
//! day number, before a year, or after a preposition (`en avril`, `since 2019`). That
//! is what keeps "Mars" the planet, "May" the verb and "la résolution 2719" out. In
//! French, a capitalised month inside a sentence with no day or year is a name.

use super::numbers::{day, ordinal, year};
use super::Seg;
use crate::expr::{Cal, Expr, Found};
use crate::lexicon::{Lex, Unit};
use crate::types::Modifier;
use vigie_core::Lang;

/// The longest calendar expression at `i`; `cue` says a preposition came before.
pub(crate) fn at(seg: &Seg, i: usize, cue: bool) -> Option<Found> {
    let mut best: Option<Found> = None;
    for f in [
        super::range::range(seg, i),
        date(seg, i, cue),
        decade(seg, i),
        century(seg, i),
        part(seg, i),
        season(seg, i),
    ]
    .into_iter()
    .flatten()
    {
        if best.is_none_or(|b| f.end > b.end) {
            best = Some(f);
        }
    }
    best
}

pub(super) fn found(start: usize, end: usize, expr: Expr) -> Option<Found> {
    Some(Found {
        start,
        end,
        expr,
        modifier: None,
        future: false,
    })
}

const FULL_MONTHS: &[&str] = &["mai", "juin", "aout", "mars", "may", "june", "july"];

/// A month name at `i`; `strong` when a day or year stands next to it.
fn month(seg: &Seg, i: usize, strong: bool) -> Option<(usize, u8)> {
    let m = match seg.lex(i) {
        Lex::Month(m) => m,
        _ if strong && seg.is(i, "sept") => 9,
        _ => return None,
    };
    let english = seg.lang == Lang::En || (seg.lang == Lang::Other && seg.is_any(i, EN_ONLY));
    if english && !seg.cap(i) && !seg.standalone {
        // "may", "march": verbs unless capitalised.
        return None;
    }
    if seg.lang == Lang::Fr && seg.cap(i) && !strong && !seg.opens(i) && !seg.standalone {
        // French months are lowercase: "Mars" inside a sentence is a name.
        return None;
    }
    let mut j = i + 1;
    if seg.is(j, ".") && seg.glued(j) && !seg.is_any(i, FULL_MONTHS) && seg.s(i).len() <= 4 {
        j += 1;
    }
    Some((j, m))
}

const EN_ONLY: &[&str] = &["may", "march", "june", "july", "august"];

/// One end of a range, or a date: `[weekday] [le] 6 avril [2025]`, `April 6th, 2025`,
/// `avril 2025`, `avril`, `2025`, or a bare day (`6`, only useful in ranges).
pub(super) fn endpoint(seg: &Seg, i: usize) -> Option<(usize, Cal)> {
    let mut cal = Cal::default();
    let mut j = i;
    if let Lex::Weekday(wd) = seg.lex(j) {
        cal.weekday = Some(wd);
        j += 1;
        if seg.is(j, ",") {
            j += 1;
        }
    }
    j = seg.article(j);
    if let Some((k, d)) = day(seg, j) {
        let k2 = if seg.is(k, "of") { k + 1 } else { k };
        if let Some((k3, m)) = month(seg, k2, true) {
            cal.day = Some(d);
            cal.month = Some(m);
            let k4 = if seg.is(k3, ",") { k3 + 1 } else { k3 };
            if let Some(y) = year(seg, k4) {
                cal.year = Some(y);
                return Some((k4 + 1, cal));
            }
            return Some((k3, cal));
        }
        if year(seg, j).is_none() {
            cal.day = Some(d);
            // `June 1-3, 2023`: the year after the second day.
            let k2 = if seg.is(k, ",") { k + 1 } else { k };
            if let Some(y) = year(seg, k2) {
                cal.year = Some(y);
                return Some((k2 + 1, cal));
            }
            return Some((k, cal));
        }
    }
    let strong_next = day(seg, j + 1).is_some() || year(seg, j + 1).is_some();
    if let Some((k, m)) = month(seg, j, strong_next) {
        cal.month = Some(m);
        if seg.lang != Lang::Fr {
            if let Some((k2, d)) = day(seg, k) {
                if year(seg, k).is_none() {
                    cal.day = Some(d);
                    let k3 = if seg.is(k2, ",") { k2 + 1 } else { k2 };
                    if let Some(y) = year(seg, k3) {
                        cal.year = Some(y);
                        return Some((k3 + 1, cal));
                    }
                    return Some((k2, cal));
                }
            }
        }
        if let Some(y) = year(seg, k) {
            cal.year = Some(y);
            return Some((k + 1, cal));
        }
        return Some((k, cal));
    }
    if cal.weekday.is_none() {
        if let Some(y) = year(seg, j) {
            cal.year = Some(y);
            return Some((j + 1, cal));
        }
    }
    None
}

/// Street and movement names built on dates: `avenue du 26-Mars`, `rue du 4 Septembre`.
pub(super) fn street_before(seg: &Seg, i: usize) -> bool {
    let mut k = i;
    while k > 0 && seg.is_any(k - 1, &["du", "de", "des", "le", "la"]) {
        k -= 1;
    }
    k > 0
        && seg.is_any(
            k - 1,
            &[
                "rue",
                "avenue",
                "av",
                "boulevard",
                "bd",
                "place",
                "pont",
                "stade",
                "quai",
                "allee",
                "cours",
                "square",
                "carrefour",
                "lycee",
                "ecole",
                "college",
                "mouvement",
                "street",
                "road",
                "square",
            ],
        )
}

/// A single date, month or year.
fn date(seg: &Seg, i: usize, cue: bool) -> Option<Found> {
    if let Some(f) = numeric(seg, i) {
        return Some(f);
    }
    // `l'an 2000`, `l'année 2015`, `the year 2015`, `le mois de mars`.
    let j = seg.article(i);
    if seg.is_any(j, &["an", "annee", "year"]) {
        if let Some(y) = year(seg, j + 1) {
            let cal = Cal {
                year: Some(y),
                ..Cal::default()
            };
            return found(i, j + 2, Expr::Cal(cal));
        }
    }
    if seg.is_any(j, &["mois", "month"]) {
        let k = seg.of(j + 1);
        if k > j + 1 {
            if let Some((k2, cal)) =
                endpoint(seg, k).filter(|(_, c)| c.day.is_none() && c.month.is_some())
            {
                return found(i, k2, Expr::Cal(cal));
            }
        }
    }
    let (end, cal) = endpoint(seg, i)?;
    let dated = cal.day.is_some() && cal.month.is_some();
    let ok = dated
        || (cal.month.is_some() && (cal.year.is_some() || cue))
        || (cal.year.is_some() && cal.month.is_none() && cue && !seg.is(end, "-"));
    if !ok || (dated && street_before(seg, i)) {
        return None;
    }
    found(i, end, Expr::Cal(cal))
}

/// `06/04/2025`, `6.4.2025`, `2025-04-06`, `04/2025`: the day-month order follows the
/// language (month first in English) unless the numbers leave no doubt.
fn numeric(seg: &Seg, i: usize) -> Option<Found> {
    let (a, da) = seg.num(i)?;
    let sep = seg.s(i + 1);
    if !matches!(sep, "/" | "." | "-") || !seg.glued(i + 1) || !seg.glued(i + 2) {
        return None;
    }
    let (b, db) = seg.num(i + 2)?;
    let two_parts = !(seg.is(i + 3, sep) && seg.glued(i + 3) && seg.num(i + 4).is_some());
    if two_parts {
        // `04/2025`: a month and a year.
        if sep == "/" && da <= 2 && (1..=12).contains(&a) && db == 4 {
            let cal = Cal {
                year: year(seg, i + 2),
                month: Some(a as u8),
                ..Cal::default()
            };
            return cal.year.and_then(|_| found(i, i + 3, Expr::Cal(cal)));
        }
        return None;
    }
    let (c, dc) = seg.num(i + 4)?;
    // A fourth group glued on is a phone number or a version, not a date.
    if seg.glued(i + 5) && seg.is_any(i + 5, &["/", ".", "-"]) && seg.num(i + 6).is_some() {
        return None;
    }
    let (y, m, d) = if da == 4 {
        (a as i32, b, c)
    } else if dc == 4 || (dc == 2 && sep == "/") {
        let y = if dc == 2 { 2000 + c as i32 } else { c as i32 };
        let month_first = seg.lang == Lang::En && a <= 12;
        if (month_first && b <= 31) || b > 12 {
            (y, a, b)
        } else {
            (y, b, a)
        }
    } else {
        return None;
    };
    if da > 4 || db > 2 || !(1000..=2199).contains(&y) {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(y, m, d)?;
    let cal = Cal {
        year: Some(y),
        month: Some(m as u8),
        day: Some(d as u8),
        weekday: None,
    };
    found(i, i + 5, Expr::Cal(cal))
}

/// `les années 1990`, `années 90`, `the 1990s`, `the '90s`.
fn decade(seg: &Seg, i: usize) -> Option<Found> {
    let j = if seg.is(i, "des") {
        i + 1
    } else {
        seg.article(i)
    };
    if seg.is_any(j, &["annees", "annee"]) {
        let (v, digits) = seg.num(j + 1)?;
        let d = match digits {
            4 if v % 10 == 0 && (1000..2200).contains(&v) => v / 10,
            2 if v % 10 == 0 => 190 + v / 10,
            _ => return None,
        };
        return found(i, j + 2, Expr::Decade(d as i32));
    }
    let (k, quoted) = if seg.is(j, "'") {
        (j + 1, true)
    } else {
        (j, false)
    };
    let (v, digits) = seg.num(k)?;
    let mut end = k + 1;
    if seg.is(end, "'") && seg.glued(end) {
        end += 1;
    }
    if !(seg.is(end, "s") && seg.glued(end)) || v % 10 != 0 {
        return None;
    }
    let d = match digits {
        4 if (1000..2200).contains(&v) => v / 10,
        2 if quoted || j > i => 190 + v / 10,
        _ => return None,
    };
    found(i, end + 1, Expr::Decade(d as i32))
}

/// `le XXe siècle`, `au 21e siècle`, `the 20th century`.
fn century(seg: &Seg, i: usize) -> Option<Found> {
    let j = if seg.is_any(i, &["au", "du"]) {
        i + 1
    } else {
        seg.article(i)
    };
    let (k, n) = ordinal(seg, j)?;
    if !seg.is_any(k, &["siecle", "century"]) || !(1..=30).contains(&n) {
        return None;
    }
    found(i, k + 1, Expr::Century(n as i32 - 1))
}

/// The period a part word applies to: a month, a year, a decade, or the current year,
/// month or week.
fn base(seg: &Seg, i: usize) -> Option<(usize, Expr)> {
    if let Some(f) = decade(seg, i) {
        return Some((f.end, f.expr));
    }
    let j = seg.article(i);
    for (words, unit) in [
        (&["annee", "an", "year"][..], Unit::Year),
        (&["mois", "month"][..], Unit::Month),
        (&["semaine", "week"][..], Unit::Week),
    ] {
        let k = if seg.is_any(i, &["cette", "ce", "this"]) {
            i + 1
        } else {
            j
        };
        if seg.is_any(k, words) && year(seg, k + 1).is_none() {
            let next = seg.is_any(k + 1, &["prochaine", "prochain", "next"]);
            let last = seg.is_any(k + 1, &["derniere", "dernier", "passee", "last"]);
            let n = i64::from(next) - i64::from(last);
            let end = if next || last { k + 2 } else { k + 1 };
            return Some((end, Expr::Period { unit, n }));
        }
    }
    if let Some((k, m)) = month(seg, j, true) {
        let mut cal = Cal {
            month: Some(m),
            ..Cal::default()
        };
        if let Some(y) = year(seg, k) {
            cal.year = Some(y);
            return Some((k + 1, Expr::Cal(cal)));
        }
        return Some((k, Expr::Cal(cal)));
    }
    let y = year(seg, j)?;
    Some((
        j + 1,
        Expr::Cal(Cal {
            year: Some(y),
            ..Cal::default()
        }),
    ))
}

/// `début avril`, `fin 2023`, `mi-2024`, `à la fin des années 1990`, `early 2024`,
/// `the end of March`, `courant mai`.
fn part(seg: &Seg, i: usize) -> Option<Found> {
    let mut j = i;
    if seg.is_any(j, &["a", "au", "en", "at", "in", "des", "by"]) {
        j += 1;
    }
    j = seg.article(j);
    let (k, modifier) = match seg.s(j) {
        "debut" | "beginning" | "start" => (j + 1, Some(Modifier::Start)),
        "fin" | "end" => (j + 1, Some(Modifier::End)),
        "milieu" | "middle" => (j + 1, Some(Modifier::Mid)),
        "courant" => (j + 1, None),
        "early" => (j + 1, Some(Modifier::Start)),
        "late" => (j + 1, Some(Modifier::End)),
        "mi" | "mid" => (j + 1, Some(Modifier::Mid)),
        _ => return None,
    };
    let k = if seg.is(k, "-") && seg.glued(k) {
        k + 1
    } else {
        k
    };
    let english_noun = seg.is_any(j, &["beginning", "start", "end", "middle"]);
    let k2 = seg.of(k);
    if english_noun && k2 == k {
        return None;
    }
    let (end, expr) = base(seg, k2)?;
    Some(Found {
        start: i,
        end,
        expr,
        modifier,
        future: false,
    })
}

/// `l'été 2024`, `au printemps 2023`, `summer 2024`, `the winter of 2022`.
fn season(seg: &Seg, i: usize) -> Option<Found> {
    let mut j = i;
    if seg.is_any(j, &["a", "au", "en", "in", "during"]) {
        j += 1;
    }
    j = seg.article(j);
    let code = match seg.s(j) {
        "printemps" | "spring" => "SP",
        "ete" | "summer" => "SU",
        "automne" | "autumn" | "fall" => "FA",
        "hiver" | "winter" => "WI",
        _ => return None,
    };
    let k = seg.of(j + 1);
    let y = year(seg, k)?;
    found(i, k + 1, Expr::Season(Some(y), code))
}
