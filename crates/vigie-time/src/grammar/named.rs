//! Named days and ordinal days: holidays (`Noël 2023`, `lundi de Pâques`, `la
//! Tabaski`, `Thanksgiving`, `Eid al-Fitr`) and the n-th weekday or day of a month
//! (`le troisième lundi de mai`, `the second Friday of November`, `premier jour de
//! juin 2020`, `the last day of March`).
//!
//! Holiday names are written below as a reader writes them and cut into tokens with
//! the document's own folding and lexing, so `Aïd el-Kébir`, `aid el kebir` and
//! `Aïd al-Adha` meet the same entry; hyphens and apostrophes are skipped on both
//! sides, and the Arabic article's spellings (`al`, `el`, `ul`, `an`, `es`) are one.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use vigie_core::Lang;

use super::numbers::year;
use super::Seg;
use crate::expr::{Expr, Found, Scope};
use crate::fold::fold;
use crate::holiday::Holiday;
use crate::lexer::{lex, TokKind};
use crate::lexicon::{Fnv, Lex, Unit};

/// Which languages a name is read in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum In {
    Fr,
    En,
    Both,
}

/// Whether a name needs a preposition or article before it in running text: common
/// nouns and first names (`l'ascension du candidat`, `Toussaint Louverture`).
const CUED: bool = true;
const FREE: bool = false;

const fn fixed(month: u8, day: u8) -> Holiday {
    Holiday::Fixed { month, day }
}
const fn nth_of(month: u8, wd: u8, n: i8) -> Holiday {
    Holiday::Nth {
        month,
        wd,
        n,
        plus: 0,
    }
}
const fn nth_plus(month: u8, wd: u8, n: i8, plus: i8) -> Holiday {
    Holiday::Nth { month, wd, n, plus }
}
const fn hijri(month: u8, day: u8) -> Holiday {
    Holiday::Islamic {
        month,
        day,
        days: 1,
    }
}

