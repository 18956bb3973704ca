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

fn document_date(text: &str, lang: Lang) -> Option<(InferenceMethod, String)> {
    let analysis = TimeRecognizer::new().recognize(text, &common::split(text, lang), None);
    analysis
        .document_date
        .map(|d| (d.method, d.date.to_string()))
}

/// A kicker line before the dateline, and a date announced for later in the text:
/// the dateline is the report's date, not the latest date it names.
#[test]
fn a_dateline_after_a_kicker_beats_a_later_date_in_the_text() {
    let text = "COMMENTARY\nGao, March 4, 2026\n\nThe convoy was hit on Monday. Talks are due to resume on March 20.";
    assert_eq!(
        document_date(text, Lang::En),
        Some((InferenceMethod::Dateline, "2026-03-04".into()))
    );
}

#[test]
fn a_dateline_with_an_outlet_and_a_hyphen() {
    let text =
        "GAO, 4 March 2026 (Sahel Wire) - Gunmen attacked a market on Sunday, officials said.";
    assert_eq!(
        document_date(text, Lang::En),
        Some((InferenceMethod::Dateline, "2026-03-04".into()))
    );
    let text = "Revue de presse – DAKAR, mardi 3 mars 2026\n\nLes journaux reviennent sur la visite de lundi.";
    assert_eq!(
        document_date(text, Lang::Fr),
        Some((InferenceMethod::Dateline, "2026-03-03".into()))
    );
}

#[test]
fn a_publication_line_with_its_time() {
    let text = "Mis en ligne le 12 mars 2026 à 9 h 05\n\nLe ministre a été reçu hier à Niamey. Le sommet est prévu le 30 mars 2026.";
    assert_eq!(
        document_date(text, Lang::Fr),
        Some((InferenceMethod::Dateline, "2026-03-12".into()))
    );
}

#[test]
fn a_date_inside_the_first_sentence_is_not_a_dateline() {
    let text = "The junta revoked on 20 June 2024 the permit of the mining group, and on 2 July 2024 it seized the site.";
    let found = document_date(text, Lang::En).map(|d| d.0);
    assert_eq!(found, Some(InferenceMethod::LatestExplicitDate));
}
