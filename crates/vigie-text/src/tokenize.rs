//! Tokenisation of French and English text, straight on the original bytes.
//!
//! Yields tokens whose spans are byte ranges of the original text, so they need no
//! mapping back, with their folded forms. Typographic variants are recognised where they occur: every
//! apostrophe (`'`, `’`, `ʼ`), hyphen (`-`, U+2010, U+2011) and space (including
//! non-breaking and thin ones) counts as such; soft hyphens and combining accents stay
//! inside their word; zero-width characters and BOMs count as space. The rules, in the
//! order they apply at a token start:
//!
//! - a French elision is split off its host (`l’`, `d’`, `qu’`, `jusqu’`, `lorsqu’`);
//!   `aujourd’hui`, `quelqu’un` and `presqu’île` stay whole;
//! - an English clitic is split off its host (`Algeria` + `’s`, `do` + `n’t`);
//! - hyphenated words stay whole (`sous-estimée`, `Tin-Zaouatine`), except inverted
//!   subject pronouns, which become their own token (`a` + `-t-il`);
//! - dotted abbreviations keep their dot (`M.`, `Mme.`, `av.`, `etc.`, `J.-C.`, `U.S.`);
//! - numbers keep their group separators and ordinal suffix (`1 400`, `1,400`, `2,5`,
//!   `1er`, `06/04/2025`, `2025-04-06`, `12h30`);
//! - ellipses and cut marks are one token (`...`, `[…]`, `(...)`).

use unicode_normalization::char::is_combining_mark;
use vigie_core::{CompactString, Span, Token, TokenKind};

use crate::abbrev;
use crate::fold::fold_into;

/// Collects tokens as the scanner finds them, with their folded forms.
struct Sink<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    /// Reused buffer for folding non-ASCII tokens.
    scratch: String,
}

impl Sink<'_> {
    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        let surface = &self.text[start..end];
        let norm = if surface.is_ascii() && kind != TokenKind::Number {
            let mut norm = CompactString::new(surface);
            norm.as_mut_str().make_ascii_lowercase();
            norm
        } else {
            self.scratch.clear();
            fold_into(surface, &mut self.scratch);
            if kind == TokenKind::Number {
                self.scratch.retain(|c| c != ' ');
            }
            CompactString::new(&self.scratch)
        };
        self.tokens.push(Token {
            span: Span::new(start, end),
            kind,
            norm,
        });
    }
}

/// Splits `text` into tokens; every character that is not a space ends up in exactly
/// one token, and every token carries its folded form.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut sink = Sink {
        text,
        tokens: Vec::with_capacity(text.len() / 5),
        scratch: String::new(),
    };
    let out = &mut sink;
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < text.len() {
        let b = bytes[at];
        if b < 0x80 {
            at = match CLASS[b as usize] {
                SPACE => at + 1,
                DIGIT => number(text, at, out),
                LETTER => word(text, at, out),
                _ => punct(text, at, b as char, out),
            };
            continue;
        }
        let c = char_at(text, at).unwrap_or(' ');
        at = if is_space(c) {
            at + c.len_utf8()
        } else if is_word_char(c) {
            word(text, at, out)
        } else {
            punct(text, at, c, out)
        };
    }
    sink.tokens
}

const OTHER: u8 = 0;
const SPACE: u8 = 1;
const DIGIT: u8 = 2;
const LETTER: u8 = 3;

/// The class of each ASCII byte.
static CLASS: [u8; 128] = {
    let mut class = [OTHER; 128];
    let mut b = 0;
    while b < 128 {
        class[b] = match b as u8 {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => SPACE,
            b'0'..=b'9' => DIGIT,
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            _ => OTHER,
        };
        b += 1;
    }
    class
};

/// Spaces of every kind, and the invisible characters that separate like them.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{200C}' | '\u{200D}'
        )
}

fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|s| s.chars().next())
}

fn is_word_char(c: char) -> bool {
    // Latin-1 and Latin Extended letters, the bulk of French text, without a table look-up
    if ('\u{C0}'..='\u{24F}').contains(&c) {
        return c != '×' && c != '÷';
    }
    // typographic punctuation and spaces (’ « » – … NBSP), also without one
    if ('\u{2000}'..='\u{206F}').contains(&c) || matches!(c, '\u{A0}' | '«' | '»' | '°' | '·') {
        return false;
    }
    c.is_alphanumeric() || c == '\u{AD}' || is_combining_mark(c)
}

/// Length of the apostrophe at `at`, if there is one.
fn apostrophe(text: &str, at: usize) -> Option<usize> {
    let rest = text.as_bytes().get(at..)?;
    match rest {
        [b'\'', ..] => Some(1),
        [0xE2, 0x80, 0x99, ..] => Some(3),
        [0xCA, 0xBC, ..] => Some(2),
        _ => None,
    }
}

/// Length of the hyphen at `at`, if there is one.
fn hyphen(text: &str, at: usize) -> Option<usize> {
    match text.as_bytes().get(at..)? {
        [b'-', ..] => Some(1),
        [0xE2, 0x80, 0x90 | 0x91, ..] => Some(3),
        _ => None,
    }
}

