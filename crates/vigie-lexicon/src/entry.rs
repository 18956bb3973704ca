//! Dictionary entries: what each block of a dictionary file means, validated.
//!
//! A block is turned into an [`Entry`] here, and every field is checked where it is
//! read so that errors point at its line: unknown keys, roles outside the CAMEO-style
//! list, malformed country codes or terms, fields that do not fit the entry kind.
//! Cross-file checks (a member country that no file defines) happen when the lexicon is
//! compiled, still with the line of the field.

use serde::Serialize;
use vigie_core::Lang;

use crate::format::{split_list, RawBlock};
use crate::period::{Date, Term};
use crate::LexiconError;

/// The CAMEO-style roles an entry may carry. `PMC` (private military company) is
/// vigie's addition for groups such as Wagner.
pub const ROLES: &[&str] = &[
    "GOV", "MIL", "REB", "OPP", "PTY", "CVL", "COP", "JUD", "MED", "REL", "BUS", "LAB", "EDU",
    "HLH", "REF", "IGO", "NGO", "SPY", "LEG", "ELI", "CRM", "INS", "SEP", "UAF", "PMC", "MNC",
    "AGR", "ENV", "HRI", "IMG", "DEV",
];

/// What an entry describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    /// A sovereign state: names, capital, adjectives.
    Country,
    /// An international, regional or national organisation.
    Org,
    /// A non-state armed group or private military company.
    Group,
    /// A person, coded through terms of office.
    Person,
    /// A role noun (`armée`, `government`) that combines with a country.
    Role,
    /// A phrase that must never yield an actor (`accord d'Alger`).
    Ignore,
}

impl EntryKind {
    fn parse(word: &str) -> Option<EntryKind> {
        Some(match word {
            "country" => EntryKind::Country,
            "org" => EntryKind::Org,
            "group" => EntryKind::Group,
            "person" => EntryKind::Person,
            "role" => EntryKind::Role,
            "ignore" => EntryKind::Ignore,
            _ => return None,
        })
    }

    /// The word used in headers.
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Country => "country",
            EntryKind::Org => "org",
            EntryKind::Group => "group",
            EntryKind::Person => "person",
            EntryKind::Role => "role",
            EntryKind::Ignore => "ignore",
        }
    }
}

/// A phrase of an entry with its language (`None`: both languages).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Phrase {
    /// The text as written in the dictionary.
    pub text: String,
    /// The language it belongs to.
    pub lang: Option<Lang>,
    /// The line it was written on.
    pub line: usize,
}

/// An example sentence and the codes the recogniser must find in it, in text order
/// (`?` stands for an unresolved mention).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Example {
    /// Where the example is written, as `file:line`.
    pub location: String,
    /// The document date to recognise with, when the example gives one (`@2019-05-01`).
    pub date: Option<Date>,
    /// The language of the sentence, from the key (`example.fr`), when given.
    pub lang: Option<Lang>,
    /// The sentence.
    pub text: String,
    /// The expected codes.
    pub expected: Vec<String>,
}

/// One validated dictionary entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// What it describes.
    pub kind: EntryKind,
    /// Its id, unique within its kind (`MLI`, `AES`, `assimi-goita`, `armee`).
    pub id: String,
    /// The file it comes from.
    pub file: String,
    /// The line of its header.
    pub line: usize,
    /// The country (ISO alpha-3), for countries and state bodies.
    pub country: Option<String>,
    /// The organisation key: the id of organisations and groups, a person's `org`.
    pub org: Option<String>,
    /// The role.
    pub role: Option<String>,
    /// Member countries of an organisation.
    pub members: Vec<String>,
    /// Names and aliases; a leading article is allowed and ignored.
    pub names: Vec<Phrase>,
    /// Names of the capital, standing for the government when it acts.
    pub capitals: Vec<Phrase>,
    /// Adjective forms, all genders and numbers already generated.
    pub adjectives: Vec<Phrase>,
    /// Terms of office, for people.
    pub terms: Vec<Term>,
    /// Example sentences.
    pub examples: Vec<Example>,
    /// Country codes referenced by fields, with their lines, checked at compile time.
    #[serde(skip)]
    pub(crate) references: Vec<(String, usize)>,
    /// Organisation keys referenced by fields (a person's `org`), with their lines.
    #[serde(skip)]
    pub(crate) org_references: Vec<(String, usize)>,
}

