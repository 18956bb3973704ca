//! Word tables: month and weekday names, number words and time units in French and
//! English, compiled once into a hash map keyed by folded form.
//!
//! The tables are facts about the two languages, written out here as plain lists so a
//! reviewer can read them. A word can mean different things in each language (`an` is
//! a year in French and an article in English), so every entry is kept per language.
//! Words that only start a rule (prepositions, `hier`, `veille`) are entered as cues so
//! that the scanner tries the grammar only where a cue, a number or a calendar word is.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use vigie_core::Lang;

/// A time unit, for durations and relative offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
    /// Decades.
    Decade,
    /// Centuries.
    Century,
}

/// What a folded word means to the grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Lex {
    /// Nothing: rules never start here.
    #[default]
    None,
    /// A month, 1 to 12.
    Month(u8),
    /// A weekday, 1 (Monday) to 7 (Sunday).
    Weekday(u8),
    /// A weekday's abbreviation (`ven`, `fri`), 1 to 7.
    WeekdayShort(u8),
    /// A number word.
    Num(u32),
    /// A time unit.
    Unit(Unit),
    /// A function word some rule starts with (`le`, `en`, `the`): worth trying only
    /// when a number or a key word follows closely.
    Weak,
    /// A content word that rules start with or lead to (`hier`, `fin`, `early`).
    Key,
}

#[rustfmt::skip]
const FR_MONTHS: &[(&str, u8)] = &[
    ("janvier", 1), ("janv", 1), ("fevrier", 2), ("fevr", 2), ("fev", 2), ("mars", 3),
    ("avril", 4), ("avr", 4), ("mai", 5), ("juin", 6), ("juillet", 7), ("juil", 7),
    ("aout", 8), ("septembre", 9), ("sept", 9), ("octobre", 10), ("oct", 10),
    ("novembre", 11), ("nov", 11), ("decembre", 12), ("dec", 12),
];

#[rustfmt::skip]
const EN_MONTHS: &[(&str, u8)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8), ("september", 9), ("sep", 9), ("sept", 9), ("october", 10),
    ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
];

#[rustfmt::skip]
const FR_WEEKDAYS: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
#[rustfmt::skip]
const EN_WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Weekday abbreviations: read as weekdays only where a dot, a date or nothing else
/// around them says so (`ven.`, `Fri, June 14`), since most are also words (`mer`,
/// `sun`).
#[rustfmt::skip]
const FR_WEEKDAY_ABBREVIATIONS: &[&str] = &["lun", "mar", "mer", "jeu", "ven", "sam", "dim"];
#[rustfmt::skip]
const EN_WEEKDAY_ABBREVIATIONS: &[(&str, u8)] = &[
    ("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("weds", 3), ("thu", 4), ("thur", 4),
    ("thurs", 4), ("fri", 5), ("sat", 6), ("sun", 7),
];

#[rustfmt::skip]
const FR_NUMBERS: &[(&str, u32)] = &[
    ("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5),
    ("six", 6), ("sept", 7), ("huit", 8), ("neuf", 9), ("dix", 10), ("onze", 11),
    ("douze", 12), ("treize", 13), ("quatorze", 14), ("quinze", 15), ("seize", 16),
    ("vingt", 20), ("vingts", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50),
    ("soixante", 60), ("cent", 100), ("cents", 100),
];

#[rustfmt::skip]
const EN_NUMBERS: &[(&str, u32)] = &[
    ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
    ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11),
    ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
    ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30),
    ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
    ("ninety", 90), ("hundred", 100),
];

#[rustfmt::skip]
const FR_UNITS: &[(&str, Unit)] = &[
    ("minute", Unit::Minute), ("minutes", Unit::Minute), ("heure", Unit::Hour),
    ("heures", Unit::Hour), ("jour", Unit::Day), ("jours", Unit::Day),
    ("journee", Unit::Day), ("journees", Unit::Day), ("semaine", Unit::Week),
    ("semaines", Unit::Week), ("mois", Unit::Month), ("an", Unit::Year),
    ("ans", Unit::Year), ("annee", Unit::Year), ("annees", Unit::Year),
    ("decennie", Unit::Decade), ("decennies", Unit::Decade), ("siecle", Unit::Century),
    ("siecles", Unit::Century),
];

#[rustfmt::skip]
const EN_UNITS: &[(&str, Unit)] = &[
    ("minute", Unit::Minute), ("minutes", Unit::Minute), ("hour", Unit::Hour),
    ("hours", Unit::Hour), ("day", Unit::Day), ("days", Unit::Day), ("week", Unit::Week),
    ("weeks", Unit::Week), ("month", Unit::Month), ("months", Unit::Month),
    ("year", Unit::Year), ("years", Unit::Year), ("yr", Unit::Year), ("yrs", Unit::Year),
    ("wk", Unit::Week), ("wks", Unit::Week), ("fortnight", Unit::Week),
    ("fortnights", Unit::Week), ("decade", Unit::Decade),
    ("decades", Unit::Decade), ("century", Unit::Century), ("centuries", Unit::Century),
];

