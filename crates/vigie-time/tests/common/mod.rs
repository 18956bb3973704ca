//! Sentence spans for tests, from the real splitter of vigie-text.

use vigie_core::{Lang, Span};

/// Sentence spans of `text`, all in `lang` (test cases say their language).
pub fn split(text: &str, lang: Lang) -> Vec<(Span, Lang)> {
    vigie_text::analyze(text)
        .sentences
        .iter()
        .map(|s| (s.span, lang))
        .collect()
}
