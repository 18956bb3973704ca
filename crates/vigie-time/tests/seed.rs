//! The seed article against its gold temporal expressions, read with no publication
//! date: the year 2025 must come from the text. Skipped when `shared/` is absent.

mod common;

use std::path::PathBuf;

use vigie_core::Lang;
use vigie_time::TimeRecognizer;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

/// Reads a string field of a one-line JSON object.
fn field(line: &str, name: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    v.get(name)?.as_str().map(str::to_string)
}

#[test]
fn seed_article_without_publication_date() {
    let text_path = shared().join("corpus/seed/000_bf518f87ea28b154.txt");
    let gold_path = shared().join("gold/seed.timex.jsonl");
    let (Ok(text), Ok(gold)) = (
        std::fs::read_to_string(&text_path),
        std::fs::read_to_string(&gold_path),
    ) else {
        eprintln!(
            "skipped: {} or {} is absent",
            text_path.display(),
            gold_path.display()
        );
        return;
    };
    let rec = TimeRecognizer::new();
    let analysis = rec.recognize(&text, &common::split(&text, Lang::Fr), None);
    let inferred = analysis.document_date.as_ref().map(|d| d.date.to_string());
    eprintln!("inferred document date: {inferred:?}");
    assert!(inferred.is_some_and(|d| d.starts_with("2025-")));
    let mut right = 0;
    let mut total = 0;
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let (Some(gtext), Some(gvalue)) = (field(line, "text"), field(line, "value")) else {
            continue;
        };
        total += 1;
        // Any occurrence of the gold text (some repeat) overlapped by a right value.
        let found: Vec<_> = text
            .match_indices(gtext.as_str())
            .flat_map(|(at, _)| {
                let end = at + gtext.len();
                analysis
                    .timexes
                    .iter()
                    .filter(move |t| (t.span.start as usize) < end && at < t.span.end as usize)
            })
            .collect();
        if found.iter().any(|t| t.value == gvalue) {
            right += 1;
        } else if let Some(t) = found.first() {
            eprintln!(
                "WRONG {gtext:?}: got {:?} = {}, want {gvalue}",
                t.text, t.value
            );
        } else {
            eprintln!("MISS {gtext:?} (want {gvalue})");
        }
    }
    eprintln!("seed: {right}/{total} right");
    for t in &analysis.timexes {
        eprintln!(
            "  {:?} {} {:?} {:?}",
            t.text, t.value, t.precision, t.anchor
        );
    }
    assert!(
        right >= 22,
        "only {right} of {total} seed expressions right"
    );
}
