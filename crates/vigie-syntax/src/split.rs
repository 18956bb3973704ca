//! Contractions: which tokens are several syntactic words (« du » = de + le, « des » =
//! de + les or the article des, "cannot" = can + not), learned from the treebanks'
//! multiword tokens.
//!
//! Every form the training data wrote as a multiword token is a candidate, with its most
//! frequent expansion. Whether a given occurrence is split is decided by an averaged
//! perceptron over the form and its neighbours, trained on every occurrence of the
//! candidates, split or not, so that « des » before a noun phrase the verb governs by
//! « de » splits and the indefinite « des » does not.

use std::collections::HashMap;

use crate::atoms::lower;
use crate::binary::{Reader, Writer};
use crate::conllu::UdSentence;
use crate::hash::{hash_str, key};
use crate::perceptron::{argmax, Trainer, Weights};
use crate::SyntaxError;

/// The trained contraction splitter.
#[derive(Debug, Clone, Default)]
pub struct Splitter {
    forms: Vec<String>,
    expansions: Vec<Vec<String>>,
    weights: Option<Weights>,
}

fn features(tokens: &[&str], i: usize, out: &mut Vec<u64>) {
    out.clear();
    let f = hash_str(&lower(tokens[i]));
    let around = |k: isize| -> u64 {
        let j = i as isize + k;
        if j < 0 || j as usize >= tokens.len() {
            1
        } else {
            hash_str(&lower(tokens[j as usize]))
        }
    };
    let suffix = |k: isize| -> u64 {
        let j = i as isize + k;
        if j < 0 || j as usize >= tokens.len() {
            return 1;
        }
        let low = lower(tokens[j as usize]);
        let start = low.char_indices().rev().nth(2).map_or(0, |(b, _)| b);
        hash_str(&low[start..])
    };
    out.extend_from_slice(&[
        key(200, &[f]),
        key(201, &[f, around(-1)]),
        key(202, &[f, around(1)]),
        key(203, &[f, suffix(-1)]),
        key(204, &[f, suffix(1)]),
        key(205, &[f, around(-1), around(1)]),
        key(206, &[f, around(-2)]),
        key(207, &[f, suffix(2)]),
    ]);
}

impl Splitter {
    /// The syntactic words of token `i` of `tokens`, when it is a contraction.
    pub fn split(&self, tokens: &[&str], i: usize) -> Option<&[String]> {
        let weights = self.weights.as_ref()?;
        let low = lower(tokens[i]);
        let n = self.forms.binary_search(&low).ok()?;
        let mut buf = Vec::new();
        features(tokens, i, &mut buf);
        let mut scores = [0f32; 2];
        weights.score(&buf, &mut scores);
        (argmax(&scores, |_| true) == Some(1)).then(|| self.expansions[n].as_slice())
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.strs(&self.forms);
        for e in &self.expansions {
            w.strs(e);
        }
        match &self.weights {
            Some(weights) => {
                w.u8(1);
                weights.write(w);
            }
            None => w.u8(0),
        }
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Splitter, SyntaxError> {
        let forms = r.strs("contractions")?;
        let expansions = (0..forms.len())
            .map(|_| r.strs("expansions"))
            .collect::<Result<Vec<_>, _>>()?;
        let weights = match r.u8("splitter flag")? {
            0 => None,
            _ => Some(Weights::read(r)?),
        };
        if forms.windows(2).any(|p| p[0] >= p[1]) {
            return Err(SyntaxError::Model("contractions out of order".into()));
        }
        Ok(Splitter {
            forms,
            expansions,
            weights,
        })
    }
}

/// The surface tokens of a treebank sentence, each with whether it is a multiword token.
pub fn surface(s: &UdSentence) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut i = 1;
    while i <= s.words.len() {
        match s.tokens.iter().find(|t| t.first == i) {
            Some(t) => {
                out.push((t.form.clone(), true));
                i = t.last + 1;
            }
            None => {
                out.push((s.words[i - 1].form.clone(), false));
                i += 1;
            }
        }
    }
    out
}

/// Learns the splitter from treebank sentences.
pub fn train(sentences: &[UdSentence], epochs: usize) -> Splitter {
    let mut expansions: HashMap<String, HashMap<Vec<String>, usize>> = HashMap::new();
    for s in sentences {
        for t in &s.tokens {
            let words = s.words[t.first - 1..t.last]
                .iter()
                .map(|w| lower(&w.form))
                .collect();
            *expansions
                .entry(lower(&t.form))
                .or_default()
                .entry(words)
                .or_default() += 1;
        }
    }
    let mut forms: Vec<String> = expansions.keys().cloned().collect();
    forms.sort();
    let best: Vec<Vec<String>> = forms
        .iter()
        .map(|f| {
            let mut options: Vec<_> = expansions[f].iter().collect();
            options.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            options[0].0.clone()
        })
        .collect();
    if forms.is_empty() {
        return Splitter::default();
    }
    let examples: Vec<(Vec<String>, usize, bool)> = sentences
        .iter()
        .flat_map(|s| {
            let toks = surface(s);
            let forms = &forms;
            (0..toks.len()).filter_map(move |i| {
                forms.binary_search(&lower(&toks[i].0)).ok()?;
                Some((toks.iter().map(|t| t.0.clone()).collect(), i, toks[i].1))
            })
        })
        .collect();
    let mut model = Trainer::new(2);
    let mut buf = Vec::new();
    for _ in 0..epochs {
        for (toks, i, split) in &examples {
            let refs: Vec<&str> = toks.iter().map(String::as_str).collect();
            features(&refs, *i, &mut buf);
            let mut scores = [0f32; 2];
            model.score(&buf, &mut scores);
            let guess = argmax(&scores, |_| true).unwrap_or(0);
            model.update(&buf, usize::from(*split), guess);
            model.tick();
        }
    }
    Splitter {
        forms,
        expansions: best,
        weights: Some(model.average(0.0)),
    }
}
