//! `vigie bench syntax`: tagging and parsing throughput on one core, with the answer
//! checked: a known sentence must get its known tree, and every sentence a well-formed
//! tree (one root, heads inside the sentence, no cycle).

use std::time::{Duration, Instant};

use vigie_core::Lang;
use vigie_syntax::SyntaxSentence;

use super::corpus::Corpus;

/// A sentence of our own and the tree the bundled French model must give it:
/// (form, UPOS, head, relation) per word.
const KNOWN_FR: (&str, &[(&str, &str, u32, &str)]) = (
    "Le Mali accuse l’Algérie d’avoir abattu son drone.",
    &[
        ("Le", "DET", 2, "det"),
        ("Mali", "PROPN", 3, "nsubj"),
        ("accuse", "VERB", 0, "root"),
        ("l’", "DET", 5, "det"),
        ("Algérie", "PROPN", 3, "obj"),
        ("d’", "ADP", 8, "mark"),
        ("avoir", "AUX", 8, "aux:tense"),
        ("abattu", "VERB", 3, "xcomp"),
        ("son", "DET", 10, "det"),
        ("drone", "NOUN", 8, "obj"),
        (".", "PUNCT", 3, "punct"),
    ],
);

/// The same for English.
const KNOWN_EN: (&str, &[(&str, &str, u32, &str)]) = (
    "Troops fired on the protesters in the capital.",
    &[
        ("Troops", "NOUN", 2, "nsubj"),
        ("fired", "VERB", 0, "root"),
        ("on", "ADP", 5, "case"),
        ("the", "DET", 5, "det"),
        ("protesters", "NOUN", 2, "obl"),
        ("in", "ADP", 8, "case"),
        ("the", "DET", 8, "det"),
        ("capital", "NOUN", 5, "nmod"),
        (".", "PUNCT", 2, "punct"),
    ],
);

/// What is wrong with a parse, if anything.
pub fn check_tree(s: &SyntaxSentence) -> Option<String> {
    let n = s.words.len() as u32;
    if n == 0 {
        return None;
    }
    let roots = s.words.iter().filter(|w| w.head == 0).count();
    if roots == 0 {
        return Some(format!("sentence {}: no root", s.sentence));
    }
    if let Some(w) = s.words.iter().find(|w| w.head > n) {
        return Some(format!(
            "sentence {}: head {} outside the sentence",
            s.sentence, w.head
        ));
    }
    for start in 0..s.words.len() {
        let (mut at, mut steps) = (start, 0);
        while let Some(h) = s.words[at].head_index() {
            at = h;
            steps += 1;
            if steps > s.words.len() {
                return Some(format!(
                    "sentence {}: a cycle through word {}",
                    s.sentence,
                    start + 1
                ));
            }
        }
    }
    None
}

fn check_known(lang: Lang, known: (&str, &[(&str, &str, u32, &str)])) -> Option<String> {
    let (text, expected) = known;
    let analysis = vigie_text::analyze(text);
    let model = vigie_syntax::bundled(lang)?;
    let s = &analysis.sentences[0];
    let parsed =
        vigie_syntax::words::analyze_sentence(model, text, analysis.sentence_tokens(s), 0, 0);
    let got: Vec<(&str, &str, u32, &str)> = parsed
        .words
        .iter()
        .map(|w| (w.form.as_str(), w.upos.name(), w.head, w.relation.as_str()))
        .collect();
    (got != expected).then(|| format!("{text:?} parsed as {got:?}, expected {expected:?}"))
}

/// Times tagging and parsing of every sentence of the corpus; returns wrong answers.
pub fn run(corpus: &Corpus, passes: usize) -> Vec<String> {
    let load = Instant::now();
    let fr = vigie_syntax::bundled(Lang::Fr).is_some();
    let en = vigie_syntax::bundled(Lang::En).is_some();
    let load = load.elapsed();
    let mut errors: Vec<String> = [
        check_known(Lang::Fr, KNOWN_FR),
        check_known(Lang::En, KNOWN_EN),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !(fr && en) {
        errors.push("a bundled model is missing".into());
        return errors;
    }
    let analyses: Vec<_> = corpus
        .documents
        .iter()
        .map(|d| vigie_text::analyze(d))
        .collect();
    let (mut sentences, mut words) = (0usize, 0usize);
    let mut runs: Vec<Duration> = Vec::new();
    for _ in 0..passes {
        (sentences, words) = (0, 0);
        let start = Instant::now();
        for (doc, analysis) in corpus.documents.iter().zip(&analyses) {
            for parsed in vigie_syntax::analyze_document(doc, analysis) {
                if !parsed.words.is_empty() {
                    sentences += 1;
                    words += parsed.words.len();
                }
                if errors.len() < 20 {
                    errors.extend(check_tree(&parsed));
                }
            }
        }
        runs.push(start.elapsed());
    }
    runs.sort();
    let best = runs[0].as_secs_f64();
    let median = runs[runs.len() / 2].as_secs_f64();
    println!(
        "syntax: {sentences} sentences, {words} words; best of {passes}: {:.0} sentences/s, {:.0} words/s (tagging, lemmas, contractions and parsing, one core); median {:.0} sentences/s",
        sentences as f64 / best,
        words as f64 / best,
        sentences as f64 / median,
    );
    println!("  models loaded in {:.1} ms", load.as_secs_f64() * 1e3);
    errors
}
