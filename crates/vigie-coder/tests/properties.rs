//! No input makes the pipeline panic, and every event points at text that exists.

use std::sync::OnceLock;

use proptest::prelude::*;
use vigie_coder::Pipeline;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        Pipeline::new(vigie_lexicon::Lexicon::bundled().expect("actors")).expect("pipeline")
    })
}

fn check(text: &str) {
    let coded = pipeline().run("doc", text, None, None);
    for e in &coded.events {
        assert!(
            text.get(e.trigger.span.range()).is_some(),
            "trigger span out of the text"
        );
        assert!(e.span.start <= e.trigger.span.start && e.trigger.span.end <= e.span.end);
        for actor in [&e.source, &e.target, &e.claimed_by].into_iter().flatten() {
            assert_eq!(actor.span.slice(text), actor.text);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_string(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn news_made_of_pieces(parts in proptest::collection::vec(prop::sample::select(vec![
        "Le Mali", "l’Algérie", "Alger", "Bamako", "les trois pays de l’AES", "la Cedeao", "le FLA",
        "a rappelé", "son ambassadeur", "aurait attaqué", "n’a pas", "devrait", "a été repris par",
        "l’armée malienne", "au Niger", "et", ",", ".", "selon", "Selon Bamako,", "le 6 avril 2025",
        "le lendemain", "Algeria", "recalled", "its envoy", "was attacked by", "the Malian army",
        "reportedly", "should", "that", "said", "–", "(", ")", "\n\n", "respectifs", "près de Kidal",
        "leaving", "Mali", "par", "by", "de", "du", "destruction", "retrait", "accusations",
    ]), 0..40)) {
        check(&parts.join(" "));
    }
}
