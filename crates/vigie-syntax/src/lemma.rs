//! Lemmas: what the training data saw, then a form→lemma lexicon, then suffix rules.
//!
//! Every lemma is stored as an edit of its form: lowercase or keep the case, remove a
//! suffix, append another (`vient` → `venir` is `ient`→`enir`). A word the training
//! data saw with this part of speech takes its most frequent edit. An unseen word of an
//! open class takes the lexicon's lemma when the lexicon knows it. Anything else takes
//! the edit that an averaged perceptron picks from its suffixes, part of speech and
//! morphology, among the edits whose suffix the word ends with.

use std::collections::HashMap;

use crate::atoms::lower;
use crate::binary::{Reader, Writer};
use crate::hash::{hash_str, key, mix};
use crate::perceptron::{Trainer, Weights};
use crate::table::KeyTable;
use crate::vocab::Upos;
use crate::SyntaxError;

/// An edit from a form to its lemma.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Edit {
    /// Lowercase the form first.
    pub lower: bool,
    /// The suffix removed.
    pub remove: String,
    /// The suffix appended.
    pub append: String,
}

impl Edit {
    /// The edit that turns `form` into `lemma`, with the case kept when that explains
    /// more of the lemma.
    pub fn between(form: &str, lemma: &str) -> Edit {
        let low = lower(form);
        let keep = common_prefix(form, lemma);
        let lowered = common_prefix(&low, lemma);
        let (base, n, lower) = if lowered > keep {
            (low.as_str(), lowered, true)
        } else {
            (form, keep, false)
        };
        Edit {
            lower,
            remove: base[n..].to_string(),
            append: lemma[n..].to_string(),
        }
    }

    /// The lemma of `form`, or `None` when the form does not end with the suffix.
    #[cfg(test)]
    pub fn apply(&self, form: &str) -> Option<String> {
        self.apply_to(form, &lower(form))
    }

    /// [`Edit::apply`] with the lowercased form already computed.
    fn apply_to(&self, form: &str, low: &str) -> Option<String> {
        let base = if self.lower { low } else { form };
        let stem = base.strip_suffix(self.remove.as_str())?;
        Some(format!("{stem}{}", self.append))
    }

    fn applies(&self, form: &str, low: &str) -> bool {
        (if self.lower { low } else { form }).ends_with(self.remove.as_str())
    }

    fn encode(&self) -> String {
        format!(
            "{}\t{}\t{}",
            if self.lower { "L" } else { "K" },
            self.remove,
            self.append
        )
    }

    fn decode(s: &str) -> Option<Edit> {
        let mut parts = s.split('\t');
        let lower = match parts.next()? {
            "L" => true,
            "K" => false,
            _ => return None,
        };
        Some(Edit {
            lower,
            remove: parts.next()?.to_string(),
            append: parts.next()?.to_string(),
        })
    }
}

/// Length in bytes of the longest common prefix, on character boundaries.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or_else(|| a.len().min(b.len()), |((i, _), _)| i)
        .min(b.len())
}

/// The lowercased suffixes of 1 to 6 characters (fewer for short words).
fn suffixes(low: &str) -> impl Iterator<Item = (usize, &str)> {
    let starts: Vec<usize> = low.char_indices().map(|(i, _)| i).collect();
    (1..=6.min(starts.len())).map(move |k| (k, &low[starts[starts.len() - k]..]))
}

/// Features of the suffix rules: `low` is the lowercased form, `capital` whether the
/// form starts with a capital.
fn edit_features(low: &str, upos: u16, feats: u16, capital: bool, out: &mut Vec<u64>) {
    out.clear();
    let u = u64::from(upos);
    out.push(key(60, &[u]));
    out.push(key(61, &[u, u64::from(feats)]));
    out.push(key(62, &[u64::from(capital), u]));
    for (k, s) in suffixes(low) {
        let h = mix(hash_str(s), k as u64);
        out.push(key(63, &[h]));
        out.push(key(64, &[h, u]));
        if k <= 3 {
            out.push(key(65, &[h, u, u64::from(feats)]));
        }
    }
}

fn form_key(form: &str, upos: u16) -> u64 {
    mix(hash_str(form), u64::from(upos) + 1)
}

/// The key of a form's verb reading in the lexicon table (`dément` → démentir, where
/// the form's own entry is the adjective).
fn verb_key(low: &str) -> u64 {
    mix(hash_str(low), 1 << 20)
}

/// Open classes, where the lexicon is trusted over suffix rules.
fn open_class(upos: u16) -> bool {
    matches!(
        Upos::from_id(upos),
        Upos::Noun | Upos::Verb | Upos::Adj | Upos::Adv | Upos::Aux
    )
}

