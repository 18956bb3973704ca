//! The data-driven suite: every line of `tests/data/cases.tsv` is one sentence, an
//! anchor, and the expression expected in it with its value (or `-` when the sentence
//! must yield nothing). One `check` runs them all and reports every failure at once.

mod common;

use vigie_core::Lang;
use vigie_time::{Anchor, TimeRecognizer};

/// One case of the suite.
struct Case {
    line: usize,
    lang: Lang,
    anchor: Option<Anchor>,
    sentence: String,
    text: String,
    value: String,
}

fn parse(data: &str) -> Vec<Case> {
    let mut out = Vec::new();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            cols.len(),
            5,
            "cases.tsv:{}: want 5 tab-separated columns",
            n + 1
        );
        let lang = match cols[0] {
            "fr" => Lang::Fr,
            "en" => Lang::En,
            _ => Lang::Other,
        };
        let anchor = if cols[1] == "-" {
            None
        } else {
            Some(
                Anchor::parse(cols[1]).unwrap_or_else(|| panic!("cases.tsv:{}: bad anchor", n + 1)),
            )
        };
        out.push(Case {
            line: n + 1,
            lang,
            anchor,
            sentence: cols[2].to_string(),
            text: cols[3].to_string(),
            value: cols[4].to_string(),
        });
    }
    out
}

/// Runs one case; `None` when it passes, else what went wrong.
fn check(rec: &TimeRecognizer, case: &Case) -> Option<String> {
    let analysis = rec.recognize(
        &case.sentence,
        &common::split(&case.sentence, case.lang),
        case.anchor,
    );
    let got: Vec<String> = analysis
        .timexes
        .iter()
        .map(|t| format!("{:?}={}", t.text, t.value))
        .collect();
    if case.text == "-" {
        return (!analysis.timexes.is_empty())
            .then(|| format!("want nothing, got {}", got.join(", ")));
    }
    let ok = analysis
        .timexes
        .iter()
        .any(|t| t.text == case.text && t.value == case.value);
    (!ok).then(|| {
        format!(
            "want {:?}={}, got [{}]",
            case.text,
            case.value,
            got.join(", ")
        )
    })
}

#[test]
fn cases() {
    let data = include_str!("data/cases.tsv");
    let cases = parse(data);
    let rec = TimeRecognizer::new();
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            check(&rec, c).map(|why| format!("cases.tsv:{}: {}\n    {}", c.line, c.sentence, why))
        })
        .collect();
    eprintln!("{} cases, {} failed", cases.len(), failures.len());
    assert!(cases.len() >= 300, "the suite must keep at least 300 cases");
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