impl Entry {
    /// Where the entry is defined, as `file:line`.
    pub fn location(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }

    /// Validates one block of `file`.
    pub(crate) fn from_block(file: &str, block: &RawBlock) -> Result<Entry, LexiconError> {
        let bad = |line: usize, message: String| LexiconError::invalid(file, line, message);
        let kind = EntryKind::parse(&block.kind).ok_or_else(|| {
            bad(
                block.line,
                format!(
                    "unknown entry kind `{}` (use country, org, group, person, role or ignore)",
                    block.kind
                ),
            )
        })?;
        check_id(kind, &block.id).map_err(|m| bad(block.line, m))?;
        let mut entry = Entry {
            kind,
            id: block.id.clone(),
            file: file.to_string(),
            line: block.line,
            country: None,
            org: None,
            role: None,
            members: Vec::new(),
            names: Vec::new(),
            capitals: Vec::new(),
            adjectives: Vec::new(),
            terms: Vec::new(),
            examples: Vec::new(),
            references: Vec::new(),
            org_references: Vec::new(),
        };
        match kind {
            EntryKind::Country => {
                entry.country = Some(block.id.clone());
                entry.role = None;
            }
            EntryKind::Org | EntryKind::Group => entry.org = Some(block.id.clone()),
            _ => {}
        }
        for field in &block.fields {
            let (base, lang) = split_lang(&field.key);
            let allowed = allowed_keys(kind);
            if !allowed.contains(&base) {
                return Err(bad(
                    field.line,
                    format!(
                        "field `{}` is not allowed in a {} entry (allowed: {})",
                        field.key,
                        kind.as_str(),
                        allowed.join(", ")
                    ),
                ));
            }
            let lang = lang.map_err(|m| bad(field.line, m))?;
            let phrases = || {
                split_list(&field.value).map(move |text| Phrase {
                    text: text.to_string(),
                    lang,
                    line: field.line,
                })
            };
            match base {
                "name" => entry.names.extend(phrases()),
                "capital" => entry.capitals.extend(phrases()),
                "adj" => entry.adjectives.extend(adjective_forms(phrases(), lang)),
                "country" => {
                    check_country(&field.value).map_err(|m| bad(field.line, m))?;
                    entry.references.push((field.value.clone(), field.line));
                    entry.country = Some(field.value.clone());
                }
                "org" => {
                    check_id(EntryKind::Org, &field.value).map_err(|m| bad(field.line, m))?;
                    entry.org_references.push((field.value.clone(), field.line));
                    entry.org = Some(field.value.clone());
                }
                "role" => {
                    check_role(&field.value).map_err(|m| bad(field.line, m))?;
                    entry.role = Some(field.value.clone());
                }
                "members" => {
                    for code in field.value.split_whitespace() {
                        check_country(code).map_err(|m| bad(field.line, m))?;
                        entry.references.push((code.to_string(), field.line));
                        entry.members.push(code.to_string());
                    }
                }
                "term" => {
                    let term = Term::parse(&field.value).map_err(|m| bad(field.line, m))?;
                    check_country(&term.country).map_err(|m| bad(field.line, m))?;
                    check_role(&term.role).map_err(|m| bad(field.line, m))?;
                    entry.references.push((term.country.clone(), field.line));
                    entry.terms.push(term);
                }
                "example" => {
                    let mut example = parse_example(&field.value, format!("{file}:{}", field.line))
                        .map_err(|m| bad(field.line, m))?;
                    example.lang = lang;
                    entry.examples.push(example);
                }
                _ => {}
            }
        }
        let missing = |what: &str| {
            bad(
                block.line,
                format!(
                    "{} entry `{}` has no `{what}` field",
                    kind.as_str(),
                    block.id
                ),
            )
        };
        if entry.names.is_empty() && entry.capitals.is_empty() && entry.adjectives.is_empty() {
            return Err(missing("name"));
        }
        match kind {
            EntryKind::Org | EntryKind::Group | EntryKind::Role if entry.role.is_none() => {
                return Err(missing("role"))
            }
            EntryKind::Person if entry.terms.is_empty() => return Err(missing("term")),
            _ => {}
        }
        if kind != EntryKind::Ignore && entry.examples.is_empty() {
            return Err(missing("example"));
        }
        Ok(entry)
    }
}

