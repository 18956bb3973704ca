//! Property tests: recognition never fails on any text, and every mention's span slices
//! back to its text, in text order.

use std::sync::OnceLock;

use proptest::prelude::*;
use vigie_lexicon::Lexicon;

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::bundled().expect("bundled dictionaries are valid"))
}

/// Words that exercise the composition rules, mixed with punctuation and noise.
const WORDS: &[&str] = &[
    "l’armée",
    "malienne",
    "le",
    "Mali",
    "Alger",
    "à",
    "(",
    ")",
    "FLA",
    "Fama",
    "de",
    "du",
    "ministère",
    "algérien",
    "la",
    "Défense",
    "’s",
    "Algeria",
    "army",
    "Malian",
    ",",
    "et",
    "orpailleurs",
    "nigériens",
    "Front",
    "libération",
    "Comité",
    "Ag",
    "Intalla",
    "Un",
    "président",
    "ghanéen",
    "João",
    "Lourenço",
    "selon",
    "Bamako",
    "in",
    "«",
    "»",
    ".",
    "l’",
    "AES",
    "XYZ",
    "Été",
    "ŒUVRE",
    "d’",
    "Etat",
    "coup",
    "\n",
    "Tin",
    "Zaouatine",
];

fn check(text: &str) -> Result<(), TestCaseError> {
    let analysis = vigie_text::analyze(text);
    let mentions = lexicon().recognize(text, &analysis.tokens, &analysis.sentences, None);
    let mut last = 0;
    for mention in &mentions {
        prop_assert!(
            mention.span.start >= last,
            "mentions out of order in {text:?}"
        );
        last = mention.span.start;
        let slice = text.get(mention.span.range());
        prop_assert_eq!(slice, Some(mention.text.as_str()));
        prop_assert_eq!(mention.resolved, !mention.code.is_empty());
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_text_is_recognised_without_failing(text in "\\PC{0,200}") {
        check(&text)?;
    }

    #[test]
    fn dictionary_words_in_any_order(words in proptest::collection::vec(proptest::sample::select(WORDS), 0..40)) {
        check(&words.join(" "))?;
    }
}
