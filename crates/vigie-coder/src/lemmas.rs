//! The event lexicon by lemma: which verbs and nouns name which CAMEO act, and which
//! of their dependents are its source and target (`data/events/lemmas/*.txt`).
//!
//! ```text
//! [111 criticize-denounce]
//! fr.verb = condamner dénoncer fustiger stigmatiser
//! fr.noun = condamnation dénonciation
//! en.verb = condemn denounce slam lambaste
//! en.target = against
//! example.fr = Le Mali a fustigé l’Algérie mardi. => MLI>DZA
//! ```
//!
//! A block is one class of synonyms with one code and one frame. A lemma may require a
//! dependent (`ouvrir(feu)`, `recall(ambassador|envoy)`): it fires only when one of
//! its dependents has one of those lemmas. A trigger is a word of the sentence's tree
//! whose lemma and part of speech (verb, or noun) are listed; entries with a required
//! dependent are tried first. Frames: `LANG.target` lists the prepositions whose
//! oblique is a target besides the object, `LANG.of = source` says a noun's `de`/`of`
//! complement is who acts, `object = none` that the object is never a target.

use std::collections::HashMap;

use vigie_core::Lang;
use vigie_lexicon::parse_blocks;
use vigie_syntax::Upos;

use crate::pattern::{check_code, parse_example, Example, Pattern};
use crate::tree::{Frame, Of, Tree};
use crate::CoderError;

/// Verb or noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Pos {
    Verb,
    Noun,
}

/// One lemma of a block.
#[derive(Debug, Clone)]
struct Entry {
    /// Folded lemmas, one of which a dependent must have; empty when none is needed.
    dependents: Vec<String>,
    /// Index of the block's pattern in the coder's pattern list.
    pattern: usize,
}

/// The lexicon, indexed by language, part of speech and folded lemma.
#[derive(Debug, Default)]
pub(crate) struct LemmaIndex {
    /// By language and part of speech, then lemma (looked up without allocating).
    entries: HashMap<(Lang, Pos), HashMap<String, Vec<Entry>>>,
}

/// What one block adds to the coder: a pattern (code, name, rule) per language, the
/// frame of each, and its examples.
pub(crate) struct Parsed {
    pub patterns: Vec<(Pattern, Frame)>,
    pub examples: Vec<Example>,
    lemmas: Vec<(Lang, Pos, String, Vec<String>, usize)>,
}