#[rustfmt::skip]
const FR_CUES: &[&str] = &[
    "le", "la", "l", "les", "du", "des", "au", "aux", "de", "d", "en", "a", "depuis",
    "dans", "entre", "pendant", "durant", "jusqu", "partir", "avant", "apres", "vers", "il",
    "ce", "cette", "cet", "plus", "meme", "ici", "sur", "environ", "cours",
];

#[rustfmt::skip]
const EN_CUES: &[&str] = &[
    "the", "in", "on", "since", "from", "between", "during", "for", "over", "until", "till",
    "before", "after", "by", "around", "last", "next", "this", "that", "within", "of", "at",
    "circa", "about", "day", "days", "year", "as", "through", "thru", "past", "coming",
];

#[rustfmt::skip]
const FR_KEYS: &[&str] = &[
    "debut", "mi", "fin", "milieu", "courant", "hier", "aujourd", "demain", "veille",
    "lendemain", "surlendemain", "nuit", "soir", "matin", "soiree", "matinee", "foulee",
    "quelques", "plusieurs", "premier", "premiere", "annees", "printemps", "ete", "automne",
    "hiver", "midi", "deuxieme", "troisieme", "quatrieme", "cinquieme", "dernier",
    "derniere", "suivant", "suivante",
];

#[rustfmt::skip]
const EN_KEYS: &[&str] = &[
    "early", "mid", "late", "end", "beginning", "start", "middle", "yesterday", "today",
    "tomorrow", "tonight", "later", "earlier", "same", "following", "previous", "few",
    "several", "spring", "summer", "autumn", "fall", "winter", "ago", "evening", "morning",
    "night", "afternoon", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
    "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    "thirtieth", "hence",
];

/// A fast, deterministic hasher for short ASCII keys (FNV-1a).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The compiled tables: folded word -> meaning in French and in English.
pub(crate) struct Lexicon {
    words: HashMap<String, [Lex; 2], BuildHasherDefault<Fnv>>,
}

impl Lexicon {
    /// Compiles the tables; `names` are the first words of named days (`noel`,
    /// `tabaski`), which the scanner must stop at in both languages.
    pub(crate) fn new<'a>(names: impl Iterator<Item = &'a str>) -> Lexicon {
        let mut words: HashMap<String, [Lex; 2], BuildHasherDefault<Fnv>> = HashMap::default();
        let mut put = |w: &str, slot: usize, lex: Lex| {
            let e = words.entry(w.to_string()).or_default();
            // Calendar words and numbers win over plain cues.
            if matches!(e[slot], Lex::None | Lex::Weak | Lex::Key) {
                e[slot] = lex;
            }
        };
        for &w in FR_CUES {
            put(w, 0, Lex::Weak);
        }
        for &w in EN_CUES {
            put(w, 1, Lex::Weak);
        }
        for &w in FR_KEYS {
            put(w, 0, Lex::Key);
        }
        for &w in EN_KEYS {
            put(w, 1, Lex::Key);
        }
        for &(w, n) in FR_NUMBERS {
            put(w, 0, Lex::Num(n));
        }
        for &(w, m) in EN_MONTHS {
            put(w, 1, Lex::Month(m));
        }
        for (i, &w) in FR_WEEKDAYS.iter().enumerate() {
            put(w, 0, Lex::Weekday(i as u8 + 1));
        }
        for (i, &w) in EN_WEEKDAYS.iter().enumerate() {
            put(w, 1, Lex::Weekday(i as u8 + 1));
        }
        for &(w, m) in FR_MONTHS {
            put(w, 0, Lex::Month(m));
        }
        for &(w, n) in EN_NUMBERS {
            put(w, 1, Lex::Num(n));
        }
        for &(w, u) in FR_UNITS {
            put(w, 0, Lex::Unit(u));
        }
        for &(w, u) in EN_UNITS {
            put(w, 1, Lex::Unit(u));
        }
        for (i, &w) in FR_WEEKDAY_ABBREVIATIONS.iter().enumerate() {
            put(w, 0, Lex::WeekdayShort(i as u8 + 1));
        }
        for &(w, d) in EN_WEEKDAY_ABBREVIATIONS {
            put(w, 1, Lex::WeekdayShort(d));
        }
        for w in names {
            put(w, 0, Lex::Key);
            put(w, 1, Lex::Key);
        }
        Lexicon { words }
    }

    /// What `word` means in `lang`; for a sentence of unknown language, the French
    /// meaning when there is one, else the English one.
    pub(crate) fn get(&self, word: &str, lang: Lang) -> Lex {
        match self.words.get(word) {
            None => Lex::None,
            Some(&[fr, en]) => match lang {
                Lang::Fr => fr,
                Lang::En => en,
                Lang::Other => {
                    if fr != Lex::None {
                        fr
                    } else {
                        en
                    }
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_mean_different_things_per_language() {
        let lx = Lexicon::new(std::iter::empty());
        assert_eq!(lx.get("an", Lang::Fr), Lex::Unit(Unit::Year));
        assert_eq!(lx.get("an", Lang::En), Lex::Num(1));
        assert_eq!(lx.get("sept", Lang::Fr), Lex::Num(7));
        assert_eq!(lx.get("aout", Lang::Other), Lex::Month(8));
        assert_eq!(lx.get("dimanche", Lang::Fr), Lex::Weekday(7));
        assert_eq!(lx.get("maison", Lang::Fr), Lex::None);
    }
}
