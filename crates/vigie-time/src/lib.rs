//! Temporal expressions in French and English news: recognise them and normalise them
//! to TIMEX3 values against a publication date, an inferred document date, or the last
//! date the story told.
//!
//! # Using it
//!
//! ```
//! use vigie_core::{Lang, Span};
//! use vigie_time::{Anchor, TimeRecognizer};
//!
//! let recognizer = TimeRecognizer::new(); // build once, share across threads
//! let text = "Le 6 avril, la banque centrale a relevé ses taux. Le lendemain, la bourse a reculé.";
//! let sentences = [(Span::new(0, 50), Lang::Fr), (Span::new(51, text.len()), Lang::Fr)];
//! let anchor = Anchor::parse("2025-04-20");
//! let analysis = recognizer.recognize(text, &sentences, anchor);
//! let values: Vec<&str> = analysis.timexes.iter().map(|t| t.value.as_str()).collect();
//! assert_eq!(values, ["2025-04-06", "2025-04-07"]);
//! ```
//!
//! - [`TimeRecognizer::recognize`] takes the document text, the sentence spans and
//!   languages the caller already has, and an optional publication [`Anchor`]; it
//!   returns a [`TimeAnalysis`]: the [`Timex`]es in text order, the
//!   [`InferredDate`] when no anchor was given, and diagnostics.
//! - [`TimeRecognizer::recognize_line`] normalises one expression written alone.
//! - [`TimeRecognizer::with_prefer`] says which occurrence a date that names no year or
//!   direction means (`lundi`, `le 1er mars`, `avril`, `Noël`): the past one (the
//!   default, right for news), the future one, or the nearest ([`Prefer`]). Explicit
//!   words (`prochain`, `dernier`, `next`, `last`, `dans`, `ago`) always win.
//!
//! # Values
//!
//! TIMEX3 conventions: `2025-04-01` (day), `2025-04` (month), `2025` (year), `2025-W14`
//! (week), `2024-SU` (season), `199X` (decade), `19` (century), `2025-03-31/2025-04-01`
//! (range), `P2Y`, `PT48H`, `PXD` (durations). Parts of periods keep the period's value
//! and say which part in `mod` (`début avril` is `2025-04` with `mod: start`).
//!
//! # How it works
//!
//! The text is folded to lowercase ASCII with a map back to original offsets
//! (`fold`), cut into tokens (`lexer`), and a hand-written grammar (`grammar`) tries
//! its rules wherever a number or a word of its tables (`lexicon`) stands, keeping the
//! longest expression. Holidays and named days (`holiday`: fixed, counted from Easter,
//! n-th weekday of a month, and the tabular Hijri calendar for Islamic days, ±1 day)
//! are a table of names read by `grammar/named.rs`. Resolution (`resolve`) then
//! applies the anchors and the preference. Spans are byte offsets `[start, end)` into
//! the original text.
//!
//! # Invariants
//!
//! No I/O and no clock: "now" is the anchor parameter. Content never makes it fail.
#![deny(missing_docs)]

mod expr;
mod fold;
mod grammar;
mod holiday;
mod lexer;
mod lexicon;
mod recognizer;
mod resolve;
mod timex_value;
mod types;

pub use recognizer::TimeRecognizer;
pub use types::{
    Anchor, AnchorSource, InferenceMethod, InferredDate, Modifier, Precision, Prefer, TimeAnalysis,
    Timex, TimexKind,
};
