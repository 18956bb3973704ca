//! Sentence splitting for French and English.
//!
//! Works over the tokens of the normalised text and the whitespace between them. A
//! sentence ends:
//!
//! - at a blank line (which also starts a new paragraph);
//! - at a single line break, unless the document is hard-wrapped (most of its line
//!   breaks continue a sentence in lowercase), in which case only breaks before list
//!   items and after short lines end a sentence;
//! - after `.`, `!`, `?`, `…` and closing quotes or brackets that follow them, when the
//!   next token opens a sentence (a capital, a digit, an opening quote or dash): so
//!   `« Non ! » a-t-il dit` and `… et` do not end one;
//! - after an abbreviation that may close a sentence (`etc.`, `J.-C.`, `U.S.`), only when
//!   a line break or a typical sentence opener (`Le`, `The`, `Selon`) follows.
//!
//! Other abbreviations (`M.`, `Dr.`), decimals and list numbers (`1.`) never end one.

use vigie_core::TokenKind;

use crate::abbrev;
use crate::tokenize::RawToken;

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
    match between.iter().filter(|&&b| b == b'\n').count() {
        _ if between.is_empty() => Gap::None,
        0 => Gap::Space,
        1 => Gap::Line,
        _ => Gap::Blank,
    }
}

/// Splits `tokens` of `text` into sentences.
pub(crate) fn split(text: &str, tokens: &[RawToken], folded: &[&str]) -> Vec<RawSentence> {
    let mut sentences = Vec::new();
    if tokens.is_empty() {
        return sentences;
    }
    let gaps: Vec<Gap> = std::iter::once(Gap::Blank)
        .chain(tokens.windows(2).map(|w| gap(text, w[0].end, w[1].start)))
        .collect();
    let wrapped = is_hard_wrapped(text, tokens, &gaps);
    let mut start = 0;
    let mut paragraph = 0;
    let mut line_start = 0;
    let mut i = 0;
    while i < tokens.len() {
        // `last` is the sentence's last token if it ends here, `i` moves past it
        let mut end_here = None;
        if let Some(last) = terminal_end(text, tokens, folded, &gaps, i, line_start) {
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
    tokens: &[RawToken],
    folded: &[&str],
    gaps: &[Gap],
    i: usize,
    line_start: usize,
) -> Option<usize> {
    let tok = tokens[i];
    let surface = &text[tok.start..tok.end];
    let strict = match tok.kind {
        TokenKind::Punct if surface.starts_with(['.', '!', '?', '…']) => {
            if surface == "." && is_list_number(tokens, i, line_start) {
                return None;
            }
            false
        }
        TokenKind::Word | TokenKind::Acronym if abbrev::may_end_sentence(folded[i]) => true,
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
    let opener = &text[tokens[next].start..tokens[next].end];
    let first = opener.chars().next()?;
    let opens = if strict {
        first.is_uppercase() && abbrev::is_sentence_starter(folded[next])
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
fn is_closer(text: &str, tokens: &[RawToken], gaps: &[Gap], j: usize) -> bool {
    match &text[tokens[j].start..tokens[j].end] {
        "»" | "”" | ")" | "]" | "›" => true,
        // a straight quote closes when it is not glued to the word after it
        "\"" | "'" => j + 1 >= tokens.len() || gaps[j + 1] != Gap::None,
        _ => false,
    }
}

/// `1.` or `12.` opening a line: a list number, not a sentence end.
fn is_list_number(tokens: &[RawToken], dot: usize, line_start: usize) -> bool {
    dot > 0
        && dot - 1 == line_start
        && tokens[dot - 1].kind == TokenKind::Number
        && tokens[dot - 1].end - tokens[dot - 1].start <= 2
}

/// Whether the line starting at token `i` is a list item (`- `, `• `, `1. `, `a) `).
fn starts_list_item(text: &str, tokens: &[RawToken], i: usize) -> bool {
    let first = &text[tokens[i].start..tokens[i].end];
    if matches!(first, "-" | "–" | "—" | "•" | "*" | "·" | "▪" | "►") {
        return true;
    }
    let short = first.chars().count() <= 2;
    let marker = tokens
        .get(i + 1)
        .map(|t| &text[t.start..t.end])
        .is_some_and(|s| s == "." || s == ")");
    short
        && marker
        && (tokens[i].kind == TokenKind::Number || first.chars().all(char::is_alphabetic))
}

/// A document is hard-wrapped when at least three of its single line breaks fall
/// inside a sentence and at least 40% of them continue in lowercase.
fn is_hard_wrapped(text: &str, tokens: &[RawToken], gaps: &[Gap]) -> bool {
    let mut breaks = 0;
    let mut lowercase = 0;
    for (i, g) in gaps.iter().enumerate().skip(1) {
        if *g != Gap::Line {
            continue;
        }
        breaks += 1;
        let next = &text[tokens[i].start..tokens[i].end];
        if next.chars().next().is_some_and(char::is_lowercase) {
            lowercase += 1;
        }
    }
    breaks >= 3 && lowercase * 10 >= breaks * 4
}
