//! Snapshot tests for composition, metonymy, text-defined aliases and unknown actors,
//! in French and English.
//!
//! Each case is a small document; the dump lists every mention as
//! `«text» code (via, locative)`, one per line, so a snapshot diff shows exactly which
//! reading changed.

use vigie_lexicon::{Date, Lexicon};

/// Recognises each document and renders its mentions.
fn dump(documents: &[&str]) -> String {
    let lexicon = Lexicon::bundled().expect("bundled dictionaries are valid");
    let mut out = String::new();
    for text in documents {
        let analysis = vigie_text::analyze(text);
        out.push_str(&format!("{text}\n"));
        let date = Date::new(2025, 4, 15);
        for m in lexicon.recognize(text, &analysis.tokens, &analysis.sentences, date) {
            let code = if m.resolved { m.code.as_str() } else { "?" };
            let locative = if m.locative { ", locative" } else { "" };
            let via = serde_json::to_value(m.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            out.push_str(&format!("  «{}» {code} ({via}{locative})\n", m.text));
        }
    }
    out
}

#[test]
fn composition_fr() {
    insta::assert_snapshot!(dump(&[
        "L’armée malienne a repris Kidal.",
        "Une colonne des Forces armées maliennes (Fama) avance vers le nord.",
        "Le ministère algérien de la Défense dit avoir abattu un drone.",
        "Les autorités maliennes de transition ont protesté.",
        "Le président ghanéen souhaite apaiser la région.",
        "Des orpailleurs tchadiens, soudanais et nigériens figurent parmi les morts.",
        "Un aéronef s’est écrasé, selon l’état-major de l’armée malienne.",
        "Le gouvernement du Mali a convoqué l’ambassadeur d’Algérie.",
        "Le président angolais João Lourenço préside l’UA.",
        "Les dirigeants algériens et maliens se sont parlé.",
    ]));
}

#[test]
fn composition_en() {
    insta::assert_snapshot!(dump(&[
        "The Malian army retook Kidal.",
        "Algeria's foreign ministry summoned the ambassador.",
        "Algeria’s defence ministry said a drone was destroyed.",
        "The government of Niger expelled the French ambassador.",
        "Burkinabe troops and Nigerien police patrolled the border.",
        "Malians protested against the junta.",
    ]));
}

#[test]
fn metonymy_fr_en() {
    insta::assert_snapshot!(dump(&[
        "Alger a riposté.",
        "Selon Bamako, le drone était en mission.",
        "Plus de mille personnes ont manifesté samedi à Bamako.",
        "Les autorités algériennes reprochaient à Bamako ses lenteurs.",
        "Le Mali a rappelé son ambassadeur à Alger, qui était en poste près d’Alger.",
        "Algiers hit back, while protesters gathered in Bamako.",
        "Ouagadougou and Niamey joined Bamako in a statement issued from Niamey.",
    ]));
}

#[test]
fn aliases_defined_in_the_text() {
    insta::assert_snapshot!(dump(&[
        "Le Front de libération de l’Azawad (FLA) est né en 2024. Le FLA tient la zone de Tinzawatène.",
        "Le Mali a quitté le Comité d’état-major conjoint (Cemoc). Le Cemoc n’a jamais vraiment fonctionné.",
        "Le Mouvement pour la paix du Gourma (MPG) a été créé. Le MPG réclame des postes.",
        "The Gourma Peace Movement (GPM) was founded. The GPM wants seats.",
        "En 2023, Kidal est passée sous le contrôle des Forces armées maliennes (Fama). Les Fama y patrouillent depuis.",
    ]));
}

#[test]
fn unknown_actors_are_kept_for_review() {
    insta::assert_snapshot!(dump(&[
        "Alger a reçu la visite d’Alghabass Ag Intalla et de Moussa Ag Acharatoumane, chef du MSA.",
        "Un Comité mixte de coopération Mali-Algérie existe depuis 2005.",
        "The Sahel Reconciliation Council met the UNDP.",
    ]));
}

#[test]
fn people_are_coded_by_their_term() {
    let lexicon = Lexicon::bundled().expect("bundled dictionaries are valid");
    let text = "Ibrahim Boubacar Keïta a reçu Abdelaziz Bouteflika.";
    let tokens = vigie_text::tokenize(text);
    let codes = |date| -> Vec<String> {
        lexicon
            .recognize(text, &tokens, &[], date)
            .into_iter()
            .map(|m| m.code)
            .collect()
    };
    assert_eq!(codes(Date::new(2015, 6, 1)), ["MLIGOV", "DZAGOV"]);
    assert_eq!(codes(Date::new(2023, 6, 1)), ["MLIELI", "DZAELI"]);
}
