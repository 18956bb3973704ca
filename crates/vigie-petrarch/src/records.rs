//! PETRARCH's unit-test records: sentences, their date, category and expected codings.
//!
//! The file is XML: an `<Environment>` names the dictionaries the records are coded
//! against (`<Verbfile>`, `<Actorfile>`, `<Agentfile>`, `<Discardfile>`, beside the
//! file), then `<Sentence date= id= category=>` elements hold `<EventCoding
//! sourcecode= targetcode= eventcode=>` (or `noevents="True"`, or `error=` for a
//! sentence PETRARCH must refuse: no event either) and the `<Text>`. The
//! records also carry Penn Treebank parses; vigie reads the text with its own syntax.

use std::path::{Path, PathBuf};

use crate::{Dictionaries, Kind, PetrarchError};

/// One expected event.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Triple {
    /// Source code.
    pub source: String,
    /// Target code.
    pub target: String,
    /// CAMEO code.
    pub code: String,
}

/// One record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Its id (`DEMO-01`); records without one get `line N`.
    pub id: String,
    /// Its category (`DEMO`, `SYNSET`, …).
    pub category: String,
    /// Its date as `YYYYMMDD`, when given.
    pub date: Option<u32>,
    /// The sentence.
    pub text: String,
    /// The expected events; empty when none is expected.
    pub expected: Vec<Triple>,
    /// The record says it codes no event.
    pub no_events: bool,
    /// The error PETRARCH must report instead of coding (`dateline`,
    /// `bad_input_parse`), if any.
    pub error: Option<String>,
    /// Its line in the file.
    pub line: usize,
}

/// A unit-test file: its records and the dictionary files it names.
#[derive(Debug, Clone)]
pub struct Suite {
    /// The records in file order.
    pub records: Vec<Record>,
    /// Dictionary files named by `<Environment>`, with their kind.
    pub dictionaries: Vec<(Kind, PathBuf)>,
}

