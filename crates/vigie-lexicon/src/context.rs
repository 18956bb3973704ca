//! The words around a mention: which articles join it, and when it names a place.
//!
//! French and English put an article or contraction before most names (`le Mali`,
//! `du Mali`, `the Gambia`): it joins the mention's span. A locative preposition before
//! a capital or country (`à Bamako`, `en Algérie`, `in Algiers`, `près d’Alger`, `la
//! région de Bamako`) makes it a place rather than an acting government. French `à`
//! also introduces recipients (`reproché à Bamako`), recognised by the verb before it.
//! These word lists are rules of the language, not dictionary data.

use vigie_core::Token;

/// Articles and contractions that join a mention's span.
pub(crate) const LEADING: &[&str] = &["le", "la", "les", "l'", "du", "des", "au", "aux", "the"];
/// Prepositions after which a capital is a place and a country is flagged locative.
const LOCATIVE: &[&str] = &[
    "a",
    "en",
    "dans",
    "vers",
    "depuis",
    "sur",
    "travers",
    "in",
    "at",
    "near",
    "into",
    "to",
    "from",
    "across",
    "throughout",
    "within",
    "inside",
    "towards",
    "toward",
    "outside",
];
/// Nouns that make `de` + capital a place (`la région de Bamako`, `près de Bamako`).
const PLACE_OF: &[&str] = &[
    "pres",
    "proximite",
    "environs",
    "nord",
    "sud",
    "est",
    "ouest",
    "region",
    "ville",
    "capitale",
    "banlieue",
    "periferie",
    "peripherie",
    "large",
    "loin",
    "centre",
    "aeroport",
];
/// Stems of French verbs whose `à` introduces a recipient, not a place
/// (`reproché à Bamako`, `imposé à Alger`).
const DATIVE: &[&str] = &[
    "reproch", "impos", "demand", "propos", "repond", "adress", "livr", "accord", "offr", "fourn",
    "vend", "promi", "promet", "annonc", "dit", "dema", "ordonn", "lanc", "permi", "interdi",
    "succed", "sanction", "oppos", "associ", "reclam", "transmi", "confi",
];
fn norm(tokens: &[Token], i: usize) -> &str {
    tokens.get(i).map_or("", |t| t.norm.as_ref())
}

/// The start of a mention once a preceding article joins it.
pub(crate) fn lead(tokens: &[Token], start: usize) -> usize {
    if start > 0 && LEADING.contains(&norm(tokens, start - 1)) {
        start - 1
    } else {
        start
    }
}

/// True when the phrase starting at token `start` is named as a place.
pub(crate) fn is_place(tokens: &[Token], start: usize) -> bool {
    let lead = lead(tokens, start);
    if lead < start && matches!(norm(tokens, lead), "au" | "aux") {
        return true;
    }
    if lead == 0 {
        return false;
    }
    let before = norm(tokens, lead - 1);
    if before == "a"
        && lead >= 2
        && DATIVE
            .iter()
            .any(|stem| norm(tokens, lead - 2).starts_with(stem))
    {
        return false;
    }
    LOCATIVE.contains(&before)
        || (matches!(before, "de" | "d'")
            && lead >= 2
            && PLACE_OF.contains(&norm(tokens, lead - 2)))
}

/// Determiners, pronouns and prepositions, which never head a noun phrase that a
/// country adjective could qualify (`the Malian army`: `the` is not the noun).
pub(crate) fn is_function_word(norm: &str) -> bool {
    matches!(
        norm,
        "les"
            | "des"
            | "une"
            | "aux"
            | "leur"
            | "leurs"
            | "ses"
            | "son"
            | "sur"
            | "par"
            | "pour"
            | "dans"
            | "avec"
            | "sous"
            | "vers"
            | "contre"
            | "entre"
            | "cette"
            | "ces"
            | "cet"
            | "nos"
            | "vos"
            | "the"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "your"
            | "and"
            | "for"
            | "with"
            | "from"
            | "into"
            | "onto"
            | "over"
            | "this"
            | "that"
            | "these"
            | "those"
            | "some"
            | "many"
            | "several"
            | "both"
            | "all"
            | "other"
            | "was"
            | "were"
            | "are"
            | "has"
            | "have"
            | "had"
            | "been"
            | "who"
            | "which"
            | "qui"
            | "que"
            | "dont"
            | "est"
            | "sont"
            | "ont"
            | "avait"
            | "etait"
            | "plus"
            | "tres"
            | "also"
            | "said"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(text: &str, word: &str) -> bool {
        let tokens = vigie_text::tokenize(text);
        let start = tokens
            .iter()
            .position(|t| t.norm == word)
            .expect("word in text");
        is_place(&tokens, start)
    }

    #[test]
    fn prepositions_make_places() {
        assert!(place("rassemblés à Bamako", "bamako"));
        assert!(place("ses ambassadeurs au Mali", "mali"));
        assert!(place("près d’Alger", "alger"));
        assert!(place("la région de Kidal", "kidal"));
        assert!(place("protesters in Bamako", "bamako"));
        assert!(!place("selon Bamako", "bamako"));
        assert!(!place("reproché à Bamako", "bamako"));
        assert!(!place("Alger a riposté", "alger"));
    }

    #[test]
    fn articles_join_the_mention() {
        let tokens = vigie_text::tokenize("retiré du Mali");
        assert_eq!(lead(&tokens, 2), 1);
        assert_eq!(lead(&tokens, 1), 1);
    }
}
