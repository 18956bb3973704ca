//! Snapshot tests of sentences and tokens on short texts written for vigie, one per
//! trap of French and English news text. Each snapshot was checked by eye once.

mod common;

use common::dump;

fn check(name: &str, text: &str) {
    let analysis = vigie_text::analyze(text);
    insta::assert_snapshot!(name, dump(text, &analysis));
}

#[test]
fn elisions_and_typographic_apostrophes() {
    check(
        "elisions",
        "L’armée a repris l’aéroport d’Anéfis jusqu’à l’aube. Qu’elles le veuillent ou non, \
         aujourd’hui le chef d'état-major s'est rendu à Kidal, lorsqu’il a appris l'attaque.",
    );
}

#[test]
fn guillemets_with_non_breaking_spaces() {
    check(
        "guillemets",
        "Le ministre a dénoncé un «\u{a0}acte d’hostilité\u{a0}». «\u{a0}Nous ne céderons pas\u{a0}!\u{a0}» \
         a-t-il lancé. «\u{a0}Le dialogue reste ouvert.\u{a0}» La délégation est repartie le soir même.",
    );
}

#[test]
fn numbers_with_spaces_decimals_ordinals_and_dates() {
    check(
        "numbers",
        "Les deux pays partagent 1 400 kilomètres de frontière et 12\u{202f}000 soldats y sont postés. \
         Le taux atteint 2,5 % le 1er avril, contre 3.5 % le 06/04/2025 ou le 2025-04-07 à 12h30. \
         En 2015, 120 personnes ont fui.",
    );
}

#[test]
fn abbreviations_do_not_end_sentences() {
    check(
        "abbreviations",
        "M. Diop a reçu Mme Traoré et le Dr Maïga, etc. Le lendemain, MM. Ag Intalla et Dicko sont partis. \
         La ville fut fondée vers 300 av. J.-C. et reste un carrefour. Mr. Smith met Dr. Jones at 9 a.m. \
         in the U.S. Embassy. The talks ended in the U.S. The delegation left the next day.",
    );
}

#[test]
fn acronyms_in_parentheses_and_dashes() {
    check(
        "acronyms",
        "Les Forces armées maliennes (Fama) et le Front de libération de l’Azawad (FLA) – qui regroupe \
         plusieurs mouvements – se sont affrontés. La Confédération des États du Sahel (AES) a réagi.",
    );
}

#[test]
fn questions_exclamations_and_ellipses() {
    check(
        "punctuation",
        "Pourquoi cette crise ? Parce que rien n’a été réglé ! Les négociations… et les promesses… \
         ont échoué. Que faire... Attendre ? Non !",
    );
}

#[test]
fn headlines_lists_and_paragraphs() {
    check(
        "layout",
        "Sahel : Bamako rappelle son ambassadeur\n\nLe gouvernement a pris trois mesures :\n\
         - la fermeture de la frontière\n- le rappel de l’ambassadeur\n1. un appel au dialogue\n\n\
         Fin de la déclaration",
    );
}

#[test]
fn hard_wrapped_text_keeps_its_sentences() {
    check(
        "wrapped",
        "The Malian army said on Tuesday that it had\nrecovered the wreckage of the drone near the\n\
         border town and that an inquiry was under\nway. Algeria rejected the claim and said the\n\
         aircraft had entered its airspace.\n",
    );
}

#[test]
fn english_clitics_and_possessives() {
    check(
        "english",
        "Algeria's foreign ministry said it wasn't informed. The ministers' statement didn't name \
         O'Brien, who's in Bamako.",
    );
}

#[test]
fn pull_quotes_exact_truncated_and_cut() {
    check(
        "pull_quotes",
        "Le comité a exigé le retrait immédiat des troupes étrangères du territoire national. \
         Il a aussi demandé l’ouverture d’une enquête indépendante sur les frappes de mars.\n\n\
         Le comité a exigé le retrait immédiat des troupes étrangères du territoire national.\n\n\
         Il a aussi demandé l’ouverture d’une enquête indépendante\n\n\
         Le comité a exigé […] des troupes étrangères du territoire national.\n\n\
         Le comité a exigé le retrait.",
    );
}

#[test]
fn languages_are_told_apart() {
    check(
        "languages",
        "Le Mali rappelle son ambassadeur à Alger.\nMali recalls its ambassador from Algiers\n\n\
         Die Regierung hat am Montag neue Sanktionen gegen das Nachbarland beschlossen und \
         ihren Botschafter zurückgerufen.",
    );
}

#[test]
fn crlf_bom_and_decomposed_accents() {
    check(
        "encodings",
        "\u{feff}Le Mali et l’Alge\u{301}rie.\r\nTinzawate\u{300}ne est inter\u{ad}national.\r\n\r\nFin.",
    );
}
