//! A dateline opening the text is the report's own date: year-less dates told in the
//! past fall before it.

mod common;

use vigie_core::Lang;
use vigie_time::{InferenceMethod, TimeRecognizer};

#[test]
fn a_dateline_anchors_the_document() {
    let text =
        "Niamey, 18 août 2022 — Les derniers instructeurs étrangers sont partis le 15 août 2022. \
                Leur départ avait été exigé le 31 janvier par le conseil militaire.";
    let analysis = TimeRecognizer::new().recognize(text, &common::split(text, Lang::Fr), None);
    let date = analysis.document_date.expect("a document date");
    assert_eq!(date.method, InferenceMethod::Dateline);
    assert_eq!(date.date.to_string(), "2022-08-18");
    let january = analysis
        .timexes
        .iter()
        .find(|t| t.text.contains("31 janvier"))
        .expect("the year-less date");
    assert_eq!(january.value, "2022-01-31");
}

#[test]
fn a_sentence_with_a_dash_is_not_a_dateline() {
    let text = "Le 6 avril 2025, la crise s’est aggravée — personne ne l’avait prévu. Le 31 janvier, rien.";
    let analysis = TimeRecognizer::new().recognize(text, &common::split(text, Lang::Fr), None);
    let method = analysis.document_date.map(|d| d.method);
    assert_eq!(method, Some(InferenceMethod::LatestExplicitDate));
}
