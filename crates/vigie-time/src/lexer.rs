//! Lexing: the folded text cut into words, numbers and single punctuation marks.
//!
//! The grammar works on these tokens, never on raw characters. Hyphens and apostrophes
//! are tokens of their own (`mi-2024` is `mi`, `-`, `2024`; `aujourd'hui` is `aujourd`,
//! `'`, `hui`), and every token remembers whether a space came before it, so rules can
//! demand that parts be written together (`06/04/2025`, `1er`, `mi-mars`).

use crate::fold::Folded;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// ASCII letters.
    Word,
    /// ASCII digits.
    Num,
    /// One other non-space character.
    Punct,
}

/// One token of the folded text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    /// First folded byte.
    pub start: u32,
    /// One past the last folded byte.
    pub end: u32,
    /// What it is made of.
    pub kind: TokKind,
    /// True when whitespace (or the start of the text) comes right before it.
    pub space_before: bool,
    /// True when its first original character is an uppercase letter.
    pub cap: bool,
    /// Numeric value of a number token (saturating), 0 otherwise.
    pub value: u32,
}

/// Cuts the folded text into tokens.
pub(crate) fn lex(folded: &Folded, original: &str) -> Vec<Tok> {
    let bytes = folded.text.as_bytes();
    let mut toks = Vec::with_capacity(bytes.len() / 4);
    let mut i = 0;
    let mut space_before = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
            space_before = true;
            i += 1;
            continue;
        }
        let start = i;
        let kind = if b.is_ascii_lowercase() {
            while i < bytes.len() && bytes[i].is_ascii_lowercase() {
                i += 1;
            }
            TokKind::Word
        } else if b.is_ascii_digit() {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            TokKind::Num
        } else {
            i += 1;
            TokKind::Punct
        };
        let value = if kind == TokKind::Num {
            bytes[start..i].iter().fold(0u32, |acc, d| {
                acc.saturating_mul(10).saturating_add(u32::from(d - b'0'))
            })
        } else {
            0
        };
        toks.push(Tok {
            start: start as u32,
            end: i as u32,
            kind,
            space_before,
            cap: kind == TokKind::Word && starts_upper(original, folded.orig[start] as usize),
            value,
        });
        space_before = false;
    }
    toks
}

/// True when the original character at byte `at` is an uppercase letter.
fn starts_upper(original: &str, at: usize) -> bool {
    match original.as_bytes().get(at) {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => original
            .get(at..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    #[test]
    fn splits_hyphens_apostrophes_and_ordinals() {
        let text = "mi-2024, aujourd’hui 1er";
        let f = fold(text);
        let toks = lex(&f, text);
        let words: Vec<&str> = toks
            .iter()
            .map(|t| &f.text[t.start as usize..t.end as usize])
            .collect();
        assert_eq!(
            words,
            ["mi", "-", "2024", ",", "aujourd", "'", "hui", "1", "er"]
        );
        assert!(!toks[1].space_before && !toks[2].space_before);
        assert!(toks[4].space_before);
        assert!(!toks[8].space_before);
        assert_eq!(toks[2].value, 2024);
    }
}