/// The trained lemmatiser.
#[derive(Debug, Clone)]
pub struct Lemmatizer {
    edits: Vec<Edit>,
    seen: KeyTable,
    lexicon: KeyTable,
    rules: Weights,
}

impl Lemmatizer {
    /// The lemma of `form` with part of speech `upos` and FEATS class `feats`.
    pub fn lemma(&self, form: &str, upos: u16, feats: u16) -> String {
        let low = lower(form);
        let seen = self
            .seen
            .get(form_key(form, upos))
            .or_else(|| self.seen.get(form_key(&low, upos)));
        let verb = matches!(Upos::from_id(upos), Upos::Verb | Upos::Aux);
        let known = seen
            .or_else(|| verb.then(|| self.lexicon.get(verb_key(&low))).flatten())
            .or_else(|| {
                open_class(upos)
                    .then(|| self.lexicon.get(hash_str(&low)))
                    .flatten()
            });
        if let Some(lemma) = known.and_then(|e| self.edits.get(e as usize)?.apply_to(form, &low)) {
            return lemma;
        }
        if Upos::from_id(upos) == Upos::Propn {
            return form.to_string();
        }
        let mut buf = Vec::new();
        edit_features(
            &low,
            upos,
            feats,
            form.chars().next().is_some_and(char::is_uppercase),
            &mut buf,
        );
        let mut scores = vec![0f32; self.rules.classes()];
        self.rules.score(&buf, &mut scores);
        let mut best: Option<(f32, &Edit)> = None;
        for (e, &s) in self.edits.iter().zip(&scores) {
            if best.is_none_or(|(b, _)| s > b) && e.applies(form, &low) {
                best = Some((s, e));
            }
        }
        best.and_then(|(_, e)| e.apply_to(form, &low))
            .unwrap_or_else(|| form.to_string())
    }

