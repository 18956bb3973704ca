//! Rival accounts of one incident are linked, each with its claimant.

use vigie_coder::{Modality, Pipeline};

fn code(text: &str) -> Vec<vigie_coder::Event> {
    let pipeline =
        Pipeline::new(vigie_lexicon::Lexicon::bundled().expect("actors")).expect("pipeline");
    pipeline.run("doc", text, None, None).events
}

#[test]
fn an_allegation_and_a_denial_of_one_attack_are_linked() {
    let events = code(
        "Selon Alger, l’armée malienne aurait attaqué un poste algérien le 3 mai 2025.\n\n\
         Selon Bamako, l’armée malienne n’a pas attaqué de poste algérien le 3 mai 2025.",
    );
    let attacks: Vec<_> = events
        .iter()
        .filter(|e| e.cameo.starts_with("19"))
        .collect();
    assert_eq!(attacks.len(), 2, "{events:#?}");
    let (alleged, denied) = (attacks[0], attacks[1]);
    assert_eq!(alleged.modality, Modality::Alleged);
    assert_eq!(denied.modality, Modality::Negated);
    let claimant = |e: &vigie_coder::Event| e.claimed_by.as_ref().and_then(|c| c.country.clone());
    assert_eq!(claimant(alleged).as_deref(), Some("DZA"));
    assert_eq!(claimant(denied).as_deref(), Some("MLI"));
    assert_eq!(alleged.contested_with, vec![denied.id.clone()]);
    assert_eq!(denied.contested_with, vec![alleged.id.clone()]);
}

#[test]
fn one_account_told_twice_is_not_contested() {
    let events = code(
        "Niger's army attacked a Nigerian post on 3 May 2025. \
         The next day, Niger's army attacked a Nigerian convoy.",
    );
    assert!(
        events.iter().all(|e| e.contested_with.is_empty()),
        "{events:#?}"
    );
}
