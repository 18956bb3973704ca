//! Tokenisation of normalised French and English text.
//!
//! Runs over the canonical text of [`crate::Normalized`] (one apostrophe, one space),
//! and yields byte ranges in that text with a [`TokenKind`]. The rules, in the order
//! they apply at a token start:
//!
//! - a French elision is split off its host (`l'`, `d'`, `qu'`, `jusqu'`, `lorsqu'`);
//!   `aujourd'hui`, `quelqu'un` and `presqu'île` stay whole;
//! - an English clitic is split off its host (`Algeria` + `'s`, `do` + `n't`);
//! - hyphenated words stay whole (`sous-estimée`, `Tin-Zaouatine`), except inverted
//!   subject pronouns, which become their own token (`a` + `-t-il`);
//! - dotted abbreviations keep their dot (`M.`, `Mme.`, `av.`, `etc.`, `J.-C.`, `U.S.`);
//! - numbers keep their group separators and ordinal suffix (`1 400`, `1,400`, `2,5`,
//!   `1er`, `06/04/2025`, `2025-04-06`, `12h30`);
//! - ellipses and cut marks are one token (`...`, `[…]`, `(...)`).

use vigie_core::TokenKind;

use crate::abbrev;

/// A token as a byte range of the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawToken {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

/// Splits normalised `text` into tokens; every non-whitespace character ends up in
/// exactly one token.
pub(crate) fn tokenize(text: &str, out: &mut Vec<RawToken>) {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < text.len() {
        let b = bytes[at];
        if b.is_ascii_whitespace() {
            at += 1;
            continue;
        }
        let c = if b < 0x80 {
            b as char
        } else {
            text[at..].chars().next().unwrap_or(' ')
        };
        if c.is_whitespace() {
            at += c.len_utf8();
            continue;
        }
        at = if c.is_ascii_digit() {
            number(text, at, out)
        } else if c.is_alphanumeric() {
            word(text, at, out)
        } else {
            punct(text, at, c, out)
        };
    }
}

fn push(out: &mut Vec<RawToken>, start: usize, end: usize, kind: TokenKind) {
    out.push(RawToken { start, end, kind });
}

fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|s| s.chars().next())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

/// End of the run of word characters starting at `at`.
fn word_run(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = at;
    while end < text.len() {
        let b = bytes[end];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                end += 1;
                continue;
            }
            break;
        }
        match char_at(text, end) {
            Some(c) if is_word_char(c) => end += c.len_utf8(),
            _ => break,
        }
    }
    end
}

fn word(text: &str, start: usize, out: &mut Vec<RawToken>) -> usize {
    let bytes = text.as_bytes();
    if let Some(end) = dotted_abbreviation(text, start) {
        let kind = if text[start..end].chars().any(char::is_lowercase) {
            TokenKind::Word
        } else {
            TokenKind::Acronym
        };
        push(out, start, end, kind);
        return end;
    }
    let mut end = word_run(text, start);
    loop {
        match bytes.get(end) {
            Some(b'-') if char_at(text, end + 1).is_some_and(is_word_char) => {
                end = word_run(text, end + 1);
            }
            Some(b'\'') => {
                let host = &text[start..end];
                if abbrev::is_elision(host) {
                    push(out, start, end + 1, TokenKind::Elision);
                    return end + 1;
                }
                let after = end + 1;
                if !char_at(text, after).is_some_and(char::is_alphabetic) {
                    break;
                }
                let tail_end = word_run(text, after);
                let tail = &text[after..tail_end];
                let tail_closes = !char_at(text, tail_end).is_some_and(|c| c == '-' || c == '\'');
                if tail_closes && abbrev::is_english_clitic(tail) {
                    if tail.eq_ignore_ascii_case("t")
                        && host.len() > 1
                        && host.ends_with(['n', 'N'])
                    {
                        push_word(text, start, end - 1, out);
                        push(out, end - 1, tail_end, TokenKind::Elision);
                    } else {
                        push_word(text, start, end, out);
                        push(out, end, tail_end, TokenKind::Elision);
                    }
                    return tail_end;
                }
                end = tail_end;
            }
            Some(b'.') if abbrev::keeps_dot(&text[start..end], char_at(text, end + 1)) => {
                push(out, start, end + 1, TokenKind::Word);
                return end + 1;
            }
            _ => break,
        }
    }
    if let Some(split) = inverted_pronoun(&text[start..end]) {
        push_word(text, start, start + split, out);
        push(out, start + split, end, TokenKind::Word);
    } else {
        push_word(text, start, end, out);
    }
    end
}

