//! Sentence splitting for French and English.
//!
//! Works over the tokens of the original text and the spaces between them. A
//! sentence ends:
//!
//! - at a blank line (which also starts a new paragraph);
//! - at a single line break (a headline, a list item), unless the document is
//!   hard-wrapped (many of its line breaks continue a sentence in lowercase), in which
//!   case only breaks before list items end a sentence;
//! - after `.`, `!`, `?`, `…` and closing quotes or brackets that follow them, when the
//!   next token opens a sentence (a capital, a digit, an opening quote or dash): so
//!   `« Non ! » a-t-il dit` and `… et` do not end one;
//! - after an abbreviation that may close a sentence (`etc.`, `J.-C.`, `U.S.`), only when
//!   a line break or a typical sentence opener (`Le`, `The`, `Selon`) follows.
//!
//! Other abbreviations (`M.`, `Dr.`), decimals and list numbers (`1.`) never end one.

use vigie_core::{Token, TokenKind};

use crate::abbrev;

/// A sentence as a range of tokens, with its paragraph number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawSentence {
    pub tokens: std::ops::Range<usize>,
    pub paragraph: usize,
}

/// What separates two consecutive tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// Nothing: the tokens touch.
    None,
    /// Spaces or tabs only.
    Space,
    /// One line break.
    Line,
    /// Two or more line breaks.
    Blank,
}

fn gap(text: &str, from: usize, to: usize) -> Gap {
    let between = &text.as_bytes()[from..to];
    match between {
        [] => return Gap::None,
        [b' '] => return Gap::Space,
        _ => {}
    }
    // line ends: \n, \r\n, a lone \r, and the Unicode line and paragraph separators
    let mut lines = 0;
    for (i, &b) in between.iter().enumerate() {
        lines += match b {
            b'\n' => 1,
            b'\r' if between.get(i + 1) != Some(&b'\n') => 1,
            0xE2 if between[i..].starts_with("\u{2028}".as_bytes()) => 1,
            0xE2 if between[i..].starts_with("\u{2029}".as_bytes()) => 2,
            _ => 0,
        };
    }
    match lines {
        0 => Gap::Space,
        1 => Gap::Line,
        _ => Gap::Blank,
    }
}

/// Splits `tokens` of `text` into sentences.
pub(crate) fn split(text: &str, tokens: &[Token]) -> Vec<RawSentence> {
    let mut sentences = Vec::with_capacity(tokens.len() / 16);
    if tokens.is_empty() {
        return sentences;
    }
    let gaps: Vec<Gap> = std::iter::once(Gap::Blank)
        .chain(
            tokens
                .windows(2)
                .map(|w| gap(text, w[0].span.end as usize, w[1].span.start as usize)),
        )
        .collect();
    let wrapped = is_hard_wrapped(text, tokens, &gaps);
    let mut start = 0;
    let mut paragraph = 0;
    let mut line_start = 0;
    let mut i = 0;
    while i < tokens.len() {
        // `last` is the sentence's last token if it ends here, `i` moves past it
        let mut end_here = None;
        if let Some(last) = terminal_end(text, tokens, &gaps, i, line_start) {
            end_here = Some(last);
        }
        let next = end_here.map_or(i + 1, |last| last + 1);
        if next < tokens.len() {
            match gaps[next] {
                Gap::Blank => end_here = Some(next - 1),
                Gap::Line => {
                    line_start = next;
                    if !wrapped || starts_list_item(text, tokens, next) || end_here.is_some() {
                        end_here = Some(next - 1);
                    }
                }
                _ => {}
            }
        } else {
            end_here = Some(tokens.len() - 1);
        }
        if let Some(last) = end_here {
            sentences.push(RawSentence {
                tokens: start..last + 1,
                paragraph,
            });
            start = last + 1;
            if start < tokens.len() && gaps[start] == Gap::Blank {
                paragraph += 1;
            }
        }
        i = next;
    }
    sentences
}