/// Length of the space between two digit groups at `at` (` `, NBSP, narrow NBSP, thin).
fn group_space(text: &str, at: usize) -> Option<usize> {
    match text.as_bytes().get(at..)? {
        [b' ', ..] => Some(1),
        [0xC2, 0xA0, ..] => Some(2),
        [0xE2, 0x80, 0xAF | 0x89, ..] => Some(3),
        _ => None,
    }
}

/// End of the run of word characters starting at `at`.
fn word_run(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = at;
    while end < bytes.len() {
        let b = bytes[end];
        if b < 0x80 {
            if CLASS[b as usize] >= DIGIT {
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

fn word(text: &str, start: usize, out: &mut Sink<'_>) -> usize {
    let bytes = text.as_bytes();
    if let Some(end) = dotted_abbreviation(text, start) {
        let kind = if text[start..end].chars().any(char::is_lowercase) {
            TokenKind::Word
        } else {
            TokenKind::Acronym
        };
        out.push(start, end, kind);
        return end;
    }
    let mut end = word_run(text, start);
    let mut hyphenated = false;
    loop {
        if let Some(h) =
            hyphen(text, end).filter(|&h| char_at(text, end + h).is_some_and(is_word_char))
        {
            end = word_run(text, end + h);
            hyphenated = true;
        } else if let Some(a) = apostrophe(text, end) {
            let host = &text[start..end];
            if abbrev::is_elision(host) {
                out.push(start, end + a, TokenKind::Elision);
                return end + a;
            }
            let after = end + a;
            if !char_at(text, after).is_some_and(char::is_alphabetic) {
                break;
            }
            let tail_end = word_run(text, after);
            let tail = &text[after..tail_end];
            let tail_closes =
                hyphen(text, tail_end).is_none() && apostrophe(text, tail_end).is_none();
            if tail_closes && abbrev::is_english_clitic(tail) {
                let n_t =
                    tail.eq_ignore_ascii_case("t") && host.len() > 1 && host.ends_with(['n', 'N']);
                let split = if n_t { end - 1 } else { end };
                push_word(text, start, split, out);
                out.push(split, tail_end, TokenKind::Elision);
                return tail_end;
            }
            end = tail_end;
        } else if bytes.get(end) == Some(&b'.') && abbrev::keeps_dot(&text[start..end]) {
            out.push(start, end + 1, TokenKind::Word);
            return end + 1;
        } else {
            break;
        }
    }
    match hyphenated
        .then(|| inverted_pronoun(&text[start..end]))
        .flatten()
    {
        Some(split) => {
            push_word(text, start, start + split, out);
            out.push(start + split, end, TokenKind::Word);
        }
        None => push_word(text, start, end, out),
    }
    end
}

/// Pushes a word, telling acronyms (`AES`, `G5`, `COVID-19`) from other words.
fn push_word(text: &str, start: usize, end: usize, out: &mut Sink<'_>) {
    let s = &text[start..end];
    let acronym = !s.as_bytes()[0].is_ascii_lowercase() && s.len() >= 2 && {
        let mut letters = 0;
        let mut lower = false;
        for c in s.chars() {
            if c.is_alphabetic() {
                letters += 1;
                lower |= !c.is_uppercase();
            }
        }
        letters >= 1 && !lower && s.chars().count() >= 2
    };
    let kind = if acronym {
        TokenKind::Acronym
    } else {
        TokenKind::Word
    };
    out.push(start, end, kind);
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
    let bytes = text.as_bytes();
    // fast rejection: neither an ASCII letter nor a two-byte letter is followed by a dot
    if bytes.get(at + 1) != Some(&b'.') && bytes.get(at + 2) != Some(&b'.') {
        return false;
    }
    match char_at(text, at) {
        Some(c) if c.is_alphabetic() => bytes.get(at + c.len_utf8()) == Some(&b'.'),
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

fn number(text: &str, start: usize, out: &mut Sink<'_>) -> usize {
    let bytes = text.as_bytes();
    let digits = |from: usize| {
        bytes
            .get(from..)
            .map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count())
    };
    let lead = digits(start);
    let mut end = start + lead;
    // thousands groups separated by spaces: "1 400", "12 000 000"
    if lead <= 3 {
        while let Some(sp) = group_space(text, end) {
            let group = end + sp;
            if digits(group) != 3 || char_at(text, group + 3).is_some_and(is_word_char) {
                break;
            }
            end = group + 3;
        }
    }
    loop {
        match bytes.get(end) {
            Some(b',' | b'.' | b'/') if digits(end + 1) > 0 => end += 1 + digits(end + 1),
            // ISO dates: 2025-04, 2025-04-06
            Some(b'-') if lead == 4 && matches!(end - start, 4 | 7) && digits(end + 1) == 2 => {
                end += 3
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
    out.push(start, end, TokenKind::Number);
    end
}

fn punct(text: &str, start: usize, c: char, out: &mut Sink<'_>) -> usize {
    let rest = &text[start..];
    for mark in ["[…]", "[...]", "(…)", "(...)"] {
        if rest.starts_with(mark) {
            out.push(start, start + mark.len(), TokenKind::Punct);
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
    out.push(start, start + len, kind);
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
            | '‐'
            | '‑'
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
            | 'ʼ'
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