#[rustfmt::skip]
const NAMES: &[(&str, In, bool, Holiday)] = &[
    // Fixed days.
    ("Noël", In::Fr, CUED, fixed(12, 25)),
    ("jour de Noël", In::Fr, FREE, fixed(12, 25)),
    ("réveillon de Noël", In::Fr, FREE, fixed(12, 24)),
    ("veille de Noël", In::Fr, FREE, fixed(12, 24)),
    ("jour de l'An", In::Fr, FREE, fixed(1, 1)),
    ("Nouvel An", In::Fr, FREE, fixed(1, 1)),
    ("premier de l'An", In::Fr, FREE, fixed(1, 1)),
    ("Saint-Sylvestre", In::Fr, FREE, fixed(12, 31)),
    ("réveillon du Nouvel An", In::Fr, FREE, fixed(12, 31)),
    ("fête du Travail", In::Fr, FREE, fixed(5, 1)),
    ("fête des travailleurs", In::Fr, FREE, fixed(5, 1)),
    ("fête nationale", In::Fr, CUED, fixed(7, 14)),
    ("Toussaint", In::Fr, CUED, fixed(11, 1)),
    ("Armistice", In::Both, CUED, fixed(11, 11)),
    ("Assomption", In::Fr, CUED, fixed(8, 15)),
    ("Saint-Valentin", In::Fr, FREE, fixed(2, 14)),
    ("fête de la musique", In::Fr, FREE, fixed(6, 21)),
    ("Halloween", In::Both, FREE, fixed(10, 31)),
    ("Chandeleur", In::Fr, FREE, fixed(2, 2)),
    ("jour des Morts", In::Fr, FREE, fixed(11, 2)),
    ("fête des Morts", In::Fr, FREE, fixed(11, 2)),
    ("Saint-Patrick", In::Fr, FREE, fixed(3, 17)),
    ("Saint-Jean", In::Fr, CUED, fixed(6, 24)),
    ("Saint-Nicolas", In::Fr, CUED, fixed(12, 6)),
    ("Saint-Étienne", In::Fr, CUED, fixed(12, 26)),
    ("fête de la Victoire", In::Fr, FREE, fixed(5, 8)),
    ("journée internationale des droits des femmes", In::Fr, FREE, fixed(3, 8)),
    ("journée internationale de la femme", In::Fr, FREE, fixed(3, 8)),
    ("journée de la femme", In::Fr, FREE, fixed(3, 8)),
    ("fête des Mères", In::Fr, FREE, Holiday::MothersDayFrance),
    ("fête des mamans", In::Fr, FREE, Holiday::MothersDayFrance),
    ("fête des Pères", In::Fr, FREE, nth_of(6, 7, 3)),
    ("Black Friday", In::Both, FREE, nth_plus(11, 4, 4, 1)),
    ("Cyber Monday", In::Both, FREE, nth_plus(11, 4, 4, 4)),
    ("Christmas", In::En, FREE, fixed(12, 25)),
    ("Christmas Day", In::En, FREE, fixed(12, 25)),
    ("Xmas", In::En, FREE, fixed(12, 25)),
    ("Christmas Eve", In::En, FREE, fixed(12, 24)),
    ("Boxing Day", In::En, FREE, fixed(12, 26)),
    ("New Year's Day", In::En, FREE, fixed(1, 1)),
    ("New Years Day", In::En, FREE, fixed(1, 1)),
    ("New Year's Eve", In::En, FREE, fixed(12, 31)),
    ("New Years Eve", In::En, FREE, fixed(12, 31)),
    ("Valentine's Day", In::En, FREE, fixed(2, 14)),
    ("Valentines Day", In::En, FREE, fixed(2, 14)),
    ("Saint Valentine's Day", In::En, FREE, fixed(2, 14)),
    ("St. Patrick's Day", In::En, FREE, fixed(3, 17)),
    ("St Patrick's Day", In::En, FREE, fixed(3, 17)),
    ("Saint Patrick's Day", In::En, FREE, fixed(3, 17)),
    ("Independence Day", In::En, CUED, fixed(7, 4)),
    ("Fourth of July", In::En, FREE, fixed(7, 4)),
    ("July Fourth", In::En, FREE, fixed(7, 4)),
    ("Juneteenth", In::En, FREE, fixed(6, 19)),
    ("Veterans Day", In::En, FREE, fixed(11, 11)),
    ("Veterans' Day", In::En, FREE, fixed(11, 11)),
    ("Armistice Day", In::En, FREE, fixed(11, 11)),
    ("Remembrance Day", In::En, FREE, fixed(11, 11)),
    ("Bastille Day", In::En, FREE, fixed(7, 14)),
    ("May Day", In::En, FREE, fixed(5, 1)),
    ("All Saints' Day", In::En, FREE, fixed(11, 1)),
    ("All Saints Day", In::En, FREE, fixed(11, 1)),
    ("All Souls' Day", In::En, FREE, fixed(11, 2)),
    ("All Souls Day", In::En, FREE, fixed(11, 2)),
    ("Groundhog Day", In::En, FREE, fixed(2, 2)),
    ("Candlemas", In::En, FREE, fixed(2, 2)),
    ("Earth Day", In::En, FREE, fixed(4, 22)),
    ("International Women's Day", In::En, FREE, fixed(3, 8)),
    ("Women's Day", In::En, CUED, fixed(3, 8)),
    ("Canada Day", In::En, FREE, fixed(7, 1)),
    ("Australia Day", In::En, FREE, fixed(1, 26)),
    ("Guy Fawkes Night", In::En, FREE, fixed(11, 5)),
    ("Bonfire Night", In::En, FREE, fixed(11, 5)),
    ("Burns Night", In::En, FREE, fixed(1, 25)),
    ("St. Andrew's Day", In::En, FREE, fixed(11, 30)),
    ("St. George's Day", In::En, FREE, fixed(4, 23)),
    ("Pancake Day", In::En, FREE, Holiday::Easter(-47)),
    ("Election Day", In::En, CUED, nth_plus(11, 1, 1, 1)),
    ("Victoria Day", In::En, FREE, nth_plus(5, 1, -1, -7)),
    ("Labour Day", In::En, CUED, fixed(5, 1)),
    // Days counted from Easter.
    ("Pâques", In::Fr, FREE, Holiday::Easter(0)),
    ("dimanche de Pâques", In::Fr, FREE, Holiday::Easter(0)),
    ("lundi de Pâques", In::Fr, FREE, Holiday::Easter(1)),
    ("Vendredi saint", In::Fr, FREE, Holiday::Easter(-2)),
    ("Jeudi saint", In::Fr, FREE, Holiday::Easter(-3)),
    ("dimanche des Rameaux", In::Fr, FREE, Holiday::Easter(-7)),
    ("Rameaux", In::Fr, CUED, Holiday::Easter(-7)),
    ("mercredi des Cendres", In::Fr, FREE, Holiday::Easter(-46)),
    ("mardi gras", In::Both, FREE, Holiday::Easter(-47)),
    ("Ascension", In::Both, CUED, Holiday::Easter(39)),
    ("jeudi de l'Ascension", In::Fr, FREE, Holiday::Easter(39)),
    ("Pentecôte", In::Fr, FREE, Holiday::Easter(49)),
    ("lundi de Pentecôte", In::Fr, FREE, Holiday::Easter(50)),
    ("Easter", In::En, FREE, Holiday::Easter(0)),
    ("Easter Sunday", In::En, FREE, Holiday::Easter(0)),
    ("Easter Monday", In::En, FREE, Holiday::Easter(1)),
    ("Good Friday", In::En, FREE, Holiday::Easter(-2)),
    ("Holy Thursday", In::En, FREE, Holiday::Easter(-3)),
    ("Maundy Thursday", In::En, FREE, Holiday::Easter(-3)),
    ("Palm Sunday", In::En, FREE, Holiday::Easter(-7)),
    ("Ash Wednesday", In::En, FREE, Holiday::Easter(-46)),
    ("Shrove Tuesday", In::En, FREE, Holiday::Easter(-47)),
    ("Ascension Day", In::En, FREE, Holiday::Easter(39)),
    ("Pentecost", In::En, FREE, Holiday::Easter(49)),
    ("Whit Sunday", In::En, FREE, Holiday::Easter(49)),
    ("Whitsunday", In::En, FREE, Holiday::Easter(49)),
    ("Whit Monday", In::En, FREE, Holiday::Easter(50)),
    // United States days set on a weekday of a month.
    ("Labor Day", In::En, FREE, nth_of(9, 1, 1)),
    ("Memorial Day", In::En, FREE, nth_of(5, 1, -1)),
    ("Thanksgiving", In::Both, FREE, nth_of(11, 4, 4)),
    ("Thanksgiving Day", In::En, FREE, nth_of(11, 4, 4)),
    ("Martin Luther King Day", In::En, FREE, nth_of(1, 1, 3)),
    ("Martin Luther King Jr. Day", In::En, FREE, nth_of(1, 1, 3)),
    ("Martin Luther King Jr Day", In::En, FREE, nth_of(1, 1, 3)),
    ("MLK Day", In::En, FREE, nth_of(1, 1, 3)),
    ("Presidents' Day", In::En, FREE, nth_of(2, 1, 3)),
    ("Presidents Day", In::En, FREE, nth_of(2, 1, 3)),
    ("President's Day", In::En, FREE, nth_of(2, 1, 3)),
    ("Washington's Birthday", In::En, FREE, nth_of(2, 1, 3)),
    ("Columbus Day", In::En, FREE, nth_of(10, 1, 2)),
    ("Indigenous Peoples' Day", In::En, FREE, nth_of(10, 1, 2)),
    ("Mother's Day", In::En, FREE, nth_of(5, 7, 2)),
    ("Father's Day", In::En, FREE, nth_of(6, 7, 3)),
    // The Islamic calendar.
    ("Aïd el-Fitr", In::Both, FREE, hijri(10, 1)),
    ("Aïd el-Séghir", In::Fr, FREE, hijri(10, 1)),
    ("Aïd el-Sghir", In::Fr, FREE, hijri(10, 1)),
    ("Aïd el-Saghir", In::Fr, FREE, hijri(10, 1)),
    ("fête de fin du ramadan", In::Fr, FREE, hijri(10, 1)),
    ("fête de la fin du ramadan", In::Fr, FREE, hijri(10, 1)),
    ("Korité", In::Both, FREE, hijri(10, 1)),
    ("Eid al-Fitr", In::Both, FREE, hijri(10, 1)),
    ("Id al-Fitr", In::Both, FREE, hijri(10, 1)),
    ("Aïd el-Kébir", In::Fr, FREE, hijri(12, 10)),
    ("Aïd el-Kebir", In::Fr, FREE, hijri(12, 10)),
    ("Aïd el-Adha", In::Both, FREE, hijri(12, 10)),
    ("Eid al-Adha", In::Both, FREE, hijri(12, 10)),
    ("Id al-Adha", In::Both, FREE, hijri(12, 10)),
    ("Eid al-Kabir", In::Both, FREE, hijri(12, 10)),
    ("Bakrid", In::En, FREE, hijri(12, 10)),
    ("Tabaski", In::Both, FREE, hijri(12, 10)),
    ("fête du mouton", In::Fr, FREE, hijri(12, 10)),
    ("fête du sacrifice", In::Fr, FREE, hijri(12, 10)),
    ("Feast of the Sacrifice", In::En, FREE, hijri(12, 10)),
    ("Maouloud", In::Both, FREE, hijri(3, 12)),
    ("Mouloud", In::Both, FREE, hijri(3, 12)),
    ("Mawlid", In::Both, FREE, hijri(3, 12)),
    ("Mawlid al-Nabi", In::Both, FREE, hijri(3, 12)),
    ("Mawlid an-Nabi", In::Both, FREE, hijri(3, 12)),
    ("Mouloud an-Nabi", In::Both, FREE, hijri(3, 12)),
    ("Milad un-Nabi", In::Both, FREE, hijri(3, 12)),
    ("Mawlid un-Nabi", In::Both, FREE, hijri(3, 12)),
    ("Nouvel An de l'Hégire", In::Fr, FREE, hijri(1, 1)),
    ("Ras el-Am", In::Fr, FREE, hijri(1, 1)),
    ("Prophet's Birthday", In::En, FREE, hijri(3, 12)),
    ("Ramadan", In::Both, CUED, Holiday::Islamic { month: 9, day: 1, days: 30 }),
    ("début du ramadan", In::Fr, FREE, hijri(9, 1)),
    ("premier jour du ramadan", In::Fr, FREE, hijri(9, 1)),
    ("start of Ramadan", In::En, FREE, hijri(9, 1)),
    ("beginning of Ramadan", In::En, FREE, hijri(9, 1)),
    ("first day of Ramadan", In::En, FREE, hijri(9, 1)),
    ("Nouvel An musulman", In::Fr, FREE, hijri(1, 1)),
    ("Nouvel An islamique", In::Fr, FREE, hijri(1, 1)),
    ("Nouvel An hégirien", In::Fr, FREE, hijri(1, 1)),
    ("Islamic New Year", In::En, FREE, hijri(1, 1)),
    ("Hijri New Year", In::En, FREE, hijri(1, 1)),
    ("Muslim New Year", In::En, FREE, hijri(1, 1)),
    ("Achoura", In::Fr, FREE, hijri(1, 10)),
    ("Ashura", In::En, FREE, hijri(1, 10)),
];

