//! Every example sentence of the bundled event patterns, coded end to end (text
//! layer, dates, actors, coder) and checked against what the example says. All
//! failures are reported at once.

use vigie_coder::Pipeline;
use vigie_lexicon::Lexicon;

fn pipeline() -> Pipeline {
    Pipeline::new(Lexicon::bundled().expect("bundled actor dictionaries")).expect("pipeline")
}

#[test]
fn every_pattern_example_codes_as_written() {
    let pipeline = pipeline();
    let examples = pipeline.coder.examples();
    assert!(examples.len() >= 50, "only {} examples", examples.len());
    let mut failures = Vec::new();
    for ex in examples {
        let coded = pipeline.run("example", &ex.text, None, Some(ex.lang));
        let same_code: Vec<_> = coded
            .events
            .iter()
            .filter(|e| e.cameo == ex.cameo)
            .collect();
        let ok = match &ex.expected {
            None => same_code.iter().all(|e| !e.modality.is_factual()),
            Some((source, target)) => same_code.iter().any(|e| {
                e.source.as_ref().is_some_and(|a| a.has_key(source))
                    && e.target.as_ref().is_some_and(|a| a.has_key(target))
                    && ex
                        .modality
                        .as_deref()
                        .is_none_or(|m| e.modality.name() == m)
            }),
        };
        if !ok {
            let got: Vec<String> = coded
                .events
                .iter()
                .map(|e| {
                    let key = |a: &Option<vigie_coder::EventActor>| {
                        a.as_ref().map_or("-".to_string(), |a| a.code.clone())
                    };
                    format!(
                        "{} {}>{} {}",
                        e.cameo,
                        key(&e.source),
                        key(&e.target),
                        e.modality.name()
                    )
                })
                .collect();
            failures.push(format!(
                "{}: {:?}\n    want {} {:?} {:?}, got {:?}",
                ex.rule, ex.text, ex.cameo, ex.expected, ex.modality, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} examples failed:\n{}",
        failures.len(),
        examples.len(),
        failures.join("\n")
    );
}
