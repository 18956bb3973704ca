//! The text layer of vigie: from a document's text to sentences and tokens.
//!
//! [`analyze`] runs the whole layer: the tokeniser cuts the original text (elisions
//! split, numbers and hyphenated words whole, every typographic variant of apostrophe,
//! hyphen and space understood), the splitter groups tokens into sentences and paragraphs,
//! function words decide each sentence's language, and repeated sentences (pull
//! quotes) are linked to the copy they repeat. Every span in the result points into
//! the original text; the folded search form of each token sits beside its span.
//!
//! [`Normalized`] is for stages that would rather match against a canonical copy of
//! the text (one apostrophe, one space, NFC): it maps their offsets back.
//!
//! Nothing here does I/O or fails: odd content gives diagnostics, not errors.
#![deny(missing_docs)]

mod abbrev;
mod fold;
mod hash;
mod lang;
mod normalize;
mod repeats;
mod split;
mod tokenize;

use vigie_core::{Diagnostic, Lang, Sentence, Severity, Span, Token, TokenKind};

pub use fold::{fold, fold_into};
pub use normalize::{Normalized, OffsetCursor};

use hash::hash_word;
use lang::Votes;
use repeats::SentenceWords;

/// Everything the text layer knows about one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextAnalysis {
    /// All tokens of the document, in order.
    pub tokens: Vec<Token>,
    /// All sentences, in order; their token ranges index [`TextAnalysis::tokens`].
    pub sentences: Vec<Sentence>,
    /// The language of most of the document's text.
    pub lang: Lang,
    /// Content problems worth reporting (unsupported language, ...).
    pub diagnostics: Vec<Diagnostic>,
}

impl TextAnalysis {
    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        &self.tokens[sentence.tokens.clone()]
    }
}

/// Tokenises `text` without splitting it into sentences: what dictionaries use to cut
/// their entries exactly as documents are cut.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize::tokenize(text)
}

/// Runs the text layer over one document.
pub fn analyze(text: &str) -> TextAnalysis {
    let tokens = tokenize::tokenize(text);
    let raw_sentences = split::split(text, &tokens);
    let hashes: Vec<u64> = tokens.iter().map(|t| hash_word(&t.norm)).collect();

    let votes: Vec<Votes> = raw_sentences
        .iter()
        .map(|s| {
            let mut v = Votes::default();
            for i in s.tokens.clone() {
                if matches!(tokens[i].kind, TokenKind::Word | TokenKind::Elision) {
                    v.add_hashed(hashes[i]);
                }
            }
            v
        })
        .collect();
    let paragraphs = raw_sentences.last().map_or(0, |s| s.paragraph + 1);
    let mut by_paragraph = vec![Votes::default(); paragraphs];
    for (s, v) in raw_sentences.iter().zip(&votes) {
        by_paragraph[s.paragraph].merge(*v);
    }
    let mut diagnostics = Vec::new();
    let paragraph_lang: Vec<Option<Lang>> = by_paragraph
        .iter()
        .enumerate()
        .map(|(p, v)| {
            if !v.looks_foreign() {
                return v.verdict();
            }
            let span = paragraph_span(&tokens, &raw_sentences, p);
            let lang = lang::detect_other(span.slice(text));
            if lang == Lang::Other {
                diagnostics.push(Diagnostic {
                    severity: Severity::Info,
                    span: Some(span),
                    message: "paragraph is neither french nor english: later stages skip it".into(),
                });
            }
            Some(lang)
        })
        .collect();
    let doc_default = match document_default(&by_paragraph, &paragraph_lang) {
        // a headline or a short text with no function word of any language (`Russian
        // forces shelled Kharkiv`): the statistical guess, else French when it
        // writes French accents, else English
        Lang::Other if by_paragraph.iter().all(|v| v.other == 0) => lang::guess_short(text),
        other => other,
    };

    let mut sentences: Vec<Sentence> = raw_sentences
        .iter()
        .zip(&votes)
        .enumerate()
        .map(|(index, (s, v))| {
            let para = paragraph_lang[s.paragraph];
            let lang = match para {
                Some(Lang::Other) => Lang::Other,
                _ => v.verdict().or(v.lean()).or(para).unwrap_or(doc_default),
            };
            Sentence {
                index,
                span: tokens[s.tokens.start]
                    .span
                    .cover(tokens[s.tokens.end - 1].span),
                paragraph: s.paragraph,
                lang,
                repeat_of: None,
                tokens: s.tokens.clone(),
            }
        })
        .collect();
    mark_repeats(&tokens, &hashes, &mut sentences);
    let lang = majority_lang(&sentences);
    if lang == Lang::Other && !sentences.is_empty() {
        diagnostics.insert(
            0,
            Diagnostic {
                severity: Severity::Warning,
                span: None,
                message: "document is neither french nor english: later stages skip it".into(),
            },
        );
    }
    TextAnalysis {
        tokens,
        sentences,
        lang,
        diagnostics,
    }
}