/// One name, cut into folded tokens.
struct Name {
    words: Vec<String>,
    lang: In,
    cued: bool,
    holiday: Holiday,
}

/// The holiday names, indexed by their first word.
pub(crate) struct Names {
    by_first: HashMap<String, Vec<Name>, BuildHasherDefault<Fnv>>,
}

/// True for the tokens a name match skips: hyphens, apostrophes, dots.
fn skipped(w: &str) -> bool {
    matches!(w, "-" | "'" | ".")
}

/// The spellings of the Arabic article count as one word.
fn same(a: &str, b: &str) -> bool {
    const ARTICLE: &[&str] = &["al", "el", "ul", "un", "an", "es", "ad", "as", "e"];
    a == b || ARTICLE.contains(&a) && ARTICLE.contains(&b)
}

impl Names {
    /// Cuts every name into tokens.
    pub(crate) fn new() -> Names {
        let mut by_first: HashMap<String, Vec<Name>, BuildHasherDefault<Fnv>> = HashMap::default();
        for &(name, lang, cued, holiday) in NAMES {
            let folded = fold(name);
            let words: Vec<String> = lex(&folded, name)
                .iter()
                .map(|t| folded.text[t.start as usize..t.end as usize].to_string())
                .filter(|w| !skipped(w))
                .collect();
            by_first.entry(words[0].clone()).or_default().push(Name {
                words,
                lang,
                cued,
                holiday,
            });
        }
        Names { by_first }
    }

