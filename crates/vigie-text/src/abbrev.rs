//! Word lists the tokeniser and the sentence splitter consult: elisions, clitics,
//! abbreviations, ordinal suffixes and the words that typically open a sentence.
//!
//! Lists are small and closed, so they are `match`es the compiler turns into fast
//! comparisons; they hold facts about French and English spelling, nothing more.

/// French elided words that are split off their host (`l'`, `qu'`, `jusqu'`).
pub(crate) fn is_elision(host: &str) -> bool {
    host.len() <= 7
        && matches!(
            host.to_ascii_lowercase().as_str(),
            "l" | "d"
                | "j"
                | "m"
                | "n"
                | "s"
                | "t"
                | "c"
                | "qu"
                | "jusqu"
                | "lorsqu"
                | "puisqu"
                | "quoiqu"
        )
}

/// English clitics split off their host (`'s`, `'re`, `n't`).
pub(crate) fn is_english_clitic(tail: &str) -> bool {
    const CLITICS: [&str; 7] = ["s", "re", "ve", "ll", "d", "m", "t"];
    tail.len() <= 2 && CLITICS.iter().any(|c| tail.eq_ignore_ascii_case(c))
}

/// Whether `word` followed by a dot is an abbreviation that keeps its dot. Initials
/// (one capital letter) count.
pub(crate) fn keeps_dot(word: &str) -> bool {
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    matches!(
        word,
        // French titles, ranks and common abbreviations
        "M" | "MM" | "Mme" | "Mmes" | "Mlle" | "Mlles" | "Dr" | "Drs" | "Pr" | "Me" | "Mgr"
            | "St" | "Ste" | "Gal" | "Gén" | "Col" | "Cdt" | "Cne" | "Lt" | "av" | "apr"
            | "etc" | "cf" | "env" | "p" | "pp" | "Vol" | "Art" | "chap" | "éd" | "fig"
            | "hab" | "tél" | "Tél" | "cie" | "Cie" | "janv" | "févr" | "fév" | "avr" | "juil" | "sept"
            | "oct" | "nov" | "déc" | "bd" | "boul" | "vs" | "Av" | "Bd"
            // English titles, ranks, company and calendar abbreviations
            | "Mr" | "Mrs" | "Ms" | "Messrs" | "Jr" | "Sr" | "Gen" | "Maj" | "Capt" | "Cpt"
            | "Sgt" | "Cpl" | "Adm" | "Gov" | "Sen" | "Rep" | "Rev" | "Prof" | "Hon" | "Pres"
            | "Inc" | "Ltd" | "Co" | "Corp" | "Bros" | "Dept" | "Univ" | "Jan" | "Feb"
            | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct" | "Nov" | "Dec" | "No"
            | "Nos" | "Fig" | "approx" | "Mt" | "Ft" | "Ave" | "Blvd" | "Rd"
    )
}

/// Abbreviations that may also close a sentence (`... et les Touaregs, etc. Le
/// lendemain`), given as their folded form with the dot.
pub(crate) fn may_end_sentence(folded: &str) -> bool {
    matches!(
        folded,
        "etc."
            | "inc."
            | "ltd."
            | "co."
            | "corp."
            | "jr."
            | "sr."
            | "bros."
            | "j.-c."
            | "u.s."
            | "u.k."
            | "u.n."
            | "a.m."
            | "p.m."
            | "e.u."
    )
}

/// Ordinal and time suffixes that stay on their number (`1er`, `2e`, `3rd`).
pub(crate) fn is_ordinal_suffix(suffix: &str) -> bool {
    suffix.len() <= 4
        && matches!(
            suffix.to_lowercase().as_str(),
            "er" | "re"
                | "ere"
                | "ère"
                | "e"
                | "eme"
                | "ème"
                | "è"
                | "es"
                | "ers"
                | "res"
                | "nd"
                | "nde"
                | "st"
                | "rd"
                | "th"
        )
}

/// Folded words that often open a sentence; after an ambiguous abbreviation (`etc.`,
/// `U.S.`) a capitalised one of these signals a new sentence.
pub(crate) fn is_sentence_starter(folded: &str) -> bool {
    matches!(
        folded,
        "le" | "la"
            | "les"
            | "l'"
            | "un"
            | "une"
            | "des"
            | "il"
            | "elle"
            | "ils"
            | "elles"
            | "on"
            | "ce"
            | "cette"
            | "ces"
            | "c'"
            | "mais"
            | "selon"
            | "dans"
            | "en"
            | "au"
            | "aux"
            | "pour"
            | "par"
            | "sur"
            | "apres"
            | "avant"
            | "depuis"
            | "lors"
            | "alors"
            | "cependant"
            | "pourtant"
            | "ainsi"
            | "enfin"
            | "puis"
            | "de"
            | "du"
            | "d'"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "nous"
            | "the"
            | "a"
            | "an"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "this"
            | "that"
            | "these"
            | "those"
            | "in"
            | "at"
            | "but"
            | "after"
            | "before"
            | "however"
            | "meanwhile"
            | "since"
            | "when"
            | "while"
            | "according"
            | "there"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
    )
}
