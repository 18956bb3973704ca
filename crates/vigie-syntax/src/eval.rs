//! Scores against a treebank, with the CoNLL 2018 shared task's definitions for gold
//! tokenisation: UPOS, UFeats (the universal features only, as sets), lemma, UAS, and
//! LAS on the universal part of the relation (`nsubj` for `nsubj:pass`), punctuation
//! included.

use crate::conllu::UdSentence;

/// The features the CoNLL 2018 evaluation compares.
const UNIVERSAL_FEATURES: [&str; 21] = [
    "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number",
    "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident",
    "Polarity", "Person", "Polite",
];

/// Counts of words scored and of words right on each measure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Sentences scored.
    pub sentences: usize,
    /// Words scored.
    pub words: usize,
    /// Right UPOS.
    pub upos: usize,
    /// Right universal features.
    pub ufeats: usize,
    /// Right lemma.
    pub lemma: usize,
    /// Right head.
    pub uas: usize,
    /// Right head and universal relation.
    pub las: usize,
}

fn universal(feats: &str) -> Vec<&str> {
    let mut kept: Vec<&str> = feats
        .split('|')
        .filter(|kv| {
            kv.split_once('=')
                .is_some_and(|(k, _)| UNIVERSAL_FEATURES.contains(&k))
        })
        .collect();
    kept.sort_unstable();
    kept
}

/// The universal part of a relation.
pub fn universal_relation(rel: &str) -> &str {
    rel.split(':').next().unwrap_or(rel)
}

impl Counts {
    /// Adds a predicted sentence scored against its gold (same words).
    pub fn add(&mut self, gold: &UdSentence, pred: &UdSentence) {
        self.sentences += 1;
        for (g, p) in gold.words.iter().zip(&pred.words) {
            self.words += 1;
            self.upos += usize::from(g.upos == p.upos);
            self.ufeats += usize::from(universal(&g.feats) == universal(&p.feats));
            self.lemma += usize::from(g.lemma == p.lemma || g.lemma == "_");
            let head = g.head == p.head;
            self.uas += usize::from(head);
            self.las +=
                usize::from(head && universal_relation(&g.deprel) == universal_relation(&p.deprel));
        }
    }

    /// A measure as a fraction of the words.
    pub fn rate(&self, right: usize) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            right as f64 / self.words as f64
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::read;

    #[test]
    fn scores_follow_the_shared_task() {
        let gold = read("1\ta\ta\tNOUN\t_\tGender=Fem|Emph=Yes\t2\tnsubj:pass\t_\t_\n2\tb\tb\tVERB\t_\t_\t0\troot\t_\t_\n", "g").unwrap();
        let pred = read(
            "1\ta\tA\tNOUN\t_\tGender=Fem\t2\tnsubj\t_\t_\n2\tb\tb\tNOUN\t_\t_\t1\troot\t_\t_\n",
            "p",
        )
        .unwrap();
        let mut c = Counts::default();
        c.add(&gold[0], &pred[0]);
        assert_eq!(
            (c.words, c.upos, c.ufeats, c.lemma, c.uas, c.las),
            (2, 1, 2, 1, 1, 1)
        );
    }
}