    /// The first words of every name, for the scanner.
    pub(crate) fn first_words(&self) -> impl Iterator<Item = &str> {
        self.by_first.keys().map(String::as_str)
    }

    /// The longest name at token `i`, with an optional year after it (`Noël 2023`,
    /// `la Tabaski de 2024`); `cue` says a preposition or article came before.
    pub(crate) fn at(&self, seg: &Seg, i: usize, cue: bool) -> Option<Found> {
        // Every name's first word has a meaning in the tables (a key word at least).
        if seg.lex(i) == Lex::None {
            return None;
        }
        let names = self.by_first.get(seg.s(i))?;
        const BEFORE: &[&str] = &[
            "a", "pour", "avant", "apres", "depuis", "de", "la", "le", "l", "'", "at", "for",
            "before", "after", "on", "until", "since", "by", "over", "during", "pendant", "durant",
            "jusqu", "des", "du",
        ];
        let cue = cue || i > 0 && seg.is_any(i - 1, BEFORE);
        let mut best: Option<(usize, Holiday)> = None;
        for name in names {
            let fits = match name.lang {
                In::Both => true,
                In::Fr => seg.lang != Lang::En,
                In::En => seg.lang != Lang::Fr,
            };
            if !fits || (name.cued && !cue && !seg.standalone) {
                continue;
            }
            // Cued names are common nouns too (`l'armistice de 1918`, `l'ascension du
            // candidat`, `la fête nationale malienne`): in running text only capitalised,
            // except Ramadan, which French writes in lowercase.
            let islamic = matches!(name.holiday, Holiday::Islamic { .. });
            if name.cued && !islamic && !seg.cap(i) && !seg.standalone {
                continue;
            }
            let mut j = i;
            let mut ok = true;
            for w in &name.words {
                while skipped(seg.s(j)) && j > i {
                    j += 1;
                }
                if !same(seg.s(j), w) {
                    ok = false;
                    break;
                }
                j += 1;
            }
            // A capitalised word after a cued name makes it a person's name.
            if ok
                && name.cued
                && seg.cap(j)
                && seg.toks.get(j).is_some_and(|t| t.kind == TokKind::Word)
            {
                ok = false;
            }
            if ok && best.is_none_or(|(e, _)| j > e) {
                best = Some((j, name.holiday));
            }
        }
        let (end, holiday) = best?;
        let k = seg.of(end);
        let (end, year) = match year(seg, k) {
            Some(y) => (k + 1, Some(y)),
            None => (end, None),
        };
        let mut f = super::calendar::found(i, end, Expr::Holiday { holiday, year })?;
        // `à Noël dernier`, `la Tabaski prochaine`.
        if year.is_none() {
            if seg.is_any(end, &["dernier", "derniere"]) {
                f.past = true;
                f.end += 1;
            } else if seg.is_any(end, &["prochain", "prochaine"]) {
                f.future = true;
                f.end += 1;
            }
        }
        Some(f)
    }
}

