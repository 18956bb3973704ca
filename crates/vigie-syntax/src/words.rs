//! From the text layer's tokens to syntactic words: contractions split, spans kept.
//!
//! A token is one syntactic word, except the contractions the model learned (« du » →
//! de + le, « auquel » → à + lequel, "cannot" → can + not), which give several words
//! sharing the token: each word's span is its own part of the token when the parts
//! spell it (can|not), else the whole token (du). Very long sentences (tables, lists run
//! together) are parsed in pieces of [`MAX_WORDS`] words, so that cost stays linear.

use compact_str::CompactString;
use vigie_core::{Span, Token};

use crate::vocab::Upos;
use crate::Model;

/// The longest piece of a sentence parsed as one tree.
pub const MAX_WORDS: usize = 200;

/// One syntactic word of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Bytes of the original text the word comes from.
    pub span: Span,
    /// Index of its token in the document's token list.
    pub token: usize,
    /// The word as the model read it (`de` for the first word of « du »).
    pub form: CompactString,
    /// Lemma.
    pub lemma: CompactString,
    /// Universal part of speech.
    pub upos: Upos,
    /// Morphological features (`Mood=Ind|Tense=Fut|VerbForm=Fin`), `_` when none.
    pub feats: CompactString,
    /// Head: index of the head word in the sentence's word list plus one; 0 for the root.
    pub head: u32,
    /// Universal Dependencies relation with its subtype (`obl:agent`).
    pub relation: CompactString,
}

impl Word {
    /// The value of one morphological feature (`Voice` → `Pass`).
    pub fn feat(&self, name: &str) -> Option<&str> {
        crate::feat(&self.feats, name)
    }

    /// The universal part of the relation (`nsubj` for `nsubj:pass`).
    pub fn base_relation(&self) -> &str {
        crate::eval::universal_relation(&self.relation)
    }

    /// The head's index in the sentence's word list, `None` for the root.
    pub fn head_index(&self) -> Option<usize> {
        (self.head > 0).then(|| self.head as usize - 1)
    }
}

/// The syntactic words of one sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyntaxSentence {
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// Words in order; heads index this list.
    pub words: Vec<Word>,
}

impl SyntaxSentence {
    /// Indices of the dependents of word `i`.
    pub fn dependents(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.words
            .iter()
            .enumerate()
            .filter(move |(_, w)| w.head as usize == i + 1)
            .map(|(d, _)| d)
    }
}

/// Cuts a sentence's tokens into syntactic words: (span, token index, form).
fn syntactic_words(
    model: &Model,
    text: &str,
    tokens: &[Token],
    first: usize,
) -> Vec<(Span, usize, CompactString)> {
    let surface: Vec<&str> = tokens.iter().map(|t| &text[t.span.range()]).collect();
    let mut out = Vec::with_capacity(tokens.len() + 4);
    for (i, t) in tokens.iter().enumerate() {
        let Some(parts) = model.contraction(&surface, i) else {
            out.push((t.span, first + i, CompactString::from(surface[i])));
            continue;
        };
        let spelled: String = parts.concat();
        // own spans only where the lowercase parts are the token's bytes, length for length
        let own_spans =
            surface[i].len() == spelled.len() && crate::atoms::lower(surface[i]) == spelled;
        let capital = surface[i].chars().next().is_some_and(char::is_uppercase);
        let mut at = t.span.start as usize;
        for (k, part) in parts.iter().enumerate() {
            let mut form = CompactString::from(part.as_str());
            if k == 0 && capital {
                let mut c = part.chars();
                if let Some(h) = c.next() {
                    form = h.to_uppercase().chain(c).collect();
                }
            }
            let span = if own_spans {
                let s = Span::new(at, at + part.len());
                at += part.len();
                s
            } else {
                t.span
            };
            out.push((span, first + i, form));
        }
    }
    out
}

/// How many words a dateline opening the sentence takes, its dash included
/// (`BAMAKO, 3 mars 2026 (AFP) –`, `NOUMÉA –`, `KYIV, June 3, 2026 -`), or 0. Read as
/// part of the sentence, its place and outlet take the verbs that follow as their
/// dependents (`(Corne Info) – Réuni jeudi, le Conseil…`: `Réuni` hung on the outlet).
fn dateline_cut(pieces: &[(Span, usize, CompactString)]) -> usize {
    let Some(dash) = pieces
        .iter()
        .take(16)
        .position(|(_, _, f)| matches!(f.as_str(), "—" | "–" | "-"))
    else {
        return 0;
    };
    let before = &pieces[..dash];
    let dated = before
        .iter()
        .any(|(_, _, f)| f.chars().any(|c| c.is_ascii_digit()));
    // (a place in capitals alone: `NOUMÉA –`)
    let place = before
        .iter()
        .all(|(_, _, f)| f.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()));
    if dash == 0 || pieces.len() - dash < 4 || !(dated || place) {
        return 0;
    }
    dash + 1
}

/// Tags, lemmatises and parses one sentence given as its tokens (`tokens` start at
/// index `first` of the document's token list).
pub fn analyze_sentence(
    model: &Model,
    text: &str,
    tokens: &[Token],
    first: usize,
    sentence: usize,
) -> SyntaxSentence {
    let pieces = syntactic_words(model, text, tokens, first);
    let mut words = Vec::with_capacity(pieces.len());
    // a dateline is parsed apart from the sentence it opens
    let cut = dateline_cut(&pieces);
    let (dateline, body) = pieces.split_at(cut);
    for chunk in dateline.chunks(MAX_WORDS).chain(body.chunks(MAX_WORDS)) {
        let offset = words.len() as u32;
        let forms: Vec<&str> = chunk.iter().map(|(_, _, f)| f.as_str()).collect();
        for ((span, token, form), a) in chunk.iter().zip(model.analyze(&forms)) {
            words.push(Word {
                span: *span,
                token: *token,
                form: form.clone(),
                lemma: CompactString::from(a.lemma),
                upos: a.upos,
                feats: CompactString::from(model.feats_name(a.feats)),
                head: if a.head == 0 { 0 } else { a.head + offset },
                relation: CompactString::from(model.relation_name(a.relation)),
            });
        }
    }
    // one root: the dateline's hangs on the sentence's, as a parenthetical
    let dateline_root = words[..cut].iter().position(|w| w.head == 0);
    let body_root = words[cut..].iter().position(|w| w.head == 0);
    if let (Some(d), Some(b)) = (dateline_root, body_root) {
        words[d].head = (cut + b + 1) as u32;
        words[d].relation = CompactString::from("parataxis");
    }
    SyntaxSentence { sentence, words }
}
