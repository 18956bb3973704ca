//! Unknown actors: capitalised phrases that look like organisations or names but that no
//! dictionary resolves.
//!
//! They are reported, not dropped, so that users see what to add to their dictionaries.
//! Three shapes are looked for among the tokens no dictionary phrase covered:
//! - an organisation head (`Comité`, `Front`, `Council`...) followed by adjectives and
//!   `de`/`of` complements: `Comité mixte de coopération Mali-Algérie`;
//! - a run of two or more capitalised words, with name particles (`Ag`, `ould`, `ben`)
//!   allowed inside: `Alghabass Ag Intalla` (an organisation when it holds a head word,
//!   as English names do: `Gourma Peace Movement`);
//! - an acronym: `MSA`.
//!
//! Months, days and capitalised function words (`Selon`, `The`) never start a name.

use vigie_core::{Token, TokenKind};

use crate::mention::MentionKind;
use crate::recognize::is_capitalised;

/// Words that start organisation names.
const ORG_HEADS: &[&str] = &[
    "comite",
    "front",
    "mouvement",
    "conseil",
    "union",
    "groupe",
    "coordination",
    "alliance",
    "parti",
    "commission",
    "agence",
    "organisation",
    "rassemblement",
    "association",
    "federation",
    "confederation",
    "ligue",
    "brigade",
    "bataillon",
    "cour",
    "tribunal",
    "assemblee",
    "institut",
    "fondation",
    "communaute",
    "plateforme",
    "katiba",
    "coalition",
    "haut",
    "direction",
    "office",
    "committee",
    "council",
    "movement",
    "party",
    "group",
    "league",
    "agency",
    "organization",
    "assembly",
    "court",
    "institute",
    "foundation",
    "community",
    "platform",
    "ministry",
    "ministere",
    "army",
    "armee",
    "forces",
    "force",
];
/// Lowercase words that may continue an organisation name.
const CONNECTORS: &[&str] = &[
    "de", "du", "des", "d'", "l'", "la", "le", "les", "pour", "et", "of", "the", "for", "and",
    "on", "en",
];
/// Lowercase particles inside personal names.
const PARTICLES: &[&str] = &[
    "ag", "ould", "ben", "bin", "ibn", "al", "el", "da", "dos", "van", "von", "ag-",
];
/// Capitalised words that never start a name: function words, months, days, titles.
const STOP: &[&str] = &[
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "au",
    "aux",
    "et",
    "ou",
    "mais",
    "donc",
    "car",
    "ni",
    "en",
    "dans",
    "sur",
    "sous",
    "pour",
    "par",
    "avec",
    "sans",
    "selon",
    "depuis",
    "pendant",
    "apres",
    "avant",
    "entre",
    "vers",
    "chez",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "nous",
    "vous",
    "qui",
    "que",
    "qu'",
    "dont",
    "lorsque",
    "quand",
    "si",
    "comme",
    "alors",
    "ainsi",
    "enfin",
    "puis",
    "voici",
    "a",
    "the",
    "an",
    "and",
    "or",
    "but",
    "in",
    "at",
    "of",
    "for",
    "from",
    "with",
    "by",
    "to",
    "as",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "during",
    "on",
    "etat",
    "etats",
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mr",
    "mrs",
    "ms",
    "m",
    "mme",
    "dr",
    "pourquoi",
    "comment",
    "why",
    "how",
    "what",
    "plus",
    "tout",
    "tous",
];

/// Finds unknown phrases among tokens not `covered` by dictionary phrases:
/// `(start, end, kind)` token ranges.
pub(crate) fn find_unknown(
    text: &str,
    tokens: &[Token],
    covered: &[bool],
) -> Vec<(usize, usize, MentionKind)> {
    let free = |i: usize| !covered.get(i).copied().unwrap_or(true);
    let capital_word = |i: usize| {
        free(i)
            && tokens.get(i).is_some_and(|t| {
                matches!(t.kind, TokenKind::Word | TokenKind::Acronym) && is_capitalised(text, t)
            })
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let norm = tokens[i].norm.as_str();
        if capital_word(i) && ORG_HEADS.contains(&norm) {
            let end = org_end(tokens, i, &free, &capital_word);
            if end > i + 1 {
                found.push((i, end, MentionKind::UnknownOrg));
                i = end;
                continue;
            }
        }
        if capital_word(i) && tokens[i].kind == TokenKind::Word && !STOP.contains(&norm) {
            let mut end = i + 1;
            loop {
                if capital_word(end) && tokens[end].kind == TokenKind::Word {
                    end += 1;
                } else if free(end)
                    && PARTICLES.contains(&tokens.get(end).map_or("", |t| t.norm.as_str()))
                    && capital_word(end + 1)
                {
                    end += 2;
                } else {
                    break;
                }
            }
            if end > i + 1 {
                // English organisation names end with their head: `Gourma Peace Movement`.
                let org = tokens[i..end]
                    .iter()
                    .any(|t| ORG_HEADS.contains(&t.norm.as_ref()));
                let kind = if org {
                    MentionKind::UnknownOrg
                } else {
                    MentionKind::UnknownName
                };
                found.push((i, end, kind));
                i = end;
                continue;
            }
        }
        if free(i) && tokens[i].kind == TokenKind::Acronym && is_unknown_acronym(norm) {
            found.push((i, i + 1, MentionKind::UnknownAcronym));
        }
        i += 1;
    }
    found
}

/// The end of an organisation phrase whose head is token `head`.
fn org_end(
    tokens: &[Token],
    head: usize,
    free: &impl Fn(usize) -> bool,
    capital_word: &impl Fn(usize) -> bool,
) -> usize {
    let is_word = |i: usize| free(i) && tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word);
    let norm = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    let mut end = head + 1;
    // Up to two adjectives right after the head (`mixte`, `national`).
    while end < head + 3 && is_word(end) && !CONNECTORS.contains(&norm(end)) && !capital_word(end) {
        end += 1;
    }
    loop {
        if capital_word(end) {
            end += 1;
            continue;
        }
        let mut j = end;
        while free(j) && CONNECTORS.contains(&norm(j)) {
            j += 1;
        }
        if j > end && (is_word(j) || capital_word(j)) {
            end = j + 1;
        } else {
            break;
        }
    }
    end
}

/// Acronyms worth reporting: two letters or more, not a Roman numeral.
fn is_unknown_acronym(norm: &str) -> bool {
    let letters = norm.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !norm.chars().all(|c| "ivxlcdm".contains(c))
}