/// An ordinal from 1 to 5 or `last` (-1): `premier`, `2e`, `troisième`, `second`,
/// `third`, `4th`, `dernier`, `last`.
fn rank(seg: &Seg, i: usize) -> Option<(usize, i8)> {
    let n = match seg.s(i) {
        "premier" | "premiere" | "first" => 1,
        "deuxieme" | "second" | "seconde" => 2,
        "troisieme" | "third" => 3,
        "quatrieme" | "fourth" => 4,
        "cinquieme" | "fifth" => 5,
        "dernier" | "derniere" | "last" => -1,
        _ => {
            let (v, digits) = seg.num(i)?;
            let suffix = ["er", "re", "e", "eme", "st", "nd", "rd", "th"];
            if digits != 1 || !(1..=5).contains(&v) || !seg.glued(i + 1) {
                return None;
            }
            if !seg.is_any(i + 1, &suffix) {
                return None;
            }
            return Some((i + 2, v as i8));
        }
    };
    Some((i + 1, n))
}

/// The period after `de`/`of` an ordinal day counts in: `mai`, `November 2025`,
/// `2021`, `du mois`, `de l'année`, `de la semaine prochaine`, `of the month`, `of
/// next month`, `of last year`.
fn scope(seg: &Seg, k: usize) -> Option<(usize, Scope)> {
    if let Some(y) = year(seg, k) {
        return Some((k + 1, Scope::Year(y)));
    }
    let unit_of = |w: &str| match w {
        "semaine" | "week" => Some(Unit::Week),
        "mois" | "month" => Some(Unit::Month),
        "annee" | "an" | "year" => Some(Unit::Year),
        _ => None,
    };
    // `of next month`, `of this year`.
    let lead = match seg.s(k) {
        "next" => Some(1),
        "last" => Some(-1),
        "this" => Some(0),
        _ => None,
    };
    if let Some(n) = lead {
        let unit = unit_of(seg.s(k + 1))?;
        return Some((k + 2, Scope::Period { unit, n }));
    }
    let m = seg.article(k);
    if let Some(unit) = unit_of(seg.s(m)) {
        // `du mois de mai`: the month's name follows.
        if unit == Unit::Month && seg.of(m + 1) > m + 1 {
            if let Lex::Month(_) = seg.lex(seg.of(m + 1)) {
                return month_scope(seg, seg.of(m + 1));
            }
        }
        let n = match seg.s(m + 1) {
            "prochain" | "prochaine" | "next" => 1,
            "dernier" | "derniere" | "passe" | "passee" => -1,
            _ => 0,
        };
        let end = if n == 0 { m + 1 } else { m + 2 };
        return Some((end, Scope::Period { unit, n }));
    }
    month_scope(seg, m)
}

