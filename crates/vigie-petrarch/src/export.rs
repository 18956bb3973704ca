//! PETRARCH actors written in vigie's actor format (`data/actors/README.md`), so that a
//! user can edit them and load them with `--lexicon DIR`.
//!
//! Each actor whose codes vigie can express becomes a `[person petrarch-…]` entry: its
//! phrases are its names, each code `CTYROL` (a country vigie knows, then one of
//! vigie's roles) a term, dated as PETRARCH dates it. A code PETRARCH gives without
//! dates is its default: a term open from the year 1, which vigie uses only where no
//! dated term holds (it takes the holding term that began last). What
//! vigie cannot express is counted and left out: codes of a country alone (`KABUL
//! [AFG]`: vigie's country entries already have capitals and names), codes that are
//! not a country vigie knows (`IGOUNO`, `IMGMOSALQ`), roles outside vigie's list, and
//! sub-roles after the first (`USAGOVFRM` is kept as `USAGOV`); a term that ends before
//! it starts is left out too. Every entry gets one
//! example per term, a sentence naming it at a date inside the term, which vigie's
//! example runner checks (`Lexicon::examples`).

use std::collections::HashSet;
use std::fmt::Write;

use crate::actors::{DatedCode, Day};
use crate::Dictionaries;

/// What an export wrote and left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportReport {
    /// Entries written.
    pub written: usize,
    /// Actors whose only codes are a country alone.
    pub country_only: usize,
    /// Actors with no code vigie can express (organisations, unknown countries or
    /// roles).
    pub not_expressible: usize,
    /// Codes shortened to country and first role.
    pub shortened: usize,
}

/// vigie's actor format for the actors of `dict`; `is_country` says which ISO codes
/// vigie knows, `is_role` which roles (`vigie_lexicon::ROLES`).
pub fn vigie_actors(
    dict: &Dictionaries,
    is_country: impl Fn(&str) -> bool,
    is_role: impl Fn(&str) -> bool,
) -> (String, ExportReport) {
    let mut names: Vec<Vec<String>> = vec![Vec::new(); dict.actors.actors.len()];
    for p in &dict.actors.index.phrases {
        names[p.id as usize].push(title_case(&p.words));
    }
    let mut report = ExportReport::default();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Actors converted from PETRARCH dictionaries by `vigie lexicon import-petrarch`.\n\
         # Source files: {}\n# Format: data/actors/README.md in vigie's repository.\n",
        dict.files
            .iter()
            .filter(
                |f| crate::Kind::of(&f.file_name().unwrap_or_default().to_string_lossy())
                    == Some(crate::Kind::Actors)
            )
            .map(|f| f.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut slugs = HashSet::new();
    for (id, actor) in dict.actors.actors.iter().enumerate() {
        let mut terms = Vec::new();
        let mut any_country_only = false;
        for c in &actor.codes {
            let Some(code) = c.code.as_deref() else {
                continue;
            };
            let inverted = matches!((c.from, c.to), (Some(f), Some(t)) if t < f);
            match expressible(code, &is_country, &is_role).filter(|_| !inverted) {
                Some((country, role)) => {
                    if code.len() > 6 {
                        report.shortened += 1;
                    }
                    terms.push((c.clone(), country, role));
                }
                None if code.len() == 3 && is_country(code) => any_country_only = true,
                None => {}
            }
        }
        if terms.is_empty() {
            if any_country_only {
                report.country_only += 1;
            } else {
                report.not_expressible += 1;
            }
            continue;
        }
        let list = &names[id];
        let Some(first) = list.first() else { continue };
        let base = format!("petrarch-{}", slug(first));
        let mut id_slug = base.clone();
        let mut n = 2;
        while !slugs.insert(id_slug.clone()) {
            id_slug = format!("{base}-{n}");
            n += 1;
        }
        let first_dated = terms.iter().filter_map(|(c, _, _)| c.from).min();
        let _ = writeln!(out, "# {}", actor.location);
        let _ = writeln!(out, "[person {id_slug}]");
        let _ = writeln!(out, "name.en = {}", list.join(" | "));
        for (c, country, role) in &terms {
            // an undated code is open from the year 1: vigie codes a person with the
            // term holding the date that began last, so a dated term wins where it
            // holds and the default holds elsewhere, as in PETRARCH
            let from = c.from.map(iso).unwrap_or_else(|| "0001".into());
            let to = c.to.map(iso).unwrap_or_default();
            let _ = writeln!(out, "term = {from}..{to} {country} {role}");
        }
        for (c, country, role) in &terms {
            let at = example_day(c, first_dated);
            let _ = writeln!(
                out,
                "example.en = @{} {first} spoke on the radio. => {country}{role}",
                iso(at)
            );
        }
        out.push('\n');
        report.written += 1;
    }
    (out, report)
}

fn expressible<'c>(
    code: &'c str,
    is_country: &impl Fn(&str) -> bool,
    is_role: &impl Fn(&str) -> bool,
) -> Option<(&'c str, &'c str)> {
    let country = code.get(..3)?;
    let role = code.get(3..6)?;
    (is_country(country) && is_role(role)).then_some((country, role))
}

/// A day inside a term, for its example.
fn example_day(c: &DatedCode, first_dated: Option<Day>) -> Day {
    match (c.from, c.to) {
        (Some(f), _) => f,
        (None, Some(t)) => t,
        (None, None) => first_dated.and_then(day_before).unwrap_or(20_000_101),
    }
}

fn day_before(day: Day) -> Option<Day> {
    let (y, m, d) = (day / 10_000, day / 100 % 100, day % 100);
    if d > 1 {
        Some(day - 1)
    } else if m > 1 {
        Some(y * 10_000 + (m - 1) * 100 + 28)
    } else {
        (y > 1).then(|| (y - 1) * 10_000 + 1231)
    }
}

fn iso(day: Day) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        day / 10_000,
        day / 100 % 100,
        day % 100
    )
}

fn title_case(words: &[String]) -> String {
    words
        .iter()
        .map(|w| {
            let lower = w.to_lowercase();
            let mut c = lower.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "actor".to_string()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::Source;
    use std::path::Path;

    #[test]
    fn people_with_dated_codes_become_terms_and_the_rest_is_counted() {
        let mut d = Dictionaries::default();
        let text = "HAMID_KARZAI_\n+KARZAI_\n\t[AFGGOV 011222-140929]\n\t[AFGELI]\nKABUL_ [AFG]\nTHE_UNITED_NATIONS_ [IGOUNO]\nJOHN_KERRY_ [USAGOVFRM 130201-170120]\n";
        assert!(d
            .actors
            .read(&Source::from_text(Path::new("x.actors.txt"), text))
            .is_empty());
        let roles = |r: &str| matches!(r, "GOV" | "ELI");
        let (out, report) = vigie_actors(&d, |c| matches!(c, "AFG" | "USA"), roles);
        assert_eq!(
            report,
            ExportReport {
                written: 2,
                country_only: 1,
                not_expressible: 1,
                shortened: 1
            }
        );
        assert!(out.contains("[person petrarch-hamid-karzai]\nname.en = Hamid Karzai | Karzai\nterm = 2001-12-22..2014-09-29 AFG GOV\nterm = 0001.. AFG ELI\n"), "{out}");
        assert!(
            out.contains("example.en = @2001-12-22 Hamid Karzai spoke on the radio. => AFGGOV"),
            "{out}"
        );
        assert!(
            out.contains("term = 2013-02-01..2017-01-20 USA GOV"),
            "{out}"
        );
    }
}
