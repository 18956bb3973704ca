//! Actor dictionaries: phrases with codes, and codes that hold only between dates.
//!
//! An entry is a primary phrase with an optional code, `+` synonym lines, and dated
//! codes on lines that begin with a tab (or on the primary line itself, as the
//! International file writes them): `[AFGGOV 780427-780430]`, `[HOB < 950601]`,
//! `[HOBREB > 990816]`. Dates are `YYMMDD` (years before 30 are 20xx: the files
//! date from 2014–2015 and write `320101` for 1932) or `YYYYMMDD`,
//! limits included; the first restriction that holds wins, then the undated code.
//! A phrase's words are consecutive; a phrase that does not end in `_` matches its
//! last word as a stem (`ARGENTIN` for Argentina, Argentine), as TABARI did.

use std::collections::HashMap;

use crate::read::{phrase_words, split_codes, Source};
use crate::PetrarchError;

/// A day as `YYYYMMDD`.
pub type Day = u32;

/// A code and the days it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    /// The code (`HOBGOV`); `None` for the null code `---`.
    pub code: Option<String>,
    /// First day it holds, if bounded.
    pub from: Option<Day>,
    /// Last day it holds, if bounded.
    pub to: Option<Day>,
}

impl DatedCode {
    fn holds(&self, day: Day) -> bool {
        self.from.is_none_or(|f| day >= f) && self.to.is_none_or(|t| day <= t)
    }
}

/// One actor: every phrase of an entry names it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Actor {
    /// The primary phrase as written, for messages and exports.
    pub name: String,
    /// Where it is defined, as `file:line`.
    pub location: String,
    /// Codes in file order, dated or not.
    pub codes: Vec<DatedCode>,
}

impl Actor {
    /// The code on `day` (the first dated code that holds, else the first undated one);
    /// without a day, the undated code, else the last one listed.
    pub fn code_on(&self, day: Option<Day>) -> Option<&str> {
        let undated = || {
            self.codes
                .iter()
                .find(|c| c.from.is_none() && c.to.is_none())
        };
        let chosen = match day {
            Some(d) => self
                .codes
                .iter()
                .find(|c| (c.from.is_some() || c.to.is_some()) && c.holds(d))
                .or_else(undated),
            None => undated().or(self.codes.last()),
        };
        chosen.and_then(|c| c.code.as_deref())
    }
}

/// A phrase of the dictionary, as upper-case words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// The words, consecutive in the text.
    pub words: Vec<String>,
    /// The last word matches any word it begins (no final `_`).
    pub stem: bool,
    /// The actor (or agent, or discard) it names.
    pub id: u32,
}

/// Phrases indexed by their first word, with stems found by prefix.
#[derive(Debug, Clone, Default)]
pub struct PhraseIndex {
    exact: HashMap<String, Vec<u32>>,
    stems: HashMap<String, Vec<u32>>,
    /// Every phrase.
    pub phrases: Vec<Phrase>,
}

impl PhraseIndex {
    /// Adds a phrase.
    pub fn add(&mut self, words: Vec<String>, stem: bool, id: u32) {
        if words.is_empty() {
            return;
        }
        let n = self.phrases.len() as u32;
        let first = words[0].clone();
        if stem && words.len() == 1 {
            self.stems.entry(first).or_default().push(n);
        } else {
            self.exact.entry(first).or_default().push(n);
        }
        self.phrases.push(Phrase { words, stem, id });
    }