/// The field names each kind accepts (without their `.fr`/`.en` suffix).
fn allowed_keys(kind: EntryKind) -> &'static [&'static str] {
    match kind {
        EntryKind::Country => &["name", "capital", "adj", "example"],
        EntryKind::Org => &["name", "adj", "country", "role", "members", "example"],
        EntryKind::Group => &["name", "adj", "country", "role", "members", "example"],
        EntryKind::Person => &["name", "term", "org", "example"],
        EntryKind::Role => &["name", "role", "example"],
        EntryKind::Ignore => &["name", "example"],
    }
}

/// Splits `name.fr` into `name` and its language.
fn split_lang(key: &str) -> (&str, Result<Option<Lang>, String>) {
    match key.split_once('.') {
        None => (key, Ok(None)),
        Some((base, "fr")) => (base, Ok(Some(Lang::Fr))),
        Some((base, "en")) => (base, Ok(Some(Lang::En))),
        Some((base, other)) => (
            base,
            Err(format!("unknown language `{other}` (use fr or en)")),
        ),
    }
}

/// Expands adjectives into all their forms.
fn adjective_forms(
    written: impl Iterator<Item = Phrase>,
    lang: Option<Lang>,
) -> impl Iterator<Item = Phrase> {
    written.flat_map(move |phrase| {
        let forms = match lang {
            Some(Lang::En) => {
                let mut forms = vec![phrase.text.clone()];
                forms.extend(crate::inflect::english_plural(&phrase.text));
                forms
            }
            _ => crate::inflect::french_forms(&phrase.text),
        };
        forms.into_iter().map(move |text| Phrase {
            text,
            ..phrase.clone()
        })
    })
}

fn check_id(kind: EntryKind, id: &str) -> Result<(), String> {
    let ok = match kind {
        EntryKind::Country => is_country_code(id),
        EntryKind::Org | EntryKind::Group => id
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'),
        _ => id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
    };
    if ok {
        return Ok(());
    }
    Err(match kind {
        EntryKind::Country => format!("country id `{id}` is not an ISO alpha-3 code such as MLI"),
        EntryKind::Org | EntryKind::Group => {
            format!("organisation key `{id}` must be uppercase letters, digits or `_`")
        }
        _ => format!("id `{id}` must be lowercase letters, digits or `-`"),
    })
}

fn is_country_code(code: &str) -> bool {
    code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase())
}

fn check_country(code: &str) -> Result<(), String> {
    if is_country_code(code) {
        Ok(())
    } else {
        Err(format!(
            "`{code}` is not an ISO alpha-3 country code such as MLI"
        ))
    }
}

fn check_role(role: &str) -> Result<(), String> {
    if ROLES.contains(&role) {
        Ok(())
    } else {
        Err(format!(
            "unknown role `{role}` (use one of {})",
            ROLES.join(" ")
        ))
    }
}

/// Parses `[@YYYY-MM-DD] sentence => CODE CODE ?`.
fn parse_example(value: &str, location: String) -> Result<Example, String> {
    let Some((sentence, expected)) = value.rsplit_once("=>") else {
        return Err("example must be `sentence => CODES`".to_string());
    };
    let mut sentence = sentence.trim();
    let mut date = None;
    if let Some(rest) = sentence.strip_prefix('@') {
        let (day, text) = rest.split_once(' ').unwrap_or((rest, ""));
        date = Some(Date::parse(day).ok_or_else(|| format!("invalid example date `@{day}`"))?);
        sentence = text.trim();
    }
    if sentence.is_empty() {
        return Err("example has no sentence before `=>`".to_string());
    }
    Ok(Example {
        location,
        date,
        lang: None,
        text: sentence.to_string(),
        expected: expected.split_whitespace().map(str::to_string).collect(),
    })
}
