//! The closed sets a model predicts: universal parts of speech, and the FEATS values and
//! relations its training data used, each by a small integer id.

use std::collections::HashMap;

/// The seventeen universal parts of speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

/// Number of [`Upos`] values.
pub const UPOS_COUNT: usize = 17;

const UPOS_NAMES: [&str; UPOS_COUNT] = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
];

const UPOS_VALUES: [Upos; UPOS_COUNT] = [
    Upos::Adj,
    Upos::Adp,
    Upos::Adv,
    Upos::Aux,
    Upos::Cconj,
    Upos::Det,
    Upos::Intj,
    Upos::Noun,
    Upos::Num,
    Upos::Part,
    Upos::Pron,
    Upos::Propn,
    Upos::Punct,
    Upos::Sconj,
    Upos::Sym,
    Upos::Verb,
    Upos::X,
];

impl Upos {
    /// The UD name (`NOUN`).
    pub fn name(self) -> &'static str {
        UPOS_NAMES[self as usize]
    }

    /// The tag of a UD name.
    pub fn from_name(name: &str) -> Option<Upos> {
        UPOS_NAMES
            .iter()
            .position(|&n| n == name)
            .map(|i| UPOS_VALUES[i])
    }

    /// The tag of an id.
    pub fn from_id(id: u16) -> Upos {
        UPOS_VALUES.get(id as usize).copied().unwrap_or(Upos::X)
    }

    /// Nouns, proper nouns, pronouns, numerals: what can head a nominal argument.
    pub fn is_nominal(self) -> bool {
        matches!(self, Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num)
    }
}

/// Names interned as ids, in order of first appearance.
#[derive(Debug, Clone, Default)]
pub struct Interner {
    names: Vec<String>,
    ids: HashMap<String, u16>,
}

impl Interner {
    /// An interner over existing names.
    pub fn from_names(names: Vec<String>) -> Interner {
        let ids = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u16))
            .collect();
        Interner { names, ids }
    }

    /// The id of `name`, adding it when new.
    pub fn intern(&mut self, name: &str) -> u16 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = self.names.len() as u16;
        self.names.push(name.to_string());
        self.ids.insert(name.to_string(), id);
        id
    }

    /// The id of `name`, if it has one.
    pub fn id(&self, name: &str) -> Option<u16> {
        self.ids.get(name).copied()
    }

    /// The name of an id.
    pub fn name(&self, id: u16) -> &str {
        self.names.get(id as usize).map_or("_", String::as_str)
    }

    /// Every name, by id.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Number of names.
    pub fn len(&self) -> usize {
        self.names.len()
    }
}

/// The value of feature `name` in a FEATS string (`Tense` in `Mood=Ind|Tense=Pres`).
pub fn feat<'a>(feats: &'a str, name: &str) -> Option<&'a str> {
    feats.split('|').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == name).then_some(v)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for (i, n) in UPOS_NAMES.iter().enumerate() {
            assert_eq!(Upos::from_name(n).map(|u| u as usize), Some(i));
        }
        assert_eq!(Upos::from_name("XPOS"), None);
        assert_eq!(feat("Mood=Ind|Tense=Pres", "Tense"), Some("Pres"));
        assert_eq!(feat("Mood=Ind|Tense=Pres", "Voice"), None);
    }
}
