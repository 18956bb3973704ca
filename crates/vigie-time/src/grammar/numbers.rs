//! Counts, written in digits or in words (`trois`, `vingt-et-un`, `quatre-vingt-dix`,
//! `twenty-one`), and the ordinal endings of day numbers (`1er`, `6th`).
//!
//! Number words combine by addition, except `quatre-vingt` (4 × 20) and `cent`
//! (× 100): that covers every count a news story gives in words.

use super::Seg;
use crate::lexicon::Lex;

/// A count at token `i`: digits (at most three) or number words. Returns the token
/// after it and the value.
pub(crate) fn count(seg: &Seg, i: usize) -> Option<(usize, u32)> {
    if let Some((v, digits)) = seg.num(i) {
        if digits > 3 {
            return None;
        }
        // `2,5 ans`, `1.5 years`: keep the whole part only when a decimal follows.
        if seg.is_any(i + 1, &[",", "."]) && seg.glued(i + 1) && seg.num(i + 2).is_some() {
            return None;
        }
        return Some((i + 1, v));
    }
    let first = word_value(seg, i)?;
    let mut total = first;
    let mut j = i + 1;
    loop {
        // Joined by a hyphen, `et`/`and`, or a space after a tens word.
        let (next, k) = if seg.is(j, "-") && seg.glued(j) && seg.glued(j + 1) {
            if seg.is(j + 1, "et") && seg.is(j + 2, "-") {
                (word_value(seg, j + 3), j + 3)
            } else {
                (word_value(seg, j + 1), j + 1)
            }
        } else if seg.is_any(j, &["et", "and"]) && total >= 20 {
            (word_value(seg, j + 1).filter(|&n| n < 12), j + 1)
        } else if total >= 20 && total % 10 == 0 {
            (word_value(seg, j).filter(|&n| n < 10), j)
        } else {
            (None, j)
        };
        let Some(n) = next else { break };
        total = if n == 100 {
            total.max(1).saturating_mul(100)
        } else if n == 20 && total % 100 == 4 {
            total - 4 + 80
        } else {
            total.saturating_add(n)
        };
        j = k + 1;
    }
    Some((j, total))
}

/// The value of a single number word.
fn word_value(seg: &Seg, i: usize) -> Option<u32> {
    match seg.lex(i) {
        Lex::Num(n) => Some(n),
        // `sept` reads as a month abbreviation in some tables: as a count it is 7.
        _ if seg.is(i, "sept") => Some(7),
        _ => None,
    }
}

/// A day of the month at `i`: `6`, `06`, `1er`, `1st`, `premier`, `first`. Returns the
/// token after it and the day.
pub(crate) fn day(seg: &Seg, i: usize) -> Option<(usize, u8)> {
    if let Some((v, digits)) = seg.num(i) {
        if digits > 2 || !(1..=31).contains(&v) {
            return None;
        }
        let mut j = i + 1;
        if seg.glued(j) && seg.is_any(j, &["er", "re", "ere", "st", "nd", "rd", "th", "e", "eme"]) {
            j += 1;
        }
        return Some((j, v as u8));
    }
    // Words: `premier`, `first`, `fourth`, `twenty-first`, `vingt-deux` (key words and
    // number words of the tables, so most words are turned away at once).
    let lex = seg.lex(i);
    if !matches!(lex, Lex::Key | Lex::Num(_)) {
        return None;
    }
    let w = seg.s(i);
    if w == "premier" || w == "first" {
        return Some((i + 1, 1));
    }
    if let Some(d) = ordinal_word(w) {
        return Some((i + 1, d));
    }
    // `twenty-first`, `thirty-first`.
    if (w == "twenty" || w == "thirty") && seg.is(i + 1, "-") {
        let tens = if w == "twenty" { 20 } else { 30 };
        let unit = match seg.s(i + 2) {
            "first" => Some(1),
            u => ordinal_word(u).filter(|&u| u < 10),
        };
        if let Some(u) = unit.filter(|&u| tens + u <= 31) {
            return Some((i + 3, tens + u));
        }
    }
    // `le vingt-deux avril`: a day in words, when a month follows.
    let next_counts =
        |k: usize| matches!(seg.lex(k), Lex::Month(_) | Lex::Num(_)) || seg.is(k, "-");
    if matches!(lex, Lex::Num(n) if n >= 2) && next_counts(i + 1) {
        if let Some((k, v)) = count(seg, i).filter(|&(_, v)| (2..=31).contains(&v)) {
            if matches!(seg.lex(k), Lex::Month(_)) {
                return Some((k, v as u8));
            }
        }
    }
    None
}

/// The value of an English ordinal word from `second` to `thirtieth`.
fn ordinal_word(w: &str) -> Option<u8> {
    Some(match w {
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        _ => return None,
    })
}

/// A four-digit year at `i` between 1000 and 2199.
pub(crate) fn year(seg: &Seg, i: usize) -> Option<i32> {
    let (v, digits) = seg.num(i)?;
    (digits == 4 && (1000..=2199).contains(&v)).then_some(v as i32)
}

/// A roman numeral (`xxe`, `xxie`, `xixeme`) or a number with an ordinal ending
/// (`20e`, `21st`), for centuries. Returns the token after it and the value.
pub(crate) fn ordinal(seg: &Seg, i: usize) -> Option<(usize, u32)> {
    if let Some((v, digits)) = seg.num(i) {
        if digits <= 2
            && seg.glued(i + 1)
            && seg.is_any(i + 1, &["e", "eme", "er", "st", "nd", "rd", "th"])
        {
            return Some((i + 2, v));
        }
        return None;
    }
    let w = seg.s(i);
    let stem = w
        .strip_suffix("eme")
        .or_else(|| w.strip_suffix("e"))
        .filter(|s| !s.is_empty())?;
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in stem.chars().rev() {
        let v = match c {
            'i' => 1,
            'v' => 5,
            'x' => 10,
            'l' => 50,
            'c' => 100,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total = total.saturating_add(v);
            prev = v;
        }
    }
    Some((i + 1, total))
}
