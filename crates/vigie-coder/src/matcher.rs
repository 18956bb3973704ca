//! Finding pattern matches in a sentence's tokens.
//!
//! Patterns are indexed by their trigger: exact words in a hash map, prefixes in a map
//! keyed by the prefix, looked up with every prefix of a token's folded form (three
//! letters and more). Later elements are matched left to right, each within its gap.
//! Of overlapping matches the longest wins, so that `rappel* ~ ambassadeur*` beats a
//! bare `rappel*`.

use std::collections::HashMap;

use vigie_core::{Lang, Token, TokenKind};

use crate::pattern::{Pattern, Word};

/// Patterns indexed by their first element.
#[derive(Debug, Default)]
pub(crate) struct TriggerIndex {
    exact: HashMap<(Lang, String), Vec<usize>>,
    prefix: HashMap<(Lang, String), Vec<usize>>,
    longest_prefix: usize,
}

/// One match: which pattern, and the tokens it spans (sentence-relative).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Match {
    pub pattern: usize,
    pub trigger: usize,
    pub end: usize,
}

impl TriggerIndex {
    pub fn new(patterns: &[Pattern]) -> TriggerIndex {
        let mut index = TriggerIndex::default();
        for (i, p) in patterns.iter().enumerate() {
            for word in &p.elements[0].words {
                match word {
                    Word::Exact(w) => index.exact.entry((p.lang, w.clone())).or_default().push(i),
                    Word::Prefix(w) => {
                        index.longest_prefix = index.longest_prefix.max(w.len());
                        index.prefix.entry((p.lang, w.clone())).or_default().push(i);
                    }
                }
            }
        }
        index
    }

    /// The matches in one sentence, longest first, without overlaps.
    pub fn matches(&self, patterns: &[Pattern], tokens: &[Token], lang: Lang) -> Vec<Match> {
        let mut found = Vec::new();
        let mut key = (lang, String::new());
        for (i, t) in tokens.iter().enumerate() {
            if !matches!(t.kind, TokenKind::Word | TokenKind::Acronym) {
                continue;
            }
            let norm = t.norm.as_str();
            key.1.clear();
            key.1.push_str(norm);
            let mut candidates: Vec<usize> = self.exact.get(&key).cloned().unwrap_or_default();
            for (end, _) in norm.char_indices().skip(3).chain([(norm.len(), ' ')]) {
                if end > self.longest_prefix {
                    break;
                }
                key.1.clear();
                key.1.push_str(&norm[..end]);
                if let Some(ids) = self.prefix.get(&key) {
                    candidates.extend(ids);
                }
            }
            // a lone noun after a determiner or `de` names a thing, not an act
            // (`la menace d’une escalade`, `un mécanisme de coopération`)
            let previous = if i > 0 {
                tokens[i - 1].norm.as_str()
            } else {
                ""
            };
            let nominal = is_determiner(previous, lang);
            // `un mécanisme de coopération militaire`: a noun complement, not an act;
            // `a décidé de fermer`: an infinitive after `de` still is one
            let complement = matches!(previous, "de" | "d'" | "of")
                && !["er", "ir", "re", "ing"].iter().any(|e| norm.ends_with(e));
            for p in candidates {
                if complement || (nominal && patterns[p].elements.len() == 1) {
                    continue;
                }
                if let Some(end) = match_rest(&patterns[p], tokens, i) {
                    found.push(Match {
                        pattern: p,
                        trigger: i,
                        end,
                    });
                }
            }
        }
        found.sort_by_key(|m| (std::cmp::Reverse(m.end - m.trigger), m.trigger, m.pattern));
        let mut kept: Vec<Match> = Vec::new();
        for m in found {
            if kept
                .iter()
                .all(|k| m.end <= k.trigger || m.trigger >= k.end)
            {
                kept.push(m);
            }
        }
        kept.sort_by_key(|m| m.trigger);
        kept
    }
}

fn is_determiner(norm: &str, lang: Lang) -> bool {
    match lang {
        Lang::Fr => matches!(
            norm,
            "le" | "la"
                | "les"
                | "l'"
                | "un"
                | "une"
                | "des"
                | "de"
                | "d'"
                | "du"
                | "sa"
                | "son"
                | "ses"
                | "leur"
                | "leurs"
                | "cette"
                | "ce"
                | "ces"
        ),
        _ => matches!(
            norm,
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "these" | "of"
        ),
    }
}

/// Where the match of `pattern` whose trigger is token `start` ends (exclusive).
fn match_rest(pattern: &Pattern, tokens: &[Token], start: usize) -> Option<usize> {
    let mut at = start + 1;
    for element in &pattern.elements[1..] {
        let limit = (at + element.max_gap + 1).min(tokens.len());
        let hit =
            (at..limit).find(|&j| element.words.iter().any(|w| w.matches(&tokens[j].norm)))?;
        at = hit + 1;
    }
    Some(at)
}

/// Whether a match of `matches` spans the token `t` (sentence-relative).
pub(crate) fn covered(matches: &[Match], t: usize) -> bool {
    matches.iter().any(|m| m.trigger <= t && t < m.end)
}
