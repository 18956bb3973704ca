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

fn document_date(text: &str, lang: Lang) -> Option<(InferenceMethod, String)> {
    let analysis = TimeRecognizer::new().recognize(text, &common::split(text, lang), None);
    analysis
        .document_date
        .map(|d| (d.method, d.date.to_string()))
}

/// Datelines after a kicker or a headline, with an outlet and a hyphen, or as a
/// publication line with its time: each is the report's date, not the latest date
/// the text names (`Talks are due to resume on March 20`).
#[test]
fn datelines_in_the_opening_lines_date_the_report() {
    for (text, lang, day) in [
        (
            "COMMENTARY\nGao, March 4, 2026\n\nThe convoy was hit on Monday. Talks are due \
             to resume on March 20.",
            Lang::En,
            "2026-03-04",
        ),
        (
            "GAO, 4 March 2026 (Sahel Wire) - Gunmen attacked a market on Sunday, officials \
             said.",
            Lang::En,
            "2026-03-04",
        ),
        (
            "Revue de presse – DAKAR, mardi 3 mars 2026\n\nLes journaux reviennent sur la \
             visite de lundi.",
            Lang::Fr,
            "2026-03-03",
        ),
        (
            "Mis en ligne le 12 mars 2026 à 9 h 05\n\nLe ministre a été reçu hier à Niamey. \
             Le sommet est prévu le 30 mars 2026.",
            Lang::Fr,
            "2026-03-12",
        ),
    ] {
        assert_eq!(
            document_date(text, lang),
            Some((InferenceMethod::Dateline, day.to_string())),
            "{text:?}"
        );
    }
}

/// A date inside the first sentence, or before a dash that opens an aside, is no
/// dateline.
#[test]
fn a_date_inside_a_sentence_is_not_a_dateline() {
    for (text, lang) in [
        (
            "Le 6 avril 2025, la crise s’est aggravée — personne ne l’avait prévu. Le 31 \
             janvier, rien.",
            Lang::Fr,
        ),
        (
            "The junta revoked on 20 June 2024 the permit of the mining group, and on 2 July \
             2024 it seized the site.",
            Lang::En,
        ),
    ] {
        let method = document_date(text, lang).map(|d| d.0);
        assert_eq!(
            method,
            Some(InferenceMethod::LatestExplicitDate),
            "{text:?}"
        );
    }
}
