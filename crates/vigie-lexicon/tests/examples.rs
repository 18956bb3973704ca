//! Every example sentence of every bundled dictionary entry, run through one `check`.
//!
//! An example is written next to the entry it illustrates (`example = sentence =>
//! CODES`); this test recognises the sentence and compares the codes of all mentions,
//! in text order (`?` for unresolved ones), with the expected list.

use vigie_core::Lang;
use vigie_lexicon::{Example, Lexicon};

/// The codes recognised in one sentence, `?` for unresolved mentions.
fn codes(lexicon: &Lexicon, example: &Example) -> Vec<String> {
    let tokens = vigie_text::tokenize(&example.text);
    let lang = example.lang.unwrap_or(Lang::Other);
    lexicon
        .recognizer(example.date)
        .sentence(&example.text, &tokens, lang)
        .into_iter()
        .map(|m| if m.resolved { m.code } else { "?".to_string() })
        .collect()
}

/// Runs one example; returns a readable failure.
fn check(lexicon: &Lexicon, example: &Example) -> Result<(), String> {
    let found = codes(lexicon, example);
    if found == example.expected {
        Ok(())
    } else {
        Err(format!(
            "{}: {}\n    expected: {}\n    found:    {}",
            example.location,
            example.text,
            example.expected.join(" "),
            found.join(" ")
        ))
    }
}

#[test]
fn every_bundled_example_is_recognised_as_written() {
    let lexicon = Lexicon::bundled().expect("bundled dictionaries are valid");
    let mut failures = Vec::new();
    let mut count = 0;
    for example in lexicon.examples() {
        count += 1;
        if let Err(failure) = check(&lexicon, example) {
            failures.push(failure);
        }
    }
    eprintln!("{count} examples, {} failures", failures.len());
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_entry_kind_has_examples() {
    let lexicon = Lexicon::bundled().expect("bundled dictionaries are valid");
    for kind in ["country", "org", "group", "person", "role", "ignore"] {
        let with_examples = lexicon
            .entries()
            .iter()
            .filter(|e| e.kind.as_str() == kind && !e.examples.is_empty())
            .count();
        assert!(with_examples > 0, "no {kind} entry has an example");
    }
}