/// When token `i` ends a sentence by punctuation, the index of the sentence's last
/// token (after any closing quotes and brackets).
fn terminal_end(
    text: &str,
    tokens: &[Token],
    gaps: &[Gap],
    i: usize,
    line_start: usize,
) -> Option<usize> {
    let tok = &tokens[i];
    let surface = tok.span.slice(text);
    let strict = match tok.kind {
        TokenKind::Punct if surface.starts_with(['.', '!', '?', '…']) => {
            if surface == "." && is_list_number(tokens, i, line_start) {
                return None;
            }
            false
        }
        TokenKind::Word | TokenKind::Acronym
            if tok.norm.ends_with('.') && abbrev::may_end_sentence(&tok.norm) =>
        {
            true
        }
        _ => return None,
    };
    let mut last = i;
    while last + 1 < tokens.len()
        && matches!(gaps[last + 1], Gap::None | Gap::Space)
        && is_closer(text, tokens, gaps, last + 1)
    {
        last += 1;
    }
    let next = last + 1;
    if next >= tokens.len() {
        return Some(last);
    }
    match gaps[next] {
        Gap::None => return None,
        Gap::Line | Gap::Blank => return Some(last),
        Gap::Space => {}
    }
    let opener = tokens[next].span.slice(text);
    let first = opener.chars().next()?;
    let opens = if strict {
        first.is_uppercase() && abbrev::is_sentence_starter(&tokens[next].norm)
    } else {
        first.is_uppercase()
            || first.is_ascii_digit()
            || matches!(
                first,
                '«' | '"' | '“' | '(' | '[' | '–' | '—' | '-' | '¿' | '¡' | '‹'
            )
    };
    opens.then_some(last)
}

/// A closing quote or bracket attached to the end of a sentence.
fn is_closer(text: &str, tokens: &[Token], gaps: &[Gap], j: usize) -> bool {
    match tokens[j].span.slice(text) {
        "»" | "”" | ")" | "]" | "›" | "’" => true,
        // a straight quote closes when it is not glued to the word after it
        "\"" | "'" => j + 1 >= tokens.len() || gaps[j + 1] != Gap::None,
        _ => false,
    }
}

/// `1.` or `12.` opening a line: a list number, not a sentence end.
fn is_list_number(tokens: &[Token], dot: usize, line_start: usize) -> bool {
    dot > 0
        && dot - 1 == line_start
        && tokens[dot - 1].kind == TokenKind::Number
        && tokens[dot - 1].span.len() <= 2
}

/// Whether the line starting at token `i` is a list item (`- `, `• `, `1. `, `a) `).
fn starts_list_item(text: &str, tokens: &[Token], i: usize) -> bool {
    let first = tokens[i].span.slice(text);
    if matches!(first, "-" | "–" | "—" | "•" | "*" | "·" | "▪" | "►") {
        return true;
    }
    let short = first.chars().count() <= 2;
    let marker = tokens
        .get(i + 1)
        .map(|t| t.span.slice(text))
        .is_some_and(|s| s == "." || s == ")");
    short
        && marker
        && (tokens[i].kind == TokenKind::Number || first.chars().all(char::is_alphabetic))
}

/// A document is hard-wrapped when at least three of its single line breaks fall
/// inside a sentence and at least 40% of them continue in lowercase.
fn is_hard_wrapped(text: &str, tokens: &[Token], gaps: &[Gap]) -> bool {
    let mut breaks = 0;
    let mut lowercase = 0;
    for (i, g) in gaps.iter().enumerate().skip(1) {
        if *g != Gap::Line {
            continue;
        }
        breaks += 1;
        let next = tokens[i].span.slice(text);
        if next.chars().next().is_some_and(char::is_lowercase) {
            lowercase += 1;
        }
    }
    breaks >= 3 && lowercase * 10 >= breaks * 4
}