/// Parses one lexicon file; `first` is the index its first pattern will have in the
/// coder's pattern list.
pub(crate) fn parse_file(file: &str, text: &str, first: usize) -> Result<Parsed, CoderError> {
    let mut out = Parsed {
        patterns: Vec::new(),
        examples: Vec::new(),
        lemmas: Vec::new(),
    };
    for block in parse_blocks(file, text)? {
        check_code(file, &block)?;
        let cameo = &block.kind;
        // (a noun's `de`/`of` complement is who undergoes it unless the block says)
        let target_of = Frame {
            of: Of::Target,
            ..Frame::default()
        };
        let mut frames = [target_of.clone(), target_of];
        let mut lines = [0usize, 0usize];
        let mut lemmas = Vec::new();
        let mut examples = [false, false];
        for field in &block.fields {
            let invalid = |message: String| CoderError::invalid(file, field.line, message);
            let (lang, key) = match field.key.split_once('.') {
                Some(("fr", key)) => (Some(Lang::Fr), key),
                Some(("en", key)) => (Some(Lang::En), key),
                Some(("example", "fr")) => (Some(Lang::Fr), "example"),
                Some(("example", "en")) => (Some(Lang::En), "example"),
                _ => (None, field.key.as_str()),
            };
            let slot = usize::from(lang == Some(Lang::En));
            match (lang, key) {
                (Some(lang), "verb" | "noun") => {
                    let pos = if key == "verb" { Pos::Verb } else { Pos::Noun };
                    if lines[slot] == 0 {
                        lines[slot] = field.line;
                    }
                    for item in field.value.split_whitespace() {
                        let (lemma, dependents) = parse_item(item).map_err(invalid)?;
                        lemmas.push((lang, pos, lemma, dependents));
                    }
                }
                (Some(_), "target") => {
                    frames[slot].target_preps = field
                        .value
                        .split_whitespace()
                        .map(vigie_text::fold)
                        .collect();
                }
                (Some(_), "of") => {
                    frames[slot].of = match field.value.as_str() {
                        "source" => Of::Source,
                        "target" => Of::Target,
                        other => {
                            return Err(invalid(format!(
                                "`of` is `source` or `target`, not `{other}`"
                            )))
                        }
                    };
                }
                (None, "object") if field.value == "none" => {
                    frames[0].no_object = true;
                    frames[1].no_object = true;
                }
                (Some(lang), "example") => {
                    let rule = format!("{file}:{}", field.line);
                    out.examples
                        .push(parse_example(&field.value, lang, cameo, rule).map_err(invalid)?);
                    examples[slot] = true;
                }
                _ => return Err(invalid(format!("unknown field `{}`", field.key))),
            }
        }
        for (slot, lang) in [(0, Lang::Fr), (1, Lang::En)] {
            if lines[slot] == 0 {
                continue;
            }
            if !examples[slot] {
                return Err(CoderError::invalid(
                    file,
                    block.line,
                    format!(
                        "block `{}` lists {} lemmas but no example in that language",
                        block.id,
                        lang.code()
                    ),
                ));
            }
            let index = first + out.patterns.len();
            for (l, pos, lemma, dependents) in &lemmas {
                if *l == lang {
                    out.lemmas
                        .push((lang, *pos, lemma.clone(), dependents.clone(), index));
                }
            }
            out.patterns.push((
                Pattern {
                    cameo: cameo.clone(),
                    name: block.id.clone(),
                    lang,
                    rule: format!("{file}:{}", lines[slot]),
                    elements: Vec::new(),
                },
                frames[slot].clone(),
            ));
        }
    }
    Ok(out)
}

/// `lemma` or `lemma(dep1|dep2)`, folded.
fn parse_item(item: &str) -> Result<(String, Vec<String>), String> {
    let (lemma, dependents) = match item.split_once('(') {
        Some((lemma, rest)) => {
            let inner = rest
                .strip_suffix(')')
                .ok_or_else(|| format!("`{item}`: `(` without `)`"))?;
            let deps: Vec<String> = inner.split('|').map(vigie_text::fold).collect();
            if deps.iter().any(String::is_empty) {
                return Err(format!("`{item}`: empty dependent"));
            }
            (lemma, deps)
        }
        None => (item, Vec::new()),
    };
    if lemma.is_empty() || lemma.contains(')') {
        return Err(format!("`{item}` is not a lemma"));
    }
    Ok((vigie_text::fold(lemma), dependents))
}

impl LemmaIndex {
    /// Adds a parsed file; a lemma listed twice for one language and part of speech
    /// (with the same dependents) is an error naming both places.
    pub fn add(&mut self, parsed: &Parsed, rules: &[Pattern]) -> Result<(), CoderError> {
        for (lang, pos, lemma, dependents, pattern) in &parsed.lemmas {
            let list = self
                .entries
                .entry((*lang, *pos))
                .or_default()
                .entry(lemma.clone())
                .or_default();
            if let Some(other) = list.iter().find(|e| &e.dependents == dependents) {
                let here = &rules[*pattern].rule;
                let (file, line) = here.rsplit_once(':').unwrap_or((here, "0"));
                return Err(CoderError::invalid(
                    file,
                    line.parse().unwrap_or(0),
                    format!(
                        "lemma `{lemma}` is already listed at {}",
                        rules[other.pattern].rule
                    ),
                ));
            }
            list.push(Entry {
                dependents: dependents.clone(),
                pattern: *pattern,
            });
            // entries that need a dependent are tried first
            list.sort_by_key(|e| e.dependents.is_empty());
        }
        Ok(())
    }

