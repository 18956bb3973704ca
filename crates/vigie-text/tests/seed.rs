//! The reference article in `../shared` (not part of the repository): sentence
//! boundaries checked by eye once and kept as a snapshot of byte spans (no text of the
//! article is stored), numbers, elisions and pull quotes. Skipped, saying why, where
//! `../shared` is absent.

mod common;

use vigie_core::TokenKind;

fn seed() -> Option<String> {
    let Some(shared) = common::shared() else {
        eprintln!("skipped: ../shared is absent (the seed article is not part of the repository)");
        return None;
    };
    let path = shared.join("corpus/seed/000_bf518f87ea28b154.txt");
    Some(std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

#[test]
fn seed_sentence_boundaries() {
    let Some(text) = seed() else { return };
    let a = vigie_text::analyze(&text);
    let spans: String = a
        .sentences
        .iter()
        .map(|s| {
            format!(
                "{} p{} [{}, {}]\n",
                s.index, s.paragraph, s.span.start, s.span.end
            )
        })
        .collect();
    insta::assert_snapshot!("seed_sentences", spans);
    assert!(a.sentences.iter().all(|s| s.lang == vigie_core::Lang::Fr));
}

#[test]
fn seed_numbers_and_elisions() {
    let Some(text) = seed() else { return };
    let a = vigie_text::analyze(&text);
    let surfaces: Vec<&str> = a.tokens.iter().map(|t| t.span.slice(&text)).collect();
    assert!(surfaces.contains(&"1 400"), "\"1 400\" is not one token");
    let elisions = a
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Elision)
        .count();
    assert!(elisions > 100, "only {elisions} elisions split");
    for t in &a.tokens {
        let s = t.span.slice(&text);
        let inner = s.trim_end_matches(['’', '\'']);
        let glued = inner.contains(['’', '\'']) && !matches!(t.norm.as_str(), "aujourd'hui");
        assert!(!glued, "elision not split in {s:?}");
    }
}

#[test]
fn seed_pull_quotes_are_repeats() {
    let Some(text) = seed() else { return };
    let a = vigie_text::analyze(&text);
    let repeats: Vec<(usize, usize)> = a
        .sentences
        .iter()
        .filter_map(|s| s.repeat_of.map(|r| (s.index, r)))
        .collect();
    // a truncated copy, an exact copy of a paragraph's first sentence, and a copy with cuts
    assert_eq!(repeats, vec![(12, 13), (46, 43), (81, 85)]);
    for (copy, original) in repeats {
        assert!(a.sentences[copy].span.len() <= a.sentences[original].span.len());
    }
}