    /// The longest phrase starting at word `at` of `words` (upper-case): its id and
    /// length in words. At equal length a phrase whose words are all whole beats one
    /// that ends on a stem, and a longer stem a shorter one. A stem matches a word
    /// only when it has at least four letters and leaves at most four (`ARGENTIN` for
    /// Argentine, not `KU` for Kuwait).
    pub fn longest_at(&self, words: &[&str], at: usize) -> Option<(u32, usize)> {
        let first = words[at];
        // (id, words, whole, stem length)
        let mut best: Option<(u32, usize, bool, usize)> = None;
        let mut consider = |p: &Phrase| {
            let n = p.words.len();
            if at + n > words.len() {
                return;
            }
            let mut whole = true;
            let all = p.words.iter().enumerate().all(|(k, w)| {
                let t = words[at + k];
                if t == w {
                    true
                } else if k + 1 == n && p.stem {
                    whole = false;
                    w.len() >= 4 && t.len() <= w.len() + 4 && t.starts_with(w.as_str())
                } else {
                    false
                }
            });
            let rank = (n, whole, p.words[n - 1].len());
            if all && best.is_none_or(|(_, bn, bw, bl)| rank > (bn, bw, bl)) {
                best = Some((p.id, n, whole, rank.2));
            }
        };
        if let Some(list) = self.exact.get(first) {
            for &i in list {
                consider(&self.phrases[i as usize]);
            }
        }
        if !self.stems.is_empty() {
            for (end, _) in first.char_indices().skip(1).chain([(first.len(), ' ')]) {
                if let Some(list) = self.stems.get(&first[..end]) {
                    for &i in list {
                        consider(&self.phrases[i as usize]);
                    }
                }
            }
        }
        best.map(|(id, n, _, _)| (id, n))
    }
}

/// Every actor of one or more actor files.
#[derive(Debug, Clone, Default)]
pub struct ActorDict {
    /// Actors by id.
    pub actors: Vec<Actor>,
    /// Their phrases.
    pub index: PhraseIndex,
}

impl ActorDict {
    /// Reads one actor file into the dictionary (later files add to earlier ones).
    pub fn read(&mut self, src: &Source) -> Vec<PetrarchError> {
        let mut current: Option<u32> = None;
        let problems = src.each(|line| {
            let text = line.text.as_str();
            if text.is_empty() {
                return Ok(());
            }
            if text.starts_with('[') {
                let Some(id) = current else {
                    return Err(String::from("a code line before any actor"));
                };
                let (_, codes) = split_codes(text);
                for c in codes {
                    let code = parse_code(c)?;
                    self.actors[id as usize].codes.push(code);
                }
                return Ok(());
            }
            let (phrase, codes) = split_codes(text);
            let (synonym, phrase) = match phrase.strip_prefix('+') {
                Some(p) => (true, p.trim()),
                None => (false, phrase),
            };
            if phrase.is_empty() {
                return Err(String::from("a line with codes but no phrase"));
            }
            let id = match (synonym, current) {
                (true, Some(id)) => id,
                (true, None) => return Err(String::from("a `+` synonym before any actor")),
                (false, _) => {
                    self.actors.push(Actor {
                        name: phrase.to_string(),
                        location: format!("{}:{}", src.path.display(), line.number),
                        codes: Vec::new(),
                    });
                    (self.actors.len() - 1) as u32
                }
            };
            for c in codes {
                let code = parse_code(c)?;
                self.actors[id as usize].codes.push(code);
            }
            current = Some(id);
            let words = phrase_words(phrase);
            if words.is_empty() {
                return Err(format!("`{phrase}` has no word"));
            }
            self.index.add(words, !phrase.ends_with('_'), id);

            Ok(())
        });
        problems
    }

    /// How many phrases name actors.
    pub fn phrase_count(&self) -> usize {
        self.index.phrases.len()
    }
}