    /// The pattern the word `w` of `tree` triggers, if any.
    pub fn trigger(&self, tree: &Tree<'_>, w: usize, lang: Lang) -> Option<usize> {
        let word = tree.word(w);
        let pos = match word.upos {
            Upos::Verb => Pos::Verb,
            // A noun triggers like a verb, as a weak trigger: it codes only where
            // the tree names its doer and its target (its own agent, possessive or
            // adjective, or the subject of a support verb: `annonce une aide à`,
            // `l’arrestation de deux Nigériens par la police béninoise`). A noun
            // coded on a doer guessed from around it (`its budget support`, `la
            // destruction`) retold acts told before: 0.07 of F1 lost on the reference
            // article when measured in session 8.
            Upos::Noun => Pos::Noun,
            // `les soldats libérés`, `attaqués`: participles tagged as adjectives
            Upos::Adj if word.feat("VerbForm") == Some("Part") => Pos::Verb,
            _ => return None,
        };
        let list = self.entries.get(&(lang, pos))?.get(tree.lemma(w))?;
        list.iter()
            .find(|e| {
                e.dependents.is_empty()
                    || tree
                        .content_dependents(w)
                        .any(|k| e.dependents.iter().any(|d| d == tree.lemma(k)))
            })
            .map(|e| e.pattern)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "[111 criticize]\nfr.verb = fustiger stigmatiser\nen.verb = slam\nen.target = against\nexample.fr = Le Mali a fustigé l’Algérie. => MLI>DZA\nexample.en = Mali slammed Algeria. => MLI>DZA\n\n[161 recall]\nen.verb = recall(ambassador|envoy)\nexample.en = Mali recalled its ambassador to Algeria. => MLI>DZA\n";

    #[test]
    fn blocks_give_one_pattern_per_language_with_its_frame() {
        let parsed = parse_file("lemmas/t.txt", FILE, 10).expect("valid");
        let codes: Vec<(&str, Lang)> = parsed
            .patterns
            .iter()
            .map(|(p, _)| (p.cameo.as_str(), p.lang))
            .collect();
        assert_eq!(
            codes,
            [("111", Lang::Fr), ("111", Lang::En), ("161", Lang::En)]
        );
        assert_eq!(parsed.patterns[1].1.target_preps, ["against"]);
        assert_eq!(parsed.patterns[0].1.of, Of::Target);
        assert_eq!(parsed.examples.len(), 3);
        // lemmas point at their language's pattern, numbered from `first`
        let recall = parsed
            .lemmas
            .iter()
            .find(|l| l.2 == "recall")
            .expect("recall");
        assert_eq!(
            (recall.3.clone(), recall.4),
            (vec!["ambassador".to_string(), "envoy".to_string()], 12)
        );
    }

    #[test]
    fn a_lemma_listed_twice_is_an_error_naming_both_lines() {
        let twice = format!("{FILE}\n[112 accuse]\nfr.verb = fustiger\nexample.fr = Le Mali a fustigé l’Algérie. => MLI>DZA\n");
        let parsed = parse_file("lemmas/t.txt", &twice, 0).expect("each block is valid");
        let patterns: Vec<Pattern> = parsed.patterns.iter().map(|(p, _)| p.clone()).collect();
        let err = LemmaIndex::default()
            .add(&parsed, &patterns)
            .expect_err("duplicate")
            .to_string();
        assert!(
            err.contains("lemmas/t.txt:13") && err.contains("t.txt:2"),
            "{err}"
        );
    }

    #[test]
    fn bad_items_and_missing_examples_are_errors_with_their_line() {
        let err = parse_file(
            "x.txt",
            "[111 a]\nfr.verb = ouvrir(feu\nexample.fr = X. => none\n",
            0,
        )
        .err()
        .expect("unclosed");
        assert!(err.to_string().contains("x.txt:2"), "{err}");
        let err = parse_file("x.txt", "[111 a]\nen.verb = slam\n", 0)
            .err()
            .expect("no example");
        assert!(err.to_string().contains("no example"), "{err}");
    }
}
