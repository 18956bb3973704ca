//! Calendar days and the terms of office that give people a role for a while.
//!
//! A person is coded with a country and role only while in office: the recogniser is
//! given the document date (never the clock) and picks the term that contains it. Dates
//! in dictionaries may be partial (`2021`, `2021-05`): a partial start means its first
//! day, a partial end its last.

use serde::Serialize;

/// A calendar day, compared in calendar order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Date {
    /// The year.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day, 1 to 31.
    pub day: u8,
}

impl Date {
    /// Builds a date; returns `None` when the month or day is out of range.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let (date, precision) = parse_partial(text)?;
        (precision == 3).then_some(date)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into its first day and the number of parts.
fn parse_partial(text: &str) -> Option<(Date, usize)> {
    let parts: Vec<&str> = text.split('-').collect();
    if parts.is_empty() || parts.len() > 3 || parts[0].len() != 4 {
        return None;
    }
    let year: i32 = parts[0].parse().ok()?;
    let month: u8 = match parts.get(1) {
        Some(m) if m.len() == 2 => m.parse().ok()?,
        Some(_) => return None,
        None => 1,
    };
    let day: u8 = match parts.get(2) {
        Some(d) if d.len() == 2 => d.parse().ok()?,
        Some(_) => return None,
        None => 1,
    };
    Some((Date::new(year, month, day)?, parts.len()))
}

/// The last day of the period a partial date names (`2020` -> 2020-12-31).
fn parse_end(text: &str) -> Option<Date> {
    let (date, precision) = parse_partial(text)?;
    Some(match precision {
        1 => Date {
            month: 12,
            day: 31,
            ..date
        },
        2 => Date { day: 31, ..date },
        _ => date,
    })
}

/// One term of office: a country and role held from `from` to `to` (open when `None`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Term {
    /// First day in office.
    pub from: Date,
    /// Last day in office, or `None` while still in office.
    pub to: Option<Date>,
    /// The country served (ISO 3166-1 alpha-3).
    pub country: String,
    /// The CAMEO-style role (`GOV`, `MIL`, ...).
    pub role: String,
    /// The office, as written in the dictionary (`président de la transition`).
    pub title: String,
}

impl Term {
    /// True when `date` falls inside the term.
    pub fn contains(&self, date: Date) -> bool {
        self.from <= date && self.to.is_none_or(|to| date <= to)
    }

    /// Parses `FROM..[TO] COUNTRY ROLE [title words]`; the error is a lowercase message.
    pub(crate) fn parse(value: &str) -> Result<Term, String> {
        let mut words = value.split_whitespace();
        let range = words.next().unwrap_or_default();
        let Some((from, to)) = range.split_once("..") else {
            return Err(format!("term must start with `FROM..TO`, found `{range}`"));
        };
        let from = parse_partial(from).map(|(date, _)| date).ok_or_else(|| {
            format!("invalid start date `{from}` (use YYYY, YYYY-MM or YYYY-MM-DD)")
        })?;
        let to = if to.is_empty() {
            None
        } else {
            Some(parse_end(to).ok_or_else(|| {
                format!("invalid end date `{to}` (use YYYY, YYYY-MM or YYYY-MM-DD)")
            })?)
        };
        if to.is_some_and(|to| to < from) {
            return Err(format!("term ends before it starts in `{range}`"));
        }
        let (Some(country), Some(role)) = (words.next(), words.next()) else {
            return Err("term must be `FROM..TO COUNTRY ROLE [title]`".to_string());
        };
        Ok(Term {
            from,
            to,
            country: country.to_string(),
            role: role.to_string(),
            title: words.collect::<Vec<_>>().join(" "),
        })
    }
}

/// Picks the term to code a person with: the one containing `date`, or without a date
/// the most recent one. Returns `None` when a date is given and no term contains it.
pub(crate) fn term_at(terms: &[Term], date: Option<Date>) -> Option<&Term> {
    match date {
        Some(date) => terms
            .iter()
            .filter(|t| t.contains(date))
            .max_by_key(|t| t.from),
        None => terms.iter().max_by_key(|t| t.from),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_cover_their_whole_period() {
        let term = Term::parse("2013-09..2020 MLI GOV président").unwrap();
        assert_eq!(term.from, Date::new(2013, 9, 1).unwrap());
        assert_eq!(term.to, Date::new(2020, 12, 31));
        assert_eq!(term.title, "président");
        assert!(term.contains(Date::new(2020, 12, 31).unwrap()));
        assert!(!term.contains(Date::new(2013, 8, 31).unwrap()));
    }

    #[test]
    fn open_terms_and_choice_by_date() {
        let old = Term::parse("2013..2020-08-18 MLI GOV").unwrap();
        let new = Term::parse("2021-05-24.. MLI GOV").unwrap();
        let terms = [old.clone(), new.clone()];
        assert_eq!(term_at(&terms, None), Some(&new));
        assert_eq!(term_at(&terms, Date::parse("2015-01-01")), Some(&old));
        assert_eq!(term_at(&terms, Date::parse("2021-01-01")), None);
    }

    #[test]
    fn bad_terms_are_explained() {
        for bad in [
            "2013 MLI GOV",
            "20x3..2014 MLI GOV",
            "2014..2013 MLI GOV",
            "2013.. MLI",
        ] {
            assert!(Term::parse(bad).is_err(), "{bad}");
        }
    }
}
