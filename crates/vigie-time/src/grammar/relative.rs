//! Relative rules: words that count from the moment of writing (`hier`, `il y a trois
//! jours`, `la semaine dernière`, `last week`, `dimanche`) or from the last date the
//! story told (`la veille`, `le lendemain`, `deux jours plus tard`, `the same day`,
//! `plus tard dans la soirée`, `dans la foulée`), and durations (`depuis deux ans`,
//! `pendant trois mois`, `for six weeks`).

use super::numbers::count;
use super::Seg;
use crate::expr::{Base, Dir, Expr, Found};
use crate::lexicon::{Lex, Unit};

/// The longest relative expression or duration at `i`; `cue` says a preposition came
/// before.
pub(crate) fn at(seg: &Seg, i: usize, cue: bool) -> Option<Found> {
    let mut best: Option<Found> = None;
    for f in [
        fixed(seg, i),
        counted(seg, i, cue),
        period(seg, i),
        weekday(seg, i),
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

fn found(end: usize, expr: Expr) -> Option<Found> {
    Some(Found {
        start: 0,
        end,
        expr,
        modifier: None,
        future: false,
        past: false,
    })
}

fn shift(end: usize, n: i64, base: Base) -> Option<Found> {
    found(
        end,
        Expr::Shift {
            unit: Unit::Day,
            n: Some(n),
            base,
        },
    )
}

const PARTS_OF_DAY: &[&str] = &[
    "matin",
    "soir",
    "midi",
    "morning",
    "evening",
    "afternoon",
    "night",
    "au",
];

/// Skips a part of the day after a day word (`hier soir`, `la veille au soir`,
/// `yesterday morning`, `hier après-midi`).
fn day_part(seg: &Seg, i: usize) -> usize {
    if seg.is(i, "apres") && seg.is(i + 1, "-") && seg.is(i + 2, "midi") {
        return i + 3;
    }
    if seg.is(i, "au") && seg.is_any(i + 1, &["soir", "matin"]) {
        return i + 2;
    }
    if seg.is_any(i, PARTS_OF_DAY) && !seg.is(i, "au") {
        return i + 1;
    }
    i
}

/// Whether token `i`, capitalised, follows a capitalised word it touches by a space.
fn ends_a_name(seg: &Seg, i: usize) -> bool {
    let (Some(t), Some(before)) = (
        seg.toks.get(i),
        i.checked_sub(1).and_then(|k| seg.toks.get(k)),
    ) else {
        return false;
    };
    t.cap && t.space_before && before.cap && before.kind == crate::lexer::TokKind::Word
}

/// Words with a fixed meaning.
fn fixed(seg: &Seg, i: usize) -> Option<Found> {
    use Base::{Deictic, Narrative};
    let w = seg.s(i);
    // Single words and their hyphenated compounds.
    let hyph = |a: &str, b: &str| seg.is(i, a) && seg.is(i + 1, "-") && seg.is(i + 2, b);
    if hyph("avant", "hier") {
        return shift(day_part(seg, i + 3), -2, Deictic);
    }
    if hyph("apres", "demain") {
        return shift(i + 3, 2, Deictic);
    }
    if seg.elided(i, "aujourd") && seg.is(i + 2, "hui") {
        return shift(i + 3, 0, Deictic);
    }
    match w {
        "hier" | "yesterday" => return shift(day_part(seg, i + 1), -1, Deictic),
        "demain" | "tomorrow" => return shift(day_part(seg, i + 1), 1, Deictic),
        // (`USA Today`, `Dijla Today`: a capitalised word after a capitalised
        // name is the end of that name, a newspaper's or a programme's)
        "today" | "tonight" if !ends_a_name(seg, i) => return shift(i + 1, 0, Deictic),
        _ => {}
    }
    // `ce matin`, `ce soir`, `cette nuit`, `this morning`, `cet après-midi`.
    if seg.is_any(i, &["ce", "cette", "cet", "this"]) {
        let k = day_part(seg, i + 1);
        if k > i + 1 && !seg.is(i + 1, "au") || seg.is(i + 1, "nuit") {
            return shift(k.max(i + 2), 0, Deictic);
        }
    }
    // `la veille`, `le lendemain`, `l'avant-veille`, `le surlendemain`, `le jour même`.
    let j = seg.article(i);
    if j > i {
        match seg.s(j) {
            "veille" => return shift(day_part(seg, j + 1), -1, Narrative),
            "lendemain" => return shift(day_part(seg, j + 1), 1, Narrative),
            "surlendemain" => return shift(day_part(seg, j + 1), 2, Narrative),
            "avant" if seg.is(j + 1, "-") && seg.is(j + 2, "veille") => {
                return shift(j + 3, -2, Narrative)
            }
            "jour" | "soir" if seg.is(j + 1, "meme") => return shift(j + 2, 0, Narrative),
            "jour" if seg.is(j + 1, "suivant") => return shift(j + 2, 1, Narrative),
            "jour" if seg.is(j + 1, "precedent") => return shift(j + 2, -1, Narrative),
            "jour" if seg.elided(j + 1, "d") && seg.is_any(j + 3, &["apres", "avant"]) => {
                return shift(
                    j + 4,
                    if seg.is(j + 3, "apres") { 1 } else { -1 },
                    Narrative,
                );
            }
            "meme" if seg.is_any(j + 1, &["jour", "soir", "nuit"]) => {
                return shift(j + 2, 0, Narrative)
            }
            "same" if seg.is_any(j + 1, &["day", "evening", "night"]) => {
                return shift(j + 2, 0, Narrative)
            }
            "next" | "following" if seg.is_any(j + 1, &["day", "morning", "evening"]) => {
                return shift(j + 2, 1, Narrative)
            }
            "previous" if seg.is_any(j + 1, &["day", "evening", "night"]) => {
                return shift(j + 2, -1, Narrative)
            }
            "day" if seg.is(j + 1, "before") => {
                if seg.is(j + 2, "yesterday") {
                    return shift(j + 3, -2, Deictic);
                }
                return shift(j + 2, -1, Narrative);
            }
            "day" if seg.is(j + 1, "after") => {
                if seg.is(j + 2, "tomorrow") {
                    return shift(j + 3, 2, Deictic);
                }
                return shift(j + 2, 1, Narrative);
            }
            _ => {}
        }
    }
    // `ce jour-là`, `that day`, `that evening`.
    if seg.is(i, "ce") && seg.is(i + 1, "jour") && seg.is(i + 2, "-") && seg.is(i + 3, "la") {
        return shift(i + 4, 0, Narrative);
    }
    if seg.is(i, "that") && seg.is_any(i + 1, &["day", "evening", "night", "morning"]) {
        return shift(i + 2, 0, Narrative);
    }
    // `plus tard dans la soirée`, `later that day`, `earlier that day`.
    let later = if seg.is(i, "plus") && seg.is_any(i + 1, &["tard", "tot"]) {
        Some(i + 2)
    } else if seg.is_any(i, &["later", "earlier"]) {
        Some(i + 1)
    } else {
        None
    };
    if let Some(k) = later {
        if seg.is(k, "dans") {
            let k2 = seg.article(k + 1);
            if seg.is_any(k2, &["soiree", "journee", "nuit", "matinee"]) {
                return shift(k2 + 1, 0, Narrative);
            }
        }
        if seg.is(k, "that") && seg.is_any(k + 1, &["day", "evening", "night", "morning"]) {
            return shift(k + 2, 0, Narrative);
        }
        if seg.is(k, "in") && seg.is(k + 1, "the") && seg.is_any(k + 2, &["day", "evening"]) {
            return shift(k + 3, 0, Narrative);
        }
    }
    // `dans la foulée`, `dans la soirée`, `dans la matinée`, `dans l'après-midi`.
    if seg.is(i, "dans") {
        let k = seg.article(i + 1);
        if k > i + 1 && seg.is_any(k, &["foulee", "soiree", "matinee", "journee"]) {
            return shift(k + 1, 0, Narrative);
        }
        if seg.elided(i + 1, "l") && seg.is(k, "apres") && seg.is(k + 2, "midi") {
            return shift(k + 3, 0, Narrative);
        }
    }
    None
}

/// A count and a unit: `il y a trois jours`, `trois jours plus tard`, `dans deux
/// semaines`, `two days later`, `three weeks ago`, `depuis deux ans`, `for six months`.
fn counted(seg: &Seg, i: usize, cue: bool) -> Option<Found> {
    let (ago, future, j) = if seg.is(i, "il") && seg.is(i + 1, "y") && seg.is(i + 2, "a") {
        (true, false, i + 3)
    } else if seg.is(i, "dans") || seg.is(i, "in") && seg.lang != vigie_core::Lang::Fr {
        (false, true, i + 1)
    } else {
        (false, false, i)
    };
    let (k, n) = if seg.is_any(j, &["quelques", "plusieurs", "several"]) {
        (j + 1, None)
    } else if seg.is(j, "a") && seg.is(j + 1, "few") {
        (j + 2, None)
    } else {
        let (k, n) = count(seg, j)?;
        (k, Some(n))
    };
    // `two and a half years`.
    let half_before = seg.is(k, "and") && seg.is(k + 1, "a") && seg.is(k + 2, "half");
    let k = if half_before { k + 3 } else { k };
    // `un jour`, `one day`: "some day", not a length of time, unless a preposition says so.
    let idiom = n == Some(1) && seg.num(j).is_none() && !cue && seg.lex(k) == Lex::Unit(Unit::Day);
    let Lex::Unit(unit) = seg.lex(k) else {
        return None;
    };
    // `a fortnight`: two weeks.
    let n = if seg.is_any(k, &["fortnight", "fortnights"]) {
        n.map(|n| n * 2)
    } else {
        n
    };
    // `un an` but not `une journée de mobilisation` read as a count of days.
    let mut end = k + 1;
    let sign: i64 = if ago {
        -1
    } else if future {
        1
    } else if seg.is(end, "plus") && seg.is(end + 1, "tard")
        || seg.is_any(end, &["later", "apres", "after"])
    {
        // `deux jours après le départ`, `two weeks after soldiers ousted him`: after an
        // event the text does not date, not after the last date told
        let event_follows = seg.is_any(end, &["apres", "after"])
            && seg.s(end + 1).starts_with(|c: char| c.is_alphabetic());
        if event_follows {
            return None;
        }
        end += if seg.is(end, "plus") { 2 } else { 1 };
        1
    } else if seg.is(end, "plus") && seg.is(end + 1, "tot")
        || seg.is_any(end, &["earlier", "auparavant", "before", "avant"])
            && !seg.is_any(end + 1, &["de", "d", "la", "le", "the"])
    {
        end += if seg.is(end, "plus") { 2 } else { 1 };
        -1
    } else if seg.is(end, "hence") || seg.is(end, "from") && seg.is_any(end + 1, &["now", "today"])
    {
        // `four days hence`, `two weeks from now`: counted from the moment of writing.
        end += if seg.is(end, "hence") { 1 } else { 2 };
        let mut f = found(
            end,
            Expr::Shift {
                unit,
                n: n.map(i64::from),
                base: Base::Deictic,
            },
        )?;
        f.future = true;
        return Some(f);
    } else if seg.is(end, "ago") {
        end += 1;
        if !matches!(unit, Unit::Hour | Unit::Minute) {
            return found(
                end,
                Expr::Shift {
                    unit,
                    n: n.map(|n| -i64::from(n)),
                    base: Base::Deictic,
                },
            );
        }
        0
    } else {
        0
    };
    if sign == 0
        || matches!(
            unit,
            Unit::Hour | Unit::Minute | Unit::Decade | Unit::Century
        )
    {
        if future {
            // `dans trois heures`: a duration from now, not a calendar date.
            return None;
        }
        if idiom {
            return None;
        }
        let half_after = seg.is(end, "et") && seg.is(end + 1, "demi");
        if half_after {
            end += 2;
        }
        let half = half_before || half_after;
        return found(end, Expr::Duration { n, unit, half });
    }
    let base = if ago || future {
        Base::Deictic
    } else {
        Base::Narrative
    };
    let mut f = found(
        end,
        Expr::Shift {
            unit,
            n: n.map(|n| sign * i64::from(n)),
            base,
        },
    )?;
    f.future = future;
    Some(f)
}

/// `la semaine dernière`, `le mois prochain`, `l'an dernier`, `cette année`, `last
/// week`, `next month`, `this year`.
fn period(seg: &Seg, i: usize) -> Option<Found> {
    let unit_of = |k: usize| match seg.s(k) {
        "semaine" | "week" | "wk" => Some(Unit::Week),
        "mois" | "month" | "mo" => Some(Unit::Month),
        "an" | "annee" | "year" | "yr" => Some(Unit::Year),
        _ => None,
    };
    // English and French demonstratives before the unit.
    let n = match seg.s(i) {
        "last" | "past" => Some(-1),
        "next" | "coming" => Some(1),
        "this" | "ce" | "cette" | "cet" => Some(0),
        _ => None,
    };
    if let Some(n) = n {
        let unit = unit_of(i + 1)?;
        let mut end = i + 2;
        if n == 0 && seg.is(end, "-") && seg.is(end + 1, "ci") {
            end += 2;
        }
        return found(
            end,
            Expr::Period {
                unit,
                n,
                base: Base::Deictic,
            },
        );
    }
    // Counted from the last date told: `the week before`, `the month after`, `the
    // following week`, `the previous month`.
    if seg.is(i, "the") {
        let (unit, n) = if seg.is_any(i + 2, &["before", "after"]) {
            (unit_of(i + 1), if seg.is(i + 2, "after") { 1 } else { -1 })
        } else if seg.is_any(i + 1, &["following", "previous"]) {
            (
                unit_of(i + 2),
                if seg.is(i + 1, "following") { 1 } else { -1 },
            )
        } else {
            (None, 0)
        };
        if let Some(unit) = unit {
            let base = Base::Narrative;
            return found(i + 3, Expr::Period { unit, n, base });
        }
    }
    let j = seg.article(i);
    if j == i {
        return None;
    }
    let unit = unit_of(j)?;
    let n = match seg.s(j + 1) {
        "derniere" | "dernier" | "passee" | "passe" | "ecoule" | "ecoulee" => -1,
        "prochaine" | "prochain" => 1,
        "suivante" | "suivant" => {
            return found(
                j + 2,
                Expr::Period {
                    unit,
                    n: 1,
                    base: Base::Narrative,
                },
            );
        }
        "precedente" | "precedent" => {
            return found(
                j + 2,
                Expr::Period {
                    unit,
                    n: -1,
                    base: Base::Narrative,
                },
            );
        }
        "d" if seg.is(j + 2, "'") && seg.is(j + 3, "apres") => {
            return found(
                j + 4,
                Expr::Period {
                    unit,
                    n: 1,
                    base: Base::Narrative,
                },
            );
        }
        _ => return None,
    };
    found(
        j + 2,
        Expr::Period {
            unit,
            n,
            base: Base::Deictic,
        },
    )
}

/// A weekday's name at `i`, or its abbreviation where a dot or the expression standing
/// alone says it is one (`ven.`, `Fri.`, `fri` alone).
pub(super) fn weekday_at(seg: &Seg, i: usize) -> Option<(usize, u8)> {
    match seg.lex(i) {
        Lex::Weekday(wd) => Some((i + 1, wd)),
        Lex::WeekdayShort(wd) => {
            if seg.is(i + 1, ".") && seg.glued(i + 1) {
                Some((i + 2, wd))
            } else if seg.standalone && seg.toks.len() <= i + 3 {
                Some((i + 1, wd))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// `la semaine prochaine`, `de la semaine dernière`, `next week`, `of last week`,
/// `this week`, `cette semaine` after a weekday: the week it falls in.
fn week_after(seg: &Seg, i: usize) -> Option<(usize, i64)> {
    let j = seg.article(seg.of(i));
    if seg.is(j, "semaine") {
        return match seg.s(j + 1) {
            "prochaine" => Some((j + 2, 1)),
            "derniere" | "passee" => Some((j + 2, -1)),
            _ => None,
        };
    }
    if seg.is(i, "cette") && seg.is(i + 1, "semaine") {
        return Some((i + 2, 0));
    }
    let n = match seg.s(j) {
        "next" => 1,
        "last" => -1,
        "this" => 0,
        _ => return None,
    };
    seg.is(j + 1, "week").then_some((j + 2, n))
}

/// `dimanche`, `lundi dernier`, `mardi prochain`, `mardi en huit`, `jeudi en quinze`,
/// `vendredi la semaine prochaine`, `on Sunday`, `last Monday`, `Friday next week`.
fn weekday(seg: &Seg, i: usize) -> Option<Found> {
    let (j, mut dir) = match seg.s(i) {
        "last" | "past" => (i + 1, Dir::Last),
        "next" => (i + 1, Dir::Next),
        "this" if seg.is(i + 1, "past") => (i + 2, Dir::Last),
        "this" if seg.is(i + 1, "coming") => (i + 2, Dir::Next),
        "this" | "ce" => (i + 1, Dir::Nearest),
        _ => (i, Dir::Nearest),
    };
    let (mut end, wd) = weekday_at(seg, j)?;
    // `ce mardi 4 juin`: a date, which the calendar rules read.
    if super::numbers::day(seg, end).is_some_and(|(k, _)| matches!(seg.lex(k), Lex::Month(_))) {
        return None;
    }
    let mut plus = 0;
    if dir == Dir::Nearest {
        match seg.s(end) {
            "dernier" => {
                dir = Dir::Last;
                end += 1;
            }
            "prochain" => {
                dir = Dir::Next;
                end += 1;
            }
            "en" if seg.is_any(end + 1, &["huit", "quinze"]) => {
                // `mardi en huit`: a week after the coming Tuesday.
                plus = if seg.is(end + 1, "huit") { 7 } else { 14 };
                dir = Dir::Next;
                end += 2;
            }
            _ => {
                if let Some((k, n)) = week_after(seg, end) {
                    dir = Dir::Week(n);
                    end = k;
                }
            }
        }
    }
    end = day_part(seg, end);
    found(end, Expr::Weekday { wd, dir, plus })
}
