//! Anaphora, implied targets and the other discourse rules of the coder, each checked
//! on a short text written for this test: the text must yield the listed events
//! (`CAMEO-root SOURCE>TARGET`), in any order among others. All failures are reported
//! at once.

use vigie_coder::Pipeline;
use vigie_lexicon::Lexicon;

/// (what it shows, text, events it must yield as `root source>target`)
const CASES: &[(&str, &str, &[&str])] = &[
    (
        "a bare state body stands for the state the story is about",
        "Le Mali a rompu ses relations avec l’Ukraine. Le gouvernement de transition a \
         dénoncé une ingérence.",
        &["11 MLI>UKR"],
    ),
    (
        "le royaume: the kingdom named just before",
        "L’Algérie a rompu ses relations avec le Maroc, accusant le royaume de mener des \
         actions hostiles.",
        &["11 DZA>MAR"],
    ),
    (
        "three parties that meet give three pairs; the place is not a target",
        "Les ministres du Niger, du Tchad et du Bénin se sont réunis à Niamey.",
        &["04 NER>TCD", "04 NER>BEN", "04 TCD>BEN"],
    ),
    (
        "la même décision repeats the last act with a new actor",
        "Le Mali a rappelé son ambassadeur en Algérie. Le Niger a pris la même décision.",
        &["16 MLI>DZA", "16 NER>DZA"],
    ),
    (
        "a relative with a pronoun subject: the sentence's subject acts on the antecedent",
        "Le Tchad a fermé sa frontière avec le Soudan, qu’il accuse de soutenir des rebelles.",
        &["11 TCD>SDN"],
    ),
    (
        "ce que … démenti: the denial answers the sentence's speaker",
        "Le Mali accuse la Mauritanie d’armer des rebelles, ce que Nouakchott a démenti.",
        &["11 MLI>MRT", "12 MRT>MLI"],
    ),
    (
        "a dual names the two actors the story is about",
        "Le Sénégal et la Gambie s’opposent sur la pêche. L’Union africaine a appelé les \
         deux pays au dialogue.",
        &["02 AU>SEN", "02 AU>GMB"],
    ),
    (
        "the seat of an organisation stands for it",
        "L’Union européenne a critiqué le Niger. Bruxelles a suspendu son aide budgétaire \
         au Niger.",
        &["16 EU>NER"],
    ),
    (
        "a reaction to an earlier act targets its author; a pronoun keeps the subject",
        "Le Niger a rompu avec l’Union européenne. Il a aussi accueilli le ministre russe \
         de la Défense. L’Union européenne a regretté cette décision.",
        &["11 EU>NER"],
    ),
    (
        "an act without a named target acts on the other side of the story",
        "Rabat accuse Alger de soutenir les séparatistes. Alger a dénoncé des propos \
         mensongers.",
        &["11 MAR>DZA", "11 DZA>MAR"],
    ),
    (
        "a hostile act on a condition the other side must meet is also a threat",
        "Le Tchad pourrait expulser des diplomates soudanais si Khartoum ne retire pas \
         ses troupes.",
        &["13 TCD>SDN"],
    ),
    (
        "a coordinated verb shares the first verb's subject",
        "The Chadian government accused Sudan of arming rebels and expelled two Sudanese \
         diplomats.",
        &["11 TCD>SDN", "16 TCD>SDN"],
    ),
];

#[test]
fn discourse_rules_code_as_expected() {
    let pipeline =
        Pipeline::new(Lexicon::bundled().expect("bundled actor dictionaries")).expect("pipeline");
    let mut failures = Vec::new();
    for (what, text, want) in CASES {
        let coded = pipeline.run("case", text, None, None);
        let key = |a: &Option<vigie_coder::EventActor>| {
            a.as_ref().map_or("-".to_string(), |a| {
                a.org
                    .clone()
                    .or_else(|| a.country.clone())
                    .unwrap_or_default()
            })
        };
        let got: Vec<String> = coded
            .events
            .iter()
            .map(|e| format!("{} {}>{}", &e.cameo[..2], key(&e.source), key(&e.target)))
            .collect();
        for w in *want {
            if !got.iter().any(|g| g == w) {
                failures.push(format!("{what}: {text:?}\n    want {w}, got {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