impl Suite {
    /// Reads a records file.
    pub fn read(path: &Path) -> Result<Suite, PetrarchError> {
        let text = std::fs::read_to_string(path).map_err(|source| PetrarchError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Suite::parse(path, &text)
    }

    /// Parses records from text; `path` places the dictionaries and names the file in
    /// messages.
    pub fn parse(path: &Path, text: &str) -> Result<Suite, PetrarchError> {
        let doc = roxmltree::Document::parse(text).map_err(|e| PetrarchError::Records {
            path: path.to_path_buf(),
            line: e.pos().row as usize,
            message: e.to_string(),
        })?;
        let line_of = |n: roxmltree::Node| doc.text_pos_at(n.range().start).row as usize;
        let bad = |n: roxmltree::Node, message: String| PetrarchError::Records {
            path: path.to_path_buf(),
            line: line_of(n),
            message,
        };
        let folder = path.parent().unwrap_or(Path::new("."));
        let mut dictionaries = Vec::new();
        for n in doc.descendants().filter(|n| n.has_tag_name("Environment")) {
            for c in n.children().filter(|c| c.is_element()) {
                let kind = match c.tag_name().name() {
                    "Verbfile" => Kind::Verbs,
                    "Actorfile" => Kind::Actors,
                    "Agentfile" => Kind::Agents,
                    "Discardfile" => Kind::Discards,
                    _ => continue,
                };
                let name = c.text().unwrap_or("").trim();
                if name.is_empty() {
                    return Err(bad(c, format!("<{}> names no file", c.tag_name().name())));
                }
                dictionaries.push((kind, folder.join(name)));
            }
        }
        let mut records = Vec::new();
        for n in doc.descendants().filter(|n| n.has_tag_name("Sentence")) {
            let line = line_of(n);
            let id = n
                .attribute("id")
                .map(str::to_string)
                .unwrap_or_else(|| format!("line {line}"));
            let category = n.attribute("category").unwrap_or("").to_string();
            let date =
                match n.attribute("date") {
                    Some(d) => Some(crate::actors::parse_day(d.trim()).ok_or_else(|| {
                        bad(n, format!("record {id}: date `{d}` is not YYYYMMDD"))
                    })?),
                    None => None,
                };
            let text = n
                .children()
                .find(|c| c.has_tag_name("Text"))
                .and_then(|t| t.text())
                .ok_or_else(|| bad(n, format!("record {id} has no <Text>")))?;
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let mut expected = Vec::new();
            let mut no_events = false;
            let mut error = None;
            for c in n.children().filter(|c| c.has_tag_name("EventCoding")) {
                // a record that expects an error (`error="dateline"`) expects no event
                if let Some(e) = c.attribute("error") {
                    error = Some(e.to_string());
                    no_events = true;
                    continue;
                }
                if c.attribute("noevents")
                    .is_some_and(|v| v.eq_ignore_ascii_case("true"))
                {
                    no_events = true;
                    continue;
                }
                let get = |a: &str| {
                    c.attribute(a)
                        .map(|v| v.trim().to_string())
                        .ok_or_else(|| bad(c, format!("record {id}: <EventCoding> without {a}")))
                };
                expected.push(Triple {
                    source: get("sourcecode")?,
                    target: get("targetcode")?,
                    code: get("eventcode")?,
                });
            }
            records.push(Record {
                id,
                category,
                date,
                text,
                expected,
                no_events,
                line,
                error,
            });
        }
        Ok(Suite {
            records,
            dictionaries,
        })
    }

    /// Reads the dictionaries the suite names.
    pub fn load_dictionaries(&self) -> Result<Dictionaries, PetrarchError> {
        let mut d = Dictionaries::default();
        for (kind, path) in &self.dictionaries {
            d.add(*kind, path)?;
        }
        Ok(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_with_events_and_without() {
        let xml = r#"<Validation><Environment><Verbfile>v.txt</Verbfile></Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore
ties with Gondor.
</Text></Sentence>
<Sentence category="X"><EventCoding noevents = "True"></EventCoding><Text>Nothing.</Text></Sentence>
</Sentences></Validation>"#;
        let s = Suite::parse(Path::new("dir/r.xml"), xml).unwrap();
        assert_eq!(
            s.dictionaries,
            vec![(Kind::Verbs, PathBuf::from("dir/v.txt"))]
        );
        assert_eq!(s.records.len(), 2);
        assert_eq!(
            s.records[0].text,
            "Arnor is about to restore ties with Gondor."
        );
        assert_eq!(s.records[0].date, Some(19950101));
        assert_eq!(s.records[0].expected[0].code, "064");
        assert!(s.records[1].no_events && s.records[1].expected.is_empty());
        assert_eq!(s.records[1].id, "line 9");
    }

    #[test]
    fn malformed_xml_names_its_line() {
        let e = Suite::parse(
            Path::new("r.xml"),
            "<Validation>\n<Sentence>\n</Validation>",
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("r.xml:3:"), "{e}");
    }
}

/// How one record was coded.
#[derive(Debug, Clone)]
pub struct Outcome<'a> {
    /// The record.
    pub record: &'a Record,
    /// The triples coded, sorted.
    pub got: Vec<Triple>,
    /// The coded set is exactly the expected one (nothing, for a no-event record).
    pub exact: bool,
}

/// Whether a record tests something vigie does not do: reading a malformed Penn
/// Treebank parse (`error="bad_input_parse"`); vigie parses the text itself.
pub fn not_applicable(record: &Record) -> bool {
    record.error.as_deref() == Some("bad_input_parse")
}

/// Codes every record of a suite, except those [`not_applicable`] to vigie.
pub fn run<'a>(suite: &'a Suite, coder: &crate::Coder) -> Vec<Outcome<'a>> {
    suite
        .records
        .iter()
        .filter(|r| !not_applicable(r))
        .map(|record| {
            let mut got: Vec<Triple> = coder
                .code_text(&record.text, record.date)
                .into_iter()
                .map(|e| Triple {
                    source: e.source.code,
                    target: e.target.code,
                    code: e.code,
                })
                .collect();
            got.sort();
            got.dedup();
            let mut expected = record.expected.clone();
            expected.sort();
            expected.dedup();
            let exact = got == expected;
            Outcome { record, got, exact }
        })
        .collect()
}

/// Exact records per category, and the no-event records that coded nothing.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Category → (exact, records).
    pub categories: std::collections::BTreeMap<String, (usize, usize)>,
    /// (exact, records) over the whole suite.
    pub total: (usize, usize),
    /// (coded nothing, no-event records).
    pub no_events: (usize, usize),
}

impl Summary {
    /// Tallies outcomes.
    pub fn of(outcomes: &[Outcome]) -> Summary {
        let mut s = Summary::default();
        for o in outcomes {
            let c = s.categories.entry(o.record.category.clone()).or_default();
            c.1 += 1;
            s.total.1 += 1;
            if o.exact {
                c.0 += 1;
                s.total.0 += 1;
            }
            if o.record.no_events {
                s.no_events.1 += 1;
                if o.got.is_empty() {
                    s.no_events.0 += 1;
                }
            }
        }
        s
    }

    /// The share of exact records.
    pub fn exact_share(&self) -> f64 {
        self.total.0 as f64 / self.total.1.max(1) as f64
    }

    /// The lowest share of any category, with its name.
    pub fn weakest(&self) -> Option<(&str, f64)> {
        self.categories
            .iter()
            .map(|(k, &(r, n))| (k.as_str(), r as f64 / n.max(1) as f64))
            .min_by(|a, b| a.1.total_cmp(&b.1))
    }
}
