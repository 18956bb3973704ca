//! Arguments and modality read off the dependency tree: each case is a short text
//! written for this test, of a shape word order gets wrong (an apposition between
//! subject and verb, a passive with its agent, a participle hung on the wrong noun, object
//! control), and the events it must (or, written
//! `!…`, must not as fact) yield.

mod common;

const CASES: &[(&str, &str, &[&str])] = &[
    (
        "an apposition names the subject again, not a second party",
        "Le Ghana, médiateur désigné par la Cedeao, a exhorté lundi le Mali à libérer les \
         soldats ivoiriens.",
        &["02 GHA>MLI", "!02 ECOWAS>MLI"],
    ),
    (
        "the agent of a passive is the source, its subject the target",
        "Une base de l’armée tchadienne a été attaquée mardi par des combattants de Boko \
         Haram.",
        &["19 BOKO_HARAM>TCD", "!19 TCD>BOKO_HARAM"],
    ),
    (
        "the object of `accuser X de` does what the infinitive says, alleged",
        "Le ministre malien des Affaires étrangères a accusé la France d’avoir livré des \
         armes aux rebelles.",
        &["11 MLI>FRA", "!07 MLI>FRA"],
    ),
    (
        "the act someone is charged with is an event of its own, alleged by the accuser",
        "Le Maroc a accusé l’Algérie d’avoir attaqué la Mauritanie.",
        &["11 MAR>DZA", "19 DZA>MRT ~alleged"],
    ),
    (
        "the same in English, where the parser hangs the charge on the accused",
        "Morocco accused Algeria of attacking Mauritania.",
        &["11 MAR>DZA", "19 DZA>MRT ~alleged"],
    ),
    (
        "a date in a relative clause tells the clause's act, not the main verb's",
        "Alger, qui a rompu ses relations avec Rabat en août 2021, a condamné \
         l’attaque du Maroc.",
        &["11 DZA>MAR", "!11 DZA>MAR@2021-08"],
    ),
    (
        "a date in a participle clause on the subject tells that clause's act",
        "Ghana, the mediator appointed by ECOWAS in 2024, urged Niger to reopen the \
         border.",
        &["02 GHA>NER", "!02 GHA>NER@2024"],
    ),
    (
        "an act named by a noun with its own doer is told here, and coded besides the \
         reaction to it",
        "Le Togo a dénoncé lundi la fermeture de la frontière par le Ghana. Togo \
         condemned the expulsion of its diplomats by Ghana on Monday.",
        &["11 TGO>GHA", "16 GHA>TGO"],
    ),
    (
        "a clause on the doer of a violent act tells what the doer did, not that \
         act's toll",
        "CAMEROUN – Deux soldats ont été tués mercredi par des combattants de Boko Haram, qui ont \
         attaqué un poste près de Mora.",
        &["19 BOKO_HARAM>CMR", "18 BOKO_HARAM>CMR"],
    ),
    (
        "an apposition names the same party as its noun, and the act it is charged \
         with is alleged",
        "Le gouvernement soudanais a mis en cause les Émirats arabes unis, accusés de \
         fournir des drones aux FSR.",
        &["07 ARE>RSF ~alleged", "11 SDN>ARE"],
    ),
    (
        "the toll told in a clause on what a violent act hit is that act's",
        "Israël a bombardé mardi trois villages libanais où sept civils ont été tués.",
        &["19 ISR>LBN", "!18 ISR>LBN"],
    ),
    (
        "a denial is an act made, and a verb coordinated after it is not denied",
        "Pyongyang denied the report and accused Seoul of lying. Le Mali a démenti ces \
         informations et accusé l’Algérie de mentir.",
        &[
            "12 PRK>KOR ~asserted",
            "11 PRK>KOR ~asserted",
            "11 MLI>DZA ~asserted",
        ],
    ),
    (
        "a participle after a comma is the subject's, whatever noun it hangs on",
        "Le Mali a rompu ses relations diplomatiques avec l’Ukraine, reprochant à Kiev \
         son soutien aux rebelles.",
        &["16 MLI>UKR", "11 MLI>UKR", "!11 UKR>UKR"],
    ),
    (
        "what someone is urged to do is not done",
        "The African Union urged Rwanda to withdraw its troops from Congo.",
        &["02 AU>RWA", "!08 RWA>COD"],
    ),
    (
        "negation on the verb",
        "Le Niger n’a pas fermé sa frontière avec le Bénin.",
        &["!16 NER>BEN"],
    ),
    (
        "a purpose clause tells an aim, not an act done",
        "Russia moved troops to the border to invade Ukraine.",
        &["!19 RUS>UKR"],
    ),
    (
        "a verb the lemma lexicon lists codes where no surface pattern does",
        "Le Mali a vilipendé l’Algérie mardi.",
        &["11 MLI>DZA"],
    ),
];

#[test]
fn tree_arguments_and_modality_code_as_expected() {
    common::check(CASES);
}
