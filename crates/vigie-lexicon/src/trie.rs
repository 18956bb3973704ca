//! A trie over token norms: every dictionary phrase is a path of folded tokens.
//!
//! Token norms are interned once into symbols, and edges live in one hash map keyed by
//! `(node, symbol)`, so walking a sentence costs one vocabulary lookup per token plus
//! one edge lookup per step. Matching on whole tokens (never on substrings) is what keeps
//! `les` or `Niger` from matching inside other words.

use std::collections::HashMap;

use vigie_core::Lang;

/// What a dictionary phrase means when it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SenseKind {
    /// A name of the entry (country, organisation, group, person, ignored phrase).
    Name,
    /// The capital of a country entry.
    Capital,
    /// An adjective form; `plural` marks English plural demonyms (`Malians`).
    Adjective {
        /// True for English plural forms, which are nouns.
        plural: bool,
    },
    /// A role noun.
    Role,
}

/// One meaning of a phrase: which entry, in which capacity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sense {
    /// The capacity.
    pub kind: SenseKind,
    /// Index of the entry in the lexicon.
    pub entry: u32,
    /// The language the phrase was written for (`None`: both).
    pub lang: Option<Lang>,
    /// The phrase is written with a capital: the text must have one too (`Sucre`
    /// the capital, not `sucre`).
    pub needs_capital: bool,
    /// The phrase starts with an acronym: the text must too (`UN`, not `Un`).
    pub acronym: bool,
}

/// The trie itself. Node 0 is the root.
#[derive(Debug, Default)]
pub(crate) struct PhraseTrie {
    vocabulary: HashMap<Box<str>, u32>,
    edges: HashMap<(u32, u32), u32>,
    senses: Vec<Vec<Sense>>,
}

impl PhraseTrie {
    /// An empty trie.
    pub fn new() -> PhraseTrie {
        PhraseTrie {
            vocabulary: HashMap::new(),
            edges: HashMap::new(),
            senses: vec![Vec::new()],
        }
    }

    /// Adds a phrase given as its token norms. Adding the same sense twice is a no-op.
    pub fn insert(&mut self, norms: &[&str], sense: Sense) {
        let mut node = 0;
        for norm in norms {
            let next_symbol = self.vocabulary.len() as u32;
            let symbol = *self.vocabulary.entry((*norm).into()).or_insert(next_symbol);
            let next_node = self.senses.len() as u32;
            node = *self.edges.entry((node, symbol)).or_insert(next_node);
            if node == next_node {
                self.senses.push(Vec::new());
            }
        }
        let slot = &mut self.senses[node as usize];
        if !slot.contains(&sense) {
            slot.push(sense);
        }
    }

    /// The symbol of a norm, when some phrase uses it.
    pub fn symbol(&self, norm: &str) -> Option<u32> {
        self.vocabulary.get(norm).copied()
    }

    /// The node reached from `node` by `symbol`.
    pub fn step(&self, node: u32, symbol: u32) -> Option<u32> {
        self.edges.get(&(node, symbol)).copied()
    }

    /// The senses of the phrase ending at `node`.
    pub fn senses(&self, node: u32) -> &[Sense] {
        self.senses.get(node as usize).map_or(&[], Vec::as_slice)
    }

    /// The root node.
    pub const ROOT: u32 = 0;

    /// Number of nodes, for statistics.
    pub fn len(&self) -> usize {
        self.senses.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_phrases_token_by_token() {
        let mut trie = PhraseTrie::new();
        let sense = Sense {
            kind: SenseKind::Name,
            entry: 3,
            lang: None,
            needs_capital: true,
            acronym: false,
        };
        trie.insert(&["burkina", "faso"], sense);
        trie.insert(&["burkina", "faso"], sense);
        let burkina = trie
            .step(PhraseTrie::ROOT, trie.symbol("burkina").unwrap())
            .unwrap();
        assert!(trie.senses(burkina).is_empty());
        let faso = trie.step(burkina, trie.symbol("faso").unwrap()).unwrap();
        assert_eq!(trie.senses(faso), &[sense]);
        assert_eq!(trie.symbol("mali"), None);
        assert_eq!(trie.len(), 3);
    }
}
