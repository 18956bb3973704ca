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
        past: false,
    })
}

const FULL_MONTHS: &[&str] = &["mai", "juin", "aout", "mars", "may", "june", "july"];

/// A month name at `i`; `strong` when a day or year stands next to it.
fn month(seg: &Seg, i: usize, strong: bool) -> Option<(usize, u8)> {
    let m = match seg.lex(i) {
        Lex::Month(m) => m,
        _ if seg.is(i, "sept") && (strong || seg.is(i + 1, ".") && seg.glued(i + 1)) => 9,
        _ => return None,
    };
    let english = seg.lang == Lang::En || (seg.lang == Lang::Other && seg.is_any(i, EN_ONLY));
    if english && !seg.cap(i) && !seg.standalone && !lowercase_date(seg, i, strong) {
        // "may", "march": verbs unless capitalised or plainly in a date.
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

/// A lowercase English month that is plainly a date: `june 5`, `march 3rd`, `sept. 5`
/// (not `may`, and `march` only before an ordinal or a year).
fn lowercase_date(seg: &Seg, i: usize, strong: bool) -> bool {
    if !strong || seg.is(i, "may") {
        return false;
    }
    let k = if seg.is(i + 1, ".") { i + 2 } else { i + 1 };
    let ordinal =
        seg.num(k).is_some() && seg.glued(k + 1) && seg.is_any(k + 1, &["st", "nd", "rd", "th"]);
    !seg.is(i, "march") || ordinal || year(seg, k).is_some()
}

/// One end of a range, or a date: `[weekday] [le] 6 avril [2025]`, `April 6th, 2025`,
/// `avril 2025`, `avril`, `2025`, or a bare day (`6`, only useful in ranges).
pub(super) fn endpoint(seg: &Seg, i: usize) -> Option<(usize, Cal)> {
    let mut cal = Cal::default();
    let mut j = i;
    let weekday = match seg.lex(j) {
        Lex::Weekday(wd) => Some((j + 1, wd)),
        // `Fri, June 14`, `ven. 14 juin`.
        Lex::WeekdayShort(wd) if seg.is_any(j + 1, &[".", ","]) && seg.glued(j + 1) => {
            Some((j + 2, wd))
        }
        _ => None,
    };
    if let Some((k, wd)) = weekday {
        cal.weekday = Some(wd);
        j = k;
        if seg.is(j, ",") {
            j += 1;
        }
    }
    j = seg.article(j);
    if let Some((k, d)) = day(seg, j) {
        // `6 April`, `6th of April`, `1er-Mai`.
        let k2 = if seg.is(k, "of") || seg.is(k, "-") && seg.glued(k) && seg.glued(k + 1) {
            k + 1
        } else {
            k
        };
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
    if let Some(f) = numeric(seg, i, cue) {
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
    // `last March`, `next June`.
    let (lead, i2) = match seg.s(i) {
        "last" => (-1, i + 1),
        "next" => (1, i + 1),
        // `ce mardi 4 juin`, `this Tuesday, June 4`.
        "ce" | "this" if matches!(seg.lex(i + 1), Lex::Weekday(_)) => (0, i + 1),
        _ => (0, i),
    };
    let (mut end, cal) = endpoint(seg, i2)?;
    let dated = cal.day.is_some() && cal.month.is_some();
    let bare_day = cal.day.is_some() && cal.month.is_none() && cal.year.is_none();
    let ok = dated
        || (cal.month.is_some() && (cal.year.is_some() || cue || lead != 0))
        || (cal.year.is_some() && cal.month.is_none() && cue && !seg.is(end, "-"))
        || bare_day && lone_day(seg, i2, end, cue);
    if !ok || (dated && street_before(seg, i)) || lead != 0 && cal.year.is_some() {
        return None;
    }
    // `en mars dernier`, `le 9 prochain`: the wording says which occurrence.
    let mut past = lead < 0;
    let mut future = lead > 0;
    if cal.year.is_none() && lead == 0 {
        match seg.s(end) {
            "dernier" | "derniere" | "passe" => {
                past = true;
                end += 1;
            }
            "prochain" | "prochaine" => {
                future = true;
                end += 1;
            }
            _ => {}
        }
    }
    let mut f = found(i, end, Expr::Cal(cal))?;
    f.past = past;
    f.future = future;
    Some(f)
}

/// A day number alone is a date only on its own line, or after an article with nothing
/// after it but punctuation: `le 9`, `du 9`, `dès le 12.`, `on the 9th`.
fn lone_day(seg: &Seg, i: usize, end: usize, cue: bool) -> bool {
    if seg.standalone && seg.toks.len() <= end + 1 {
        return true;
    }
    let article = i > 0 && seg.is_any(i - 1, &["le", "du", "au", "the"]);
    let glued_number = seg.glued(end) && seg.num(end + 1).is_some();
    let closed = end >= seg.toks.len()
        || seg.is_any(end, &[",", ".", ";", ")", "prochain", "dernier"]) && !glued_number
        || seg.is(end, "du") && seg.is(end + 1, "mois");
    let ordinal_en = seg.lang == Lang::En && end > i + 1;
    (article || cue) && closed && (seg.lang != Lang::En || ordinal_en)
}

/// A two-digit year as a reader takes it: `68` is 1968, `18` is 2018.
fn two_digit_year(v: u32) -> i32 {
    if v < 50 {
        2000 + v as i32
    } else {
        1900 + v as i32
    }
}

/// `06/04/2025`, `6.4.2025`, `21.11.18`, `2025-04-06`, `04/2025`, `2019-06`, `05 06
/// 2019`, and, on its own or after a preposition, `12/03` and `4/7`: the day-month
/// order follows the language (month first in English) unless the numbers leave no
/// doubt.
fn numeric(seg: &Seg, i: usize, cue: bool) -> Option<Found> {
    let (a, da) = seg.num(i)?;
    let sep = seg.s(i + 1);
    let month_first = |a: u32, b: u32| (seg.lang == Lang::En && a <= 12 && b <= 31) || b > 12;
    if !matches!(sep, "/" | "." | "-") || !seg.glued(i + 1) || !seg.glued(i + 2) {
        return spaced(seg, i);
    }
    let (b, db) = seg.num(i + 2)?;
    let two_parts = !(seg.is(i + 3, sep) && seg.glued(i + 3) && seg.num(i + 4).is_some());
    if two_parts {
        if seg.glued(i + 3) && seg.is_any(i + 3, &["/", ".", "-"]) {
            return None;
        }
        let mut cal = Cal::default();
        if matches!(sep, "/" | "-") && da == 4 && db == 2 && (1..=12).contains(&b) {
            // `2019-06`; `2011-12` is a season unless the expression stands alone.
            if b > a % 100 && !seg.standalone {
                return None;
            }
            cal.year = year(seg, i);
            cal.month = Some(b as u8);
        } else if da <= 2 && (1..=12).contains(&a) && db == 4 {
            // `04/2025`, `12.2019`: a month and a year.
            cal.year = year(seg, i + 2);
            cal.month = Some(a as u8);
        } else if (sep == "/" || sep == "." && da == 2 && db == 2)
            && da <= 2
            && db <= 2
            && (cue || seg.standalone || i > 0 && seg.is_any(i - 1, &["le", "du", "au", "on"]))
            && !seg.is_any(i + 3, &["of", "de", "des", "du", "d", "%"])
        {
            // `12/03`, `4/7`: a day and a month, the year left to the anchor.
            let (m, d) = if month_first(a, b) { (a, b) } else { (b, a) };
            chrono::NaiveDate::from_ymd_opt(2024, m, d)?;
            cal.month = Some(m as u8);
            cal.day = Some(d as u8);
            return found(i, i + 3, Expr::Cal(cal));
        }
        return cal.year.and_then(|_| found(i, i + 3, Expr::Cal(cal)));
    }
    let (c, dc) = seg.num(i + 4)?;
    // A fourth group glued on is a phone number or a version, not a date.
    if seg.glued(i + 5) && seg.is_any(i + 5, &["/", ".", "-"]) && seg.num(i + 6).is_some() {
        return None;
    }
    let (y, m, d) = if da == 4 {
        (a as i32, b, c)
    } else if dc == 4 || dc == 2 {
        let y = if dc == 2 { two_digit_year(c) } else { c as i32 };
        if month_first(a, b) {
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
    full_date(i, i + 5, y, m, d)
}

/// A full date over tokens `start..end`, if the calendar has that day.
fn full_date(start: usize, end: usize, y: i32, m: u32, d: u32) -> Option<Found> {
    chrono::NaiveDate::from_ymd_opt(y, m, d)?;
    let cal = Cal {
        year: Some(y),
        month: Some(m as u8),
        day: Some(d as u8),
        weekday: None,
    };
    found(start, end, Expr::Cal(cal))
}

/// `05 06 2019`: day, month and four-digit year with spaces between, nothing numeric
/// after them (that would be a phone number).
fn spaced(seg: &Seg, i: usize) -> Option<Found> {
    let (a, da) = seg.num(i)?;
    let (b, db) = seg.num(i + 1)?;
    let y = year(seg, i + 2)?;
    if da != 2 || db != 2 || seg.num(i + 3).is_some() {
        return None;
    }
    let (m, d) = if seg.lang == Lang::En && a <= 12 || b > 12 {
        (a, b)
    } else {
        (b, a)
    };
    full_date(i, i + 3, y, m, d)
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
            return Some((
                end,
                Expr::Period {
                    unit,
                    n,
                    base: crate::expr::Base::Deictic,
                },
            ));
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
        past: false,
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