/// `CODE`, `CODE <DATE`, `CODE >DATE`, `CODE DATE-DATE` (blanks allowed around the
/// signs), `---` for the null code.
pub fn parse_code(text: &str) -> Result<DatedCode, String> {
    let text = text.trim();
    let (code, rest) = match text.find(char::is_whitespace) {
        Some(i) => (&text[..i], text[i..].trim()),
        None => (text, ""),
    };
    if code.is_empty() {
        return Err("an empty code `[]`".into());
    }
    if code.starts_with(['<', '>']) || code.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return Err(format!("`[{text}]`: a date restriction without a code"));
    }
    let code = (code != "---").then(|| code.to_string());
    let rest: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    let bad = || {
        format!("`[{text}]`: expected CODE, CODE <DATE, CODE >DATE or CODE DATE-DATE with dates as YYMMDD or YYYYMMDD")
    };
    let (from, to) = if rest.is_empty() {
        (None, None)
    } else if let Some(d) = rest.strip_prefix('<') {
        (None, Some(parse_day(d).ok_or_else(bad)?))
    } else if let Some(d) = rest.strip_prefix('>') {
        (Some(parse_day(d).ok_or_else(bad)?), None)
    } else if let Some((a, b)) = rest.split_once('-') {
        (
            Some(parse_day(a).ok_or_else(bad)?),
            Some(parse_day(b).ok_or_else(bad)?),
        )
    } else {
        return Err(bad());
    };
    Ok(DatedCode { code, from, to })
}

/// `YYMMDD` or `YYYYMMDD` as `YYYYMMDD`; two-digit years before 30 are 20xx.
pub fn parse_day(text: &str) -> Option<Day> {
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = text.parse().ok()?;
    let day = match text.len() {
        6 => {
            let yy = n / 10_000;
            let century = if yy < 30 { 2000 } else { 1900 };
            (century + yy) * 10_000 + n % 10_000
        }
        8 => n,
        _ => return None,
    };
    let (m, d) = (day / 100 % 100, day % 100);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn dict(text: &str) -> ActorDict {
        let mut d = ActorDict::default();
        assert!(d
            .read(&Source::from_text(Path::new("a.txt"), text))
            .is_empty());
        d
    }

    #[test]
    fn dated_codes_resolve_by_the_day_first_restriction_first() {
        let d = dict("SAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n\t[ORCHOB 20100109-20100112]\n\t[HOBMIL 20080120-20121109]\n");
        let a = &d.actors[0];
        assert_eq!(a.code_on(Some(20050101)), Some("HOBCIV"));
        assert_eq!(a.code_on(Some(20100110)), Some("ORCHOB"));
        assert_eq!(a.code_on(Some(20100301)), Some("HOBMIL"));
        assert_eq!(a.code_on(Some(20200101)), Some("HOB"));
    }

    #[test]
    fn spaced_restrictions_and_codes_on_the_primary_line() {
        let d = dict("SMEAGOL\n+SLINKER\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\nANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]\n");
        assert_eq!(d.actors[0].code_on(Some(19960101)), Some("HOBGOV"));
        assert_eq!(d.actors[0].code_on(Some(19940101)), Some("HOB"));
        assert_eq!(d.actors[1].code_on(Some(20060101)), Some("IGOUNOKID"));
        let words = ["SLINKER"];
        assert_eq!(d.index.longest_at(&words, 0), Some((0, 1)));
    }

    #[test]
    fn stems_and_exact_words() {
        let d = dict("ARGENTIN [ARG]\nARNOR_ [ARN]\nDOL AMROTH [DOL]\n");
        assert_eq!(d.index.longest_at(&["ARGENTINE"], 0), Some((0, 1)));
        assert_eq!(d.index.longest_at(&["ARNORIAN"], 0), None);
        assert_eq!(
            d.index.longest_at(&["THE", "DOL", "AMROTH"], 1),
            Some((2, 2))
        );
    }

    #[test]
    fn bad_lines_are_skipped_and_named() {
        let mut d = ActorDict::default();
        let text = "X [ARN]\n\t[ARN 99-01]\n\t[ARN2 <990101]\n";
        let problems = d.read(&Source::from_text(Path::new("a.txt"), text));
        assert_eq!(problems.len(), 1);
        let first = problems[0].to_string();
        assert!(first.starts_with("a.txt:2: `[ARN 99-01]`"), "{first}");
        // the line after the bad one is read
        assert_eq!(d.actors[0].code_on(Some(19980101)), Some("ARN2"));
        let problems = d.read(&Source::from_text(Path::new("b.txt"), "\n+SYN\n"));
        assert_eq!(
            problems[0].to_string(),
            "b.txt:2: a `+` synonym before any actor"
        );
    }
}