fn paragraph_span(tokens: &[Token], sentences: &[split::RawSentence], p: usize) -> Span {
    let first = sentences.iter().find(|s| s.paragraph == p);
    let last = sentences.iter().rev().find(|s| s.paragraph == p);
    match (first, last) {
        (Some(first), Some(last)) => tokens[first.tokens.start]
            .span
            .cover(tokens[last.tokens.end - 1].span),
        _ => Span::default(),
    }
}

/// The language of sentences too short to tell, in paragraphs too short to tell: that
/// of the paragraphs that do tell, weighted by their words; [`Lang::Other`] when none
/// does.
fn document_default(votes: &[Votes], langs: &[Option<Lang>]) -> Lang {
    let mut words = [0u32; 3];
    for (v, lang) in votes.iter().zip(langs) {
        if let Some(lang) = lang {
            words[*lang as usize] += v.words;
        }
    }
    let [fr, en, other] = words;
    if fr + en + other == 0 || other > fr.max(en) {
        Lang::Other
    } else if en > fr {
        Lang::En
    } else {
        Lang::Fr
    }
}

/// The language of most of the document's bytes.
fn majority_lang(sentences: &[Sentence]) -> Lang {
    let mut bytes = [0usize; 3];
    for s in sentences {
        bytes[s.lang as usize] += s.span.len();
    }
    let [fr, en, other] = bytes;
    if other > fr + en {
        Lang::Other
    } else if en > fr {
        Lang::En
    } else {
        Lang::Fr
    }
}

/// Marks pull quotes and other repeated sentences.
fn mark_repeats(tokens: &[Token], hashes: &[u64], sentences: &mut [Sentence]) {
    let mut words = Vec::with_capacity(tokens.len());
    let mut sentence_of = Vec::with_capacity(tokens.len());
    let mut per_sentence = Vec::with_capacity(sentences.len());
    for s in sentences.iter() {
        let start = words.len();
        let mut segments = Vec::new();
        let mut seg_start = start;
        for i in s.tokens.clone() {
            let t = &tokens[i];
            match t.kind {
                TokenKind::Punct | TokenKind::Symbol => {
                    if is_cut_mark(&t.norm) && words.len() > seg_start {
                        segments.push(seg_start..words.len());
                        seg_start = words.len();
                    }
                }
                _ => {
                    words.push(hashes[i]);
                    sentence_of.push(s.index as u32);
                }
            }
        }
        if words.len() > seg_start {
            segments.push(seg_start..words.len());
        }
        per_sentence.push(SentenceWords {
            words: start..words.len(),
            segments,
        });
    }
    let found = repeats::find_repeats(&words, &sentence_of, &per_sentence);
    for (s, r) in sentences.iter_mut().zip(found) {
        s.repeat_of = r;
    }
}

fn is_cut_mark(folded: &str) -> bool {
    matches!(folded, "[…]" | "[...]" | "(…)" | "(...)" | "…" | "...")
}
