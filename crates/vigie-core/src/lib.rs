//! Vocabulary types shared by every vigie stage.
//!
//! These types carry no behaviour beyond what is needed to keep them honest:
//! a [`Span`] is a half-open byte range into the *original* document text, and
//! every token, sentence and mention carries one, so that every output can point
//! back at its evidence. Analysis crates depend on this crate, never on each other's
//! internals.
#![deny(missing_docs)]

mod diagnostic;
mod lang;
mod printable;
mod span;
mod text;

pub use diagnostic::{Diagnostic, Severity};
pub use lang::Lang;
pub use printable::{markdown_text, printable};
pub use span::Span;
pub use text::{CompactString, Sentence, Token, TokenKind};
