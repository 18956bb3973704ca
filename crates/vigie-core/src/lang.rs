//! The languages vigie analyses.

use serde::{Deserialize, Serialize};

/// The language of a sentence or document.
///
/// Only French and English are analysed; anything else is [`Lang::Other`], which later
/// stages skip with a diagnostic rather than guessing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
    /// Another language, or too little text to tell.
    Other,
}

impl Lang {
    /// The code used in outputs: `fr`, `en` or `other`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Other => "other",
        }
    }

    /// True for the languages vigie analyses.
    pub fn is_supported(self) -> bool {
        !matches!(self, Lang::Other)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}
