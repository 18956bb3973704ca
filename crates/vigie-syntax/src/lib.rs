//! The syntax layer of vigie: for each sentence, every syntactic word's part of speech,
//! morphological features, lemma, head and Universal Dependencies relation.
//!
//! Models are trained by this crate ([`train`]) on Universal Dependencies treebanks and
//! stored as compact binary files ([`Model::to_bytes`]). A [`Model`] tags with two
//! averaged perceptrons, lemmatises with the training data's lemmas, a lexicon and
//! learned suffix rules, splits contractions (« du » → de le) with a learned classifier,
//! and parses with a greedy arc-hybrid transition parser trained with a dynamic oracle.
//! [`words`] bridges the text layer's tokens to syntactic words with byte spans.
//!
//! Nothing here does I/O or reads the clock; training takes sentences and reports
//! progress through a callback.
#![deny(missing_docs)]

mod atoms;
mod binary;
pub mod conllu;
pub mod eval;
mod hash;
mod lemma;
mod model;
mod parser;
mod perceptron;
mod split;
mod table;
mod tagger;
pub mod train;
mod vocab;
pub mod words;

pub use model::{Analysis, Model, FORMAT_VERSION};
pub use vocab::{feat, Upos};
pub use words::{SyntaxSentence, Word};

/// What can go wrong reading treebanks and models.
#[derive(Debug, thiserror::Error)]
pub enum SyntaxError {
    /// A CoNLL-U file is malformed.
    #[error("{file}:{line}: {message}")]
    Conllu {
        /// The file.
        file: String,
        /// The line, from 1.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A model file is truncated, foreign or of another version.
    #[error("{0}")]
    Model(String),
    /// Training was given nothing to learn from.
    #[error("{0}")]
    Training(String),
}

/// The model bundled with vigie for `lang` (French or English), loaded on first use
/// and shared by every thread; `None` for other languages.
///
/// The files are compiled into the binary from `data/syntax/`; see its README for their
/// training data and licences.
pub fn bundled(lang: vigie_core::Lang) -> Option<&'static Model> {
    use std::sync::OnceLock;
    static FR: OnceLock<Model> = OnceLock::new();
    static EN: OnceLock<Model> = OnceLock::new();
    let (cell, bytes): (&OnceLock<Model>, &[u8]) = match lang {
        vigie_core::Lang::Fr => (&FR, include_bytes!("../../../data/syntax/fr.bin")),
        vigie_core::Lang::En => (&EN, include_bytes!("../../../data/syntax/en.bin")),
        _ => return None,
    };
    Some(cell.get_or_init(|| {
        Model::from_bytes(bytes).expect("the bundled syntax model is checked by the tests")
    }))
}

/// Parses every French and English sentence of an analysed document with the bundled
/// models; one [`SyntaxSentence`] per sentence, in order, empty for sentences in other
/// languages.
pub fn analyze_document(text: &str, analysis: &vigie_text::TextAnalysis) -> Vec<SyntaxSentence> {
    analysis
        .sentences
        .iter()
        .map(|s| match bundled(s.lang) {
            Some(model) => words::analyze_sentence(
                model,
                text,
                analysis.sentence_tokens(s),
                s.tokens.start,
                s.index,
            ),
            None => SyntaxSentence {
                sentence: s.index,
                words: Vec::new(),
            },
        })
        .collect()
}
