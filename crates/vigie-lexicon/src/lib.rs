//! Actor dictionaries and the actor recogniser of vigie.
//!
//! The dictionaries are line-based text files (`data/actors/*.txt`, format in
//! `data/actors/README.md`) describing countries, organisations, armed groups, people
//! with their terms of office, role nouns, and phrases to ignore. They are compiled in
//! with `include_str!`, may be extended or overridden by user folders, and are compiled
//! into a trie over token norms.
//!
//! Recognition runs over the tokens of `vigie_text` and never fails: it returns
//! [`ActorMention`]s, composed from role nouns and country adjectives (`l’armée
//! malienne` is `MLIMIL`), capitals acting as governments (`selon Bamako`), aliases the
//! text defines (`(Cemoc)`), and unresolved capitalised phrases kept for review.
//!
//! ```no_run
//! let lexicon = vigie_lexicon::Lexicon::bundled()?;
//! let text = "L’armée malienne a repris Kidal.";
//! let tokens = vigie_text::tokenize(text);
//! for mention in lexicon.recognize(text, &tokens, &[], None) {
//!     println!("{} {}", mention.text, mention.code);
//! }
//! # Ok::<(), vigie_lexicon::LexiconError>(())
//! ```
//!
//! With a user folder (`--lexicon DIR`) on top of the bundled dictionaries:
//!
//! ```no_run
//! # fn load(dir: &std::path::Path) -> Result<vigie_lexicon::Lexicon, vigie_lexicon::LexiconError> {
//! let lexicon = vigie_lexicon::Lexicon::builder().add_bundled()?.add_dir(dir)?.build()?;
//! # Ok(lexicon)
//! # }
//! ```
#![deny(missing_docs)]

mod bundled;
mod compose;
mod context;
mod document;
mod entry;
mod error;
mod format;
mod inflect;
mod lexicon;
mod loader;
mod mention;
mod period;
mod recognize;
mod trie;
mod unknown;

pub use bundled::bundled_files;
pub use document::Recognizer;
pub use entry::{Entry, EntryKind, Example, Phrase, ROLES};
pub use error::LexiconError;
pub use format::{parse_blocks, RawBlock, RawField};
pub use lexicon::{Lexicon, LexiconBuilder};
pub use loader::read_dictionary_dir;
pub use mention::{ActorMention, MentionKind};
pub use period::{Date, Term};