    /// Features and weights stored by the suffix rules.
    pub fn rule_sizes(&self) -> (usize, usize) {
        self.rules.size()
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        let names: Vec<String> = self.edits.iter().map(Edit::encode).collect();
        w.strs(&names);
        self.seen.write(w);
        self.lexicon.write(w);
        self.rules.write(w);
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Lemmatizer, SyntaxError> {
        let edits = r
            .strs("lemma edits")?
            .iter()
            .map(|s| {
                Edit::decode(s).ok_or_else(|| SyntaxError::Model(format!("bad lemma edit {s:?}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let seen = KeyTable::read(r, "lemma table")?;
        let lexicon = KeyTable::read(r, "lemma lexicon")?;
        let rules = Weights::read(r)?;
        let n = edits.len() as u32;
        if seen
            .values()
            .iter()
            .chain(lexicon.values())
            .any(|&e| e >= n)
            || rules.classes() > edits.len()
        {
            return Err(SyntaxError::Model("lemma edit out of range".into()));
        }
        Ok(Lemmatizer {
            edits,
            seen,
            lexicon,
            rules,
        })
    }
}

/// One training word: form, UPOS id, FEATS id, gold lemma.
pub struct LemmaExample<'a> {
    /// Surface form.
    pub form: &'a str,
    /// UPOS id.
    pub upos: u16,
    /// FEATS class id.
    pub feats: u16,
    /// Gold lemma.
    pub lemma: &'a str,
}

/// Learns a lemmatiser from training words and an optional form→lemma lexicon.
///
/// `verbs` lists the verb lemma of forms whose lexicon lemma is another reading's
/// (`dément` → démentir); a word tagged as a verb takes it first.
pub fn train(
    words: &[LemmaExample<'_>],
    lexicon: &[(String, String)],
    verbs: &[(String, String)],
    epochs: usize,
) -> Lemmatizer {
    let mut ids: HashMap<Edit, u32> = HashMap::new();
    let mut edits: Vec<Edit> = Vec::new();
    let mut edit_id = |e: Edit, edits: &mut Vec<Edit>| {
        *ids.entry(e.clone()).or_insert_with(|| {
            edits.push(e);
            edits.len() as u32 - 1
        })
    };
    // most frequent edit per (form, upos)
    let mut counts: HashMap<(u64, u32), usize> = HashMap::new();
    let mut types: HashMap<(&str, u16, u16, u32), ()> = HashMap::new();
    for w in words {
        let e = edit_id(Edit::between(w.form, w.lemma), &mut edits);
        *counts.entry((form_key(w.form, w.upos), e)).or_default() += 1;
        types.insert((w.form, w.upos, w.feats, e), ());
    }
    let rule_classes = edits.len();
    let mut best: HashMap<u64, (usize, u32)> = HashMap::new();
    for (&(k, e), &n) in &counts {
        let b = best.entry(k).or_insert((0, u32::MAX));
        if n > b.0 || (n == b.0 && e < b.1) {
            *b = (n, e);
        }
    }
    let seen = KeyTable::build(best.into_iter().map(|(k, (_, e))| (k, e)).collect());
    let plain = lexicon
        .iter()
        .map(|(form, lemma)| (hash_str(form), form, lemma));
    let verbal = verbs
        .iter()
        .map(|(form, lemma)| (verb_key(form), form, lemma));
    let lexicon = KeyTable::build(
        plain
            .chain(verbal)
            .map(|(key, form, lemma)| (key, edit_id(Edit::between(form, lemma), &mut edits)))
            .collect(),
    );
    // suffix rules learned over word types, in a fixed order
    let mut examples: Vec<_> = types.into_keys().collect();
    examples.sort_unstable();
    let mut rules = Trainer::new(rule_classes);
    let mut buf = Vec::new();
    let mut scores = vec![0f32; rule_classes];
    for _ in 0..epochs {
        for &(form, upos, feats, gold) in &examples {
            let low = lower(form);
            let capital = form.chars().next().is_some_and(char::is_uppercase);
            edit_features(&low, upos, feats, capital, &mut buf);
            scores.iter_mut().for_each(|s| *s = 0.0);
            rules.score(&buf, &mut scores);
            let mut guess = gold as usize;
            let mut top = f32::NEG_INFINITY;
            for (i, (e, &s)) in edits.iter().zip(&scores).enumerate() {
                if s > top && e.applies(form, &low) {
                    top = s;
                    guess = i;
                }
            }
            rules.update(&buf, gold as usize, guess);
            rules.tick();
        }
    }
    Lemmatizer {
        edits,
        seen,
        lexicon,
        rules: rules.average(0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_explain_lemmas() {
        let e = Edit::between("vient", "venir");
        assert_eq!((e.remove.as_str(), e.append.as_str()), ("ient", "enir"));
        assert_eq!(e.apply("revient").as_deref(), Some("revenir"));
        assert_eq!(e.apply("vint"), None);
        let e = Edit::between("Le", "le");
        assert!(e.lower);
        assert_eq!(e.apply("La").as_deref(), Some("la"));
        let e = Edit::between("Mali", "Mali");
        assert!(!e.lower);
        assert_eq!(e.apply("Niger").as_deref(), Some("Niger"));
        let e = Edit::between("Ménaka", "ménaka");
        assert_eq!(e.apply("Ménaka").as_deref(), Some("ménaka"));
    }

    #[test]
    fn unseen_words_take_a_learned_suffix_rule() {
        let words = [
            ("condamne", "condamner"),
            ("accuse", "accuser"),
            ("menace", "menacer"),
            ("rejette", "rejeter"),
            ("attaque", "attaquer"),
        ];
        let examples: Vec<_> = words
            .iter()
            .map(|&(form, lemma)| LemmaExample {
                form,
                upos: Upos::Verb as u16,
                feats: 0,
                lemma,
            })
            .collect();
        let lem = train(&examples, &[], &[], 5);
        assert_eq!(
            lem.lemma("subventionne", Upos::Verb as u16, 0),
            "subventionner"
        );
        assert_eq!(lem.lemma("accuse", Upos::Verb as u16, 0), "accuser");
    }

    #[test]
    fn a_word_tagged_as_a_verb_takes_the_verb_reading_of_the_lexicon() {
        let examples = [LemmaExample {
            form: "condamne",
            upos: Upos::Verb as u16,
            feats: 0,
            lemma: "condamner",
        }];
        let lexicon = [("accusés".to_string(), "accusé".to_string())];
        let verbs = [
            ("dément".to_string(), "démentir".to_string()),
            ("accusés".to_string(), "accuser".to_string()),
        ];
        let lem = train(&examples, &lexicon, &verbs, 2);
        let (verb, noun, adj) = (Upos::Verb as u16, Upos::Noun as u16, Upos::Adj as u16);
        assert_eq!(lem.lemma("dément", verb, 0), "démentir");
        assert_eq!(lem.lemma("accusés", verb, 0), "accuser");
        assert_eq!(lem.lemma("accusés", noun, 0), "accusé");
        // the verb reading is for verbs only
        assert_ne!(lem.lemma("dément", adj, 0), "démentir");
    }
}
