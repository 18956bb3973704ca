//! `vigie split`: sentences and tokens as JSON lines.

use std::io::Write;

use serde::Serialize;
use vigie_core::{Lang, Span, TokenKind};
use vigie_text::TextAnalysis;

/// One output line of `vigie split`.
#[derive(Serialize)]
struct SentenceLine<'a> {
    doc: &'a str,
    sentence: usize,
    span: Span,
    text: &'a str,
    lang: Lang,
    paragraph: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    repeat_of: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tokens: Option<Vec<TokenLine<'a>>>,
}

#[derive(Serialize)]
struct TokenLine<'a> {
    span: Span,
    text: &'a str,
    kind: TokenKind,
    norm: &'a str,
}

/// Writes one JSON line per sentence of an analysed document.
pub fn write_sentences(
    out: &mut impl Write,
    doc: &str,
    text: &str,
    analysis: &TextAnalysis,
    with_tokens: bool,
) -> std::io::Result<()> {
    for s in &analysis.sentences {
        let tokens = with_tokens.then(|| {
            analysis
                .sentence_tokens(s)
                .iter()
                .map(|t| TokenLine {
                    span: t.span,
                    text: t.span.slice(text),
                    kind: t.kind,
                    norm: &t.norm,
                })
                .collect()
        });
        let line = SentenceLine {
            doc,
            sentence: s.index,
            span: s.span,
            text: s.span.slice(text),
            lang: s.lang,
            paragraph: s.paragraph,
            repeat_of: s.repeat_of,
            tokens,
        };
        crate::write_json_line(out, &line)?;
    }
    Ok(())
}