/// `mai`, `mai 2025`, `November, 2025`, `janv.`.
fn month_scope(seg: &Seg, m: usize) -> Option<(usize, Scope)> {
    let Lex::Month(month) = seg.lex(m) else {
        return None;
    };
    let mut end = m + 1;
    if seg.is(end, ".") && seg.glued(end) && seg.s(m).len() <= 4 && seg.s(m) != "mai" {
        end += 1;
    }
    let k = if seg.is(end, ",") { end + 1 } else { end };
    let y = year(seg, k);
    if y.is_some() {
        end = k + 1;
    }
    Some((end, Scope::Month { month, year: y }))
}

/// `le troisième lundi de mai`, `the second Friday of November 2025`, `premier jour
/// de juin 2020`, `the last day of the month`, `le dernier vendredi de l'année`, `le
/// premier jour de la semaine prochaine`.
pub(crate) fn nth(seg: &Seg, i: usize) -> Option<Found> {
    let j = seg.article(i);
    // Every rank is a key word, a cue (`last`) or digits.
    if !matches!(seg.lex(j), Lex::Key | Lex::Weak) && seg.num(j).is_none() {
        return None;
    }
    let (k, n) = rank(seg, j)?;
    let wd = match seg.lex(k) {
        Lex::Weekday(wd) => Some(wd),
        _ if seg.is_any(k, &["jour", "day"]) => None,
        _ => return None,
    };
    let m = if seg.is(k + 1, "in") {
        k + 2
    } else {
        let m = seg.of(k + 1);
        if m == k + 1 {
            return None;
        }
        m
    };
    let (end, scope) = scope(seg, m)?;
    super::calendar::found(i, end, Expr::Nth { n, wd, scope })
}

/// `2022-W05`, `2020-W53`, `week 12 of 2024`, `la semaine 12`, `semaine 1 de 2026`.
pub(crate) fn iso_week(seg: &Seg, i: usize) -> Option<Found> {
    let j = seg.article(i);
    if !matches!(seg.lex(j), Lex::Unit(Unit::Week)) && year(seg, i).is_none() {
        return None;
    }
    if let Some(y) = year(seg, i) {
        if seg.is(i + 1, "-") && seg.glued(i + 1) && seg.is(i + 2, "w") && seg.glued(i + 2) {
            let (w, digits) = seg.num(i + 3)?;
            if digits == 2 && seg.glued(i + 3) && (1..=53).contains(&w) {
                let week = Expr::Week {
                    year: Some(y),
                    week: w as u8,
                };
                return super::calendar::found(i, i + 4, week);
            }
        }
        return None;
    }
    if !seg.is_any(j, &["week", "semaine"]) {
        return None;
    }
    let (w, digits) = seg.num(j + 1)?;
    if digits > 2 || !(1..=53).contains(&w) {
        return None;
    }
    let k = seg.of(j + 2);
    let (end, y) = match year(seg, k) {
        Some(y) => (k + 1, Some(y)),
        None => (j + 2, None),
    };
    super::calendar::found(
        i,
        end,
        Expr::Week {
            year: y,
            week: w as u8,
        },
    )
}