/// Pushes a word, telling acronyms (`AES`, `G5`, `COVID-19`) from other words.
fn push_word(text: &str, start: usize, end: usize, out: &mut Vec<RawToken>) {
    let s = &text[start..end];
    let mut letters = 0;
    let mut lower = false;
    for c in s.chars() {
        if c.is_alphabetic() {
            letters += 1;
            lower |= !c.is_uppercase();
        }
    }
    let kind = if letters >= 1 && !lower && s.chars().count() >= 2 {
        TokenKind::Acronym
    } else {
        TokenKind::Word
    };
    push(out, start, end, kind);
}

/// `U.S.`, `e.g.`, `J.-C.`, `a.m.`: single letters each followed by a dot, at least two.
fn dotted_abbreviation(text: &str, start: usize) -> Option<usize> {
    let mut at = start;
    let mut end = start;
    let mut pairs = 0;
    while next_is_letter_dot(text, at) {
        at += char_at(text, at).map_or(1, char::len_utf8) + 1;
        end = at;
        pairs += 1;
        if text.as_bytes().get(at) == Some(&b'-') && next_is_letter_dot(text, at + 1) {
            at += 1;
        }
    }
    (pairs >= 2).then_some(end)
}

fn next_is_letter_dot(text: &str, at: usize) -> bool {
    match char_at(text, at) {
        Some(c) if c.is_alphabetic() => text.as_bytes().get(at + c.len_utf8()) == Some(&b'.'),
        _ => false,
    }
}

/// Where an inverted subject pronoun starts in a hyphenated word (`a-t-il`, `dit-elle`).
fn inverted_pronoun(word: &str) -> Option<usize> {
    const PRONOUNS: [&str; 10] = [
        "-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles", "-il", "-elle", "-ils", "-elles", "-on",
    ];
    PRONOUNS.iter().find_map(|p| {
        let split = word.len().checked_sub(p.len())?;
        (split > 0 && word.is_char_boundary(split) && word[split..].eq_ignore_ascii_case(p))
            .then_some(split)
    })
}

fn number(text: &str, start: usize, out: &mut Vec<RawToken>) -> usize {
    let bytes = text.as_bytes();
    let digits = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let lead = digits(start);
    let mut end = start + lead;
    // thousands groups separated by spaces: "1 400", "12 000 000"
    if lead <= 3 {
        while bytes.get(end) == Some(&b' ')
            && digits(end + 1) == 3
            && !char_at(text, end + 4).is_some_and(is_word_char)
        {
            end += 4;
        }
    }
    loop {
        match bytes.get(end) {
            Some(b',' | b'.' | b'/') if digits(end + 1) > 0 => end += 1 + digits(end + 1),
            Some(b'-') if end - start == 4 && lead == 4 && digits(end + 1) == 2 => {
                end += 3;
            }
            Some(b'h' | b'H')
                if digits(end + 1) == 2 && !char_at(text, end + 3).is_some_and(is_word_char) =>
            {
                end += 3;
            }
            _ => break,
        }
    }
    let suffix_end = word_run(text, end);
    if suffix_end > end && abbrev::is_ordinal_suffix(&text[end..suffix_end]) {
        end = suffix_end;
    }
    push(out, start, end, TokenKind::Number);
    end
}

fn punct(text: &str, start: usize, c: char, out: &mut Vec<RawToken>) -> usize {
    let rest = &text[start..];
    for mark in ["[…]", "[...]", "(…)", "(...)"] {
        if rest.starts_with(mark) {
            push(out, start, start + mark.len(), TokenKind::Punct);
            return start + mark.len();
        }
    }
    let run = |set: &[u8]| rest.bytes().take_while(|b| set.contains(b)).count();
    let len = match c {
        '.' => run(b"."),
        '!' | '?' => run(b"!?"),
        '-' => run(b"-"),
        _ => c.len_utf8(),
    };
    let kind = if is_punctuation(c) {
        TokenKind::Punct
    } else {
        TokenKind::Symbol
    };
    push(out, start, start + len, kind);
    start + len
}

fn is_punctuation(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation() && !"$%&*+<=>^`|~#@\\_".contains(c);
    }
    matches!(
        c,
        '«' | '»'
            | '‹'
            | '›'
            | '–'
            | '—'
            | '―'
            | '…'
            | '¡'
            | '¿'
            | '·'
            | '•'
            | '‚'
            | '„'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '〈'
            | '〉'
            | '《'
            | '》'
            | '「'
            | '」'
            | '、'
            | '。'
            | '，'
            | '：'
            | '；'
            | '！'
            | '？'
    )
}
