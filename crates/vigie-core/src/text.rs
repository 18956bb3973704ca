//! Tokens and sentences: the output of the text layer.

pub use compact_str::CompactString;
use serde::{Deserialize, Serialize};

use crate::{Lang, Span};

/// What kind of thing a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// A word, possibly hyphenated (`sous-estimée`, `Tin-Zaouatine`).
    Word,
    /// An elided article, pronoun or conjunction split off its host (`l’`, `d’`, `qu’`),
    /// or an English clitic (`’s`, `n’t`).
    Elision,
    /// A word written in capitals, with or without dots (`AES`, `ONU`, `U.S.`).
    Acronym,
    /// A number, with its group separators and ordinal suffix (`1 400`, `2,5`, `1er`,
    /// `06/04/2025`).
    Number,
    /// Punctuation (`.`, `,`, `«`, `–`, `…`, `[…]`).
    Punct,
    /// Any other symbol (`%`, `€`, `°`).
    Symbol,
}

/// One token of a document.
///
/// `span` points at the original text; `norm` is the token's search form: NFC,
/// lowercase, accents removed, typographic apostrophes and ligatures spelled out in
/// ASCII (`L’Algérie` gives `l'` and `algerie`). The surface text is never replaced.
/// `norm` is a [`CompactString`]: it dereferences to `str`, and forms of up to 24
/// bytes (nearly all) live inline, without an allocation per token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Byte span in the original text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
    /// Case- and accent-folded form, for matching.
    pub norm: CompactString,
}

/// One sentence (or headline, or list item) of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Index of the sentence in its document, from 0.
    pub index: usize,
    /// Byte span in the original text, without surrounding whitespace.
    pub span: Span,
    /// Index of the paragraph (blank-line separated block) it belongs to, from 0.
    pub paragraph: usize,
    /// Language of the sentence.
    pub lang: Lang,
    /// When this sentence repeats another one of the same document (a pull quote, an
    /// exact, truncated or cut copy), the index of the longer copy.
    pub repeat_of: Option<usize>,
    /// The range of this sentence's tokens in the document's token list.
    pub tokens: std::ops::Range<usize>,
}
