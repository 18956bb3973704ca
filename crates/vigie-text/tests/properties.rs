//! Property tests: any string analyses without panic, every span slices the original
//! text back to its surface form, and sentences tile the text.

mod common;

use proptest::prelude::*;
use vigie_text::analyze;

/// Characters that may stand outside every sentence: spaces of every kind and the
/// invisible separators the tokeniser treats as space.
fn is_gap(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{200C}' | '\u{200D}'
        )
}

fn check_invariants(text: &str) {
    let a = analyze(text);
    let mut last_end = 0;
    for (i, t) in a.tokens.iter().enumerate() {
        assert!(
            t.span.start as usize >= last_end,
            "token {i} overlaps the one before"
        );
        assert!(!t.span.is_empty(), "token {i} is empty");
        assert!(
            text.get(t.span.range()).is_some(),
            "token {i} span is not on char boundaries"
        );
        let between = &text[last_end..t.span.start as usize];
        assert!(
            between.chars().all(is_gap),
            "text {between:?} before token {i} is in no token"
        );
        last_end = t.span.end as usize;
    }
    assert!(
        text[last_end..].chars().all(is_gap),
        "text after the last token is in no token"
    );

    let mut next_token = 0;
    let mut last_end = 0;
    for (i, s) in a.sentences.iter().enumerate() {
        assert_eq!(s.index, i);
        assert_eq!(
            s.tokens.start, next_token,
            "sentence {i} does not start where the last ended"
        );
        assert!(s.tokens.end > s.tokens.start, "sentence {i} has no token");
        next_token = s.tokens.end;
        let first = &a.tokens[s.tokens.start];
        let last = &a.tokens[s.tokens.end - 1];
        assert_eq!(
            (s.span.start, s.span.end),
            (first.span.start, last.span.end)
        );
        let between = &text[last_end..s.span.start as usize];
        assert!(
            between.chars().all(is_gap),
            "text {between:?} before sentence {i} is in no sentence"
        );
        last_end = s.span.end as usize;
        if let Some(r) = s.repeat_of {
            assert!(
                r < a.sentences.len() && r != i,
                "sentence {i} repeats itself or nothing"
            );
        }
    }
    assert_eq!(
        next_token,
        a.tokens.len(),
        "tokens left out of every sentence"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_unicode_string(text in any::<String>()) {
        check_invariants(&text);
    }

    #[test]
    fn strings_made_of_news_pieces(parts in proptest::collection::vec(prop::sample::select(vec![
        "Le", "l’", "L'", "d’un", "aujourd’hui", "Mali", "1\u{a0}400", "1 400", "2,5", "1er", "M.", "Mme",
        "etc.", "av. J.-C.", "U.S.", "«\u{a0}", "\u{a0}»", "–", "…", "[…]", "(Fama)", ".", "!", "?", "\n", "\n\n",
        " ", "\u{202f}", "\r\n", "a-t-il", "Tin-Zaouatine", "e\u{301}", "\u{ad}", "\u{feff}", "’s", "n’t", "- ", "1.",
        "\"", "'", "…et", "12h30", "2025-04-06", "06/04/2025", "ÉTATS-UNIS", "\u{2028}",
    ]), 0..60)) {
        check_invariants(&parts.concat());
    }
}

#[test]
fn every_example_document_keeps_the_invariants() {
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut seen = 0;
    for entry in std::fs::read_dir(examples).expect("examples folder") {
        let path = entry.expect("example entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            check_invariants(&std::fs::read_to_string(&path).expect("example text"));
            seen += 1;
        }
    }
    assert!(seen >= 4, "only {seen} example documents found");
}

#[test]
fn one_sentence_repeated_many_times_repeats_the_first_copy() {
    // regression: every copy used to be compared with every other, quadratically
    let text = "Le gouvernement a annoncé la fermeture de la frontière avec le pays voisin. "
        .repeat(5_000);
    let a = analyze(&text);
    assert_eq!(a.sentences.len(), 5_000);
    assert_eq!(a.sentences[0].repeat_of, None);
    assert!(a.sentences[1..].iter().all(|s| s.repeat_of == Some(0)));
}
