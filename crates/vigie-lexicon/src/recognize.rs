//! Recognition, first stage: dictionary phrases found in a sentence's tokens.
//!
//! Each position takes the longest phrase of the trie that starts there and whose
//! constraints hold (names and capitals must be capitalised in the text, so `sucre` is
//! not Sucre). Role nouns may carry a country adjective after their first word, which is
//! how "ministère algérien de la Défense" matches the phrase "ministère de la Défense".
//! Aliases bound earlier in the document are single tokens looked up first. The result
//! is a list of pieces that [`crate::compose`] turns into mentions.

use vigie_core::{Lang, Token, TokenKind};

use crate::entry::EntryKind;
use crate::trie::{PhraseTrie, Sense, SenseKind};
use crate::Lexicon;

/// What a piece of a sentence is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum What {
    /// A name of a country, organisation, group or person entry.
    Name(u32),
    /// A capital of a country entry.
    Capital(u32),
    /// An adjective of an entry; `demonym` when used as a noun.
    Adjective {
        /// The entry (country or organisation).
        entry: u32,
        /// True for `les Maliens`, `Malians`.
        demonym: bool,
    },
    /// A role noun, with the adjective found inside it, if any.
    Role {
        /// The role entry.
        entry: u32,
        /// The entry of an adjective inserted after the first word.
        inserted: Option<u32>,
    },
    /// An alias bound earlier in the document, by its norm.
    Alias(String),
    /// A phrase to ignore.
    Ignore,
}

/// A recognised piece: tokens `start..end` of the sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Piece {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What it is.
    pub what: What,
}

/// True when the token's surface starts with a capital letter.
pub(crate) fn is_capitalised(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Acronym
        || text
            .get(token.span.range())
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase)
}

/// True when the token's surface has a capital letter anywhere (`al-Qaïda`).
fn has_capital(text: &str, token: &Token) -> bool {
    text.get(token.span.range())
        .is_some_and(|s| s.chars().any(char::is_uppercase))
}

/// Finds the dictionary pieces of one sentence, left to right, without overlaps.
pub(crate) fn find_pieces(
    lexicon: &Lexicon,
    text: &str,
    tokens: &[Token],
    lang: Lang,
    is_alias: impl Fn(&str) -> bool,
) -> Vec<Piece> {
    let trie = &lexicon.trie;
    let symbols: Vec<Option<u32>> = tokens.iter().map(|t| trie.symbol(&t.norm)).collect();
    let mut pieces = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let mut best = longest_at(lexicon, text, tokens, lang, &symbols, i);
        if let Some(inserted) = role_with_adjective(lexicon, &symbols, i) {
            if best.as_ref().is_none_or(|b| inserted.end > b.end) {
                best = Some(inserted);
            }
        }
        if is_alias(&tokens[i].norm) && best.as_ref().is_none_or(|b| b.end == i + 1) {
            best = Some(Piece {
                start: i,
                end: i + 1,
                what: What::Alias(tokens[i].norm.to_string()),
            });
        }
        match best {
            Some(piece) => {
                i = piece.end;
                pieces.push(piece);
            }
            None => i += 1,
        }
    }
    pieces
}

/// The longest trie phrase starting at `start` that has a usable sense.
fn longest_at(
    lexicon: &Lexicon,
    text: &str,
    tokens: &[Token],
    lang: Lang,
    symbols: &[Option<u32>],
    start: usize,
) -> Option<Piece> {
    let trie = &lexicon.trie;
    let mut capitalised = false;
    let mut node = PhraseTrie::ROOT;
    let mut best = None;
    for (offset, symbol) in symbols[start..].iter().enumerate() {
        let Some(next) = symbol.and_then(|s| trie.step(node, s)) else {
            break;
        };
        node = next;
        let end = start + offset + 1;
        capitalised |= has_capital(text, &tokens[end - 1]);
        // A sense written for the sentence's language wins a tie (`militants` is CVL in
        // French, INS in English); a sense of the other language still applies, so a
        // misidentified sentence loses little.
        let chosen = trie
            .senses(node)
            .iter()
            .filter_map(|sense| {
                let other_lang = lang.is_supported() && sense.lang.is_some_and(|l| l != lang);
                usable(lexicon, sense, capitalised, text, &tokens[start])
                    .map(|(rank, what)| ((other_lang, rank), what))
            })
            .min_by_key(|(rank, _)| *rank);
        if let Some((_, what)) = chosen {
            best = Some(Piece { start, end, what });
        }
    }
    best
}

/// The meaning of `sense` at a token, with its priority (lower wins), or `None` when
/// its constraints do not hold.
fn usable(
    lexicon: &Lexicon,
    sense: &Sense,
    capitalised: bool,
    text: &str,
    first: &Token,
) -> Option<(u8, What)> {
    let entry = lexicon.entries.get(sense.entry as usize)?;
    if (sense.needs_capital && !capitalised) || (sense.acronym && first.kind != TokenKind::Acronym)
    {
        return None;
    }
    match sense.kind {
        SenseKind::Name if entry.kind == EntryKind::Ignore => Some((0, What::Ignore)),
        SenseKind::Name => Some((1, What::Name(sense.entry))),
        SenseKind::Role => Some((
            2,
            What::Role {
                entry: sense.entry,
                inserted: None,
            },
        )),
        SenseKind::Capital => Some((3, What::Capital(sense.entry))),
        SenseKind::Adjective { plural } => {
            // French adjectives are lowercase; capitalised, they are nouns (les Maliens).
            let french_noun = sense.lang != Some(Lang::En)
                && is_capitalised(text, first)
                && first.kind != TokenKind::Acronym
                && !is_sentence_start(text, first);
            Some((
                4,
                What::Adjective {
                    entry: sense.entry,
                    demonym: plural || french_noun,
                },
            ))
        }
    }
}

/// True when nothing but spaces and opening punctuation precede the token in `text`
/// on its line, a rough sentence start used to read capitals with care.
fn is_sentence_start(text: &str, token: &Token) -> bool {
    let before = text.get(..token.span.start as usize).unwrap_or_default();
    before
        .trim_end_matches(|c: char| c.is_whitespace() || "«\"“(".contains(c))
        .chars()
        .last()
        .is_none_or(|c| ".!?\n".contains(c))
}

/// A role phrase whose first word is followed by an adjective before the rest:
/// `ministère algérien de la Défense`, `autorités maliennes de transition`.
fn role_with_adjective(lexicon: &Lexicon, symbols: &[Option<u32>], start: usize) -> Option<Piece> {
    let trie = &lexicon.trie;
    let first = trie.step(PhraseTrie::ROOT, symbols.get(start).copied()??)?;
    let adjective_node = trie.step(PhraseTrie::ROOT, symbols.get(start + 1).copied()??)?;
    let adjective = trie
        .senses(adjective_node)
        .iter()
        .find(|s| matches!(s.kind, SenseKind::Adjective { plural: false }))?;
    let mut node = first;
    let mut best = None;
    for (offset, symbol) in symbols.get(start + 2..)?.iter().enumerate() {
        let Some(next) = symbol.and_then(|s| trie.step(node, s)) else {
            break;
        };
        node = next;
        if let Some(role) = trie.senses(node).iter().find(|s| s.kind == SenseKind::Role) {
            best = Some(Piece {
                start,
                end: start + offset + 3,
                what: What::Role {
                    entry: role.entry,
                    inserted: Some(adjective.entry),
                },
            });
        }
    }
    best
}
