//! Part of speech and morphology: two greedy averaged perceptrons, left to right.
//!
//! The first picks each word's UPOS from its form, affixes, shape, neighbours and the
//! two tags before it. The second picks the whole FEATS value (`Mood=Ind|Number=Sing|…`)
//! as one class, among the values the training data showed with that UPOS, from the
//! same cues and the morphology it gave the word before.
//!
//! Both see each word's ambiguity class: the set of parts of speech the training data
//! gave its form (for forms seen at least twice), which tells the tagger what the next
//! words can be before it has tagged them. A model trained with a morphological lexicon
//! (`--classes`: the French one, from Lexique) also shows the UPOS tagger each word's
//! lexicon class: the categories the lexicon gives the form, one opaque class per set,
//! which covers the words the treebank never had (*dément*: adjective, noun or verb,
//! never an adverb).

use std::collections::HashMap;

use crate::atoms::{lower, Atoms, AFTER, BEFORE};
use crate::binary::{Reader, Writer};
use crate::hash::{hash_str, key};
use crate::perceptron::{argmax, Trainer, Weights};
use crate::table::KeyTable;
use crate::vocab::{Upos, UPOS_COUNT};
use crate::SyntaxError;

/// The atoms of word `i`, or padding outside the sentence.
pub fn atom(atoms: &[Atoms], i: isize) -> &Atoms {
    if i < 0 {
        &BEFORE
    } else {
        atoms.get(i as usize).unwrap_or(&AFTER)
    }
}

fn tag_at(tags: &[u16], i: isize, pad: u16) -> u64 {
    if i < 0 {
        u64::from(pad)
    } else {
        tags.get(i as usize)
            .map_or(u64::from(pad) + 1, |&t| u64::from(t))
    }
}

/// Ambiguity classes: the parts of speech seen with each frequent form, as bit masks,
/// and the lexicon's class of every form it lists, in one table so that a word costs
/// one lookup: the low [`MASK_BITS`] bits of a value are the mask (0: not seen), the
/// others the lexicon class plus one (0: not in the lexicon).
#[derive(Debug, Clone, Default)]
pub struct TagDictionary {
    table: KeyTable,
    /// Whether the model was trained with a lexicon: without one, the tagger has no
    /// lexicon features at all (a model trained so is the one trained before they
    /// existed).
    has_lexicon: bool,
}

/// The class of forms the dictionary does not know.
const UNKNOWN: u64 = 1 << 40;
/// Bits of a dictionary value that hold the mask of parts of speech seen.
const MASK_BITS: u32 = UPOS_COUNT as u32;

impl TagDictionary {
    fn build(sentences: &[TaggedSentence<'_>], lexicon: &[(u64, u32)]) -> TagDictionary {
        let mut seen: HashMap<u64, (u32, u32)> = HashMap::new();
        for s in sentences {
            for (a, &u) in s.atoms.iter().zip(&s.gold.upos) {
                let e = seen.entry(a.lower).or_default();
                e.0 += 1;
                e.1 |= 1 << u;
            }
        }
        let mut values: HashMap<u64, u32> = seen
            .into_iter()
            .filter(|(_, (n, _))| *n >= 2)
            .map(|(f, (_, m))| (f, m))
            .collect();
        for &(form, class) in lexicon {
            *values.entry(form).or_default() |= (class + 1) << MASK_BITS;
        }
        TagDictionary {
            table: KeyTable::build(values.into_iter().collect()),
            has_lexicon: !lexicon.is_empty(),
        }
    }

    fn from_table(table: KeyTable) -> TagDictionary {
        let has_lexicon = table.values().iter().any(|&v| v >> MASK_BITS != 0);
        TagDictionary { table, has_lexicon }
    }

    /// The ambiguity class and the lexicon class of every word (0: not in the lexicon).
    fn classes(&self, atoms: &[Atoms]) -> Classes {
        let mut out = Classes {
            seen: Vec::with_capacity(atoms.len()),
            lexicon: Vec::with_capacity(atoms.len()),
        };
        for a in atoms {
            let v = self.table.get(a.lower).unwrap_or(0);
            let mask = v & ((1 << MASK_BITS) - 1);
            out.seen
                .push(if mask == 0 { UNKNOWN } else { u64::from(mask) });
            if self.has_lexicon {
                out.lexicon.push(u64::from(v >> MASK_BITS));
            }
        }
        out
    }
}

/// The lexicon's classes, from `form<TAB>categories` pairs, as (hashed form, class):
/// each distinct category set gets a number, in the order first met.
pub fn lexicon_classes(pairs: &[(String, String)]) -> Vec<(u64, u32)> {
    let mut ids: HashMap<&str, u32> = HashMap::new();
    pairs
        .iter()
        .map(|(form, cats)| {
            let next = ids.len() as u32;
            let id = *ids.entry(cats.as_str()).or_insert(next);
            (hash_str(&lower(form)), id)
        })
        .collect()
}

/// What the tag dictionary says of each word of a sentence.
pub struct Classes {
    seen: Vec<u64>,
    /// Empty when the model has no lexicon.
    lexicon: Vec<u64>,
}

fn class_at(classes: &[u64], i: isize) -> u64 {
    if i < 0 {
        3
    } else {
        classes.get(i as usize).copied().unwrap_or(5)
    }
}

/// Features for the UPOS of word `i`, given the ambiguity classes of the words and the
/// tags chosen for the words before it.
pub fn upos_features(atoms: &[Atoms], dict: &Classes, tags: &[u16], i: usize, out: &mut Vec<u64>) {
    out.clear();
    let (classes, lexicon) = (&dict.seen[..], &dict.lexicon[..]);
    let i = i as isize;
    let w = atom(atoms, i);
    let (p1, p2) = (atom(atoms, i - 1), atom(atoms, i - 2));
    let (n1, n2) = (atom(atoms, i + 1), atom(atoms, i + 2));
    let pad = 1000;
    let (t1, t2) = (tag_at(tags, i - 1, pad), tag_at(tags, i - 2, pad));
    let first = u64::from(i == 0);
    out.extend_from_slice(&[
        key(0, &[]),
        key(1, &[w.lower]),
        key(2, &[w.suffix[0]]),
        key(3, &[w.suffix[1]]),
        key(4, &[w.suffix[2]]),
        key(5, &[w.suffix[3]]),
        key(6, &[w.prefix[0]]),
        key(7, &[w.prefix[1]]),
        key(8, &[w.prefix[2]]),
        key(9, &[w.shape, first]),
        key(10, &[p1.lower]),
        key(11, &[n1.lower]),
        key(12, &[p2.lower]),
        key(13, &[n2.lower]),
        key(14, &[t1]),
        key(15, &[t2]),
        key(16, &[t1, t2]),
        key(17, &[t1, w.lower]),
        key(18, &[p1.suffix[2]]),
        key(19, &[n1.suffix[2]]),
        key(20, &[w.lower, n1.lower]),
        key(21, &[p1.lower, w.lower]),
        key(22, &[n1.shape]),
        key(23, &[p1.shape]),
        key(24, &[t1, w.suffix[2]]),
        key(25, &[n1.suffix[0]]),
        key(26, &[t1, n1.lower]),
        key(27, &[class_at(classes, i)]),
        key(28, &[class_at(classes, i + 1)]),
        key(29, &[class_at(classes, i + 2)]),
        key(30, &[class_at(classes, i), class_at(classes, i + 1)]),
        key(31, &[t1, class_at(classes, i)]),
        key(32, &[t1, class_at(classes, i), class_at(classes, i + 1)]),
        key(33, &[class_at(classes, i), w.suffix[2]]),
        key(34, &[n1.lower, n2.lower]),
        key(35, &[w.shape, class_at(classes, i + 1)]),
    ]);
    if !lexicon.is_empty() {
        out.extend_from_slice(&[
            key(60, &[class_at(lexicon, i)]),
            key(61, &[class_at(lexicon, i), class_at(classes, i)]),
            key(62, &[class_at(lexicon, i + 1)]),
            key(63, &[t1, class_at(lexicon, i)]),
            key(64, &[class_at(lexicon, i), w.suffix[1]]),
            key(65, &[class_at(lexicon, i), w.shape]),
        ]);
    }
}

/// Features for the FEATS value of word `i`, given every word's UPOS and the values
/// chosen for the words before it.
pub fn feats_features(atoms: &[Atoms], upos: &[u16], feats: &[u16], i: usize, out: &mut Vec<u64>) {
    out.clear();
    let i = i as isize;
    let w = atom(atoms, i);
    let (p1, n1) = (atom(atoms, i - 1), atom(atoms, i + 1));
    let pad = 60000;
    let u = tag_at(upos, i, 1000);
    let (u1, un1, u2) = (
        tag_at(upos, i - 1, 1000),
        tag_at(upos, i + 1, 1000),
        tag_at(upos, i - 2, 1000),
    );
    let f1 = tag_at(feats, i - 1, pad);
    out.extend_from_slice(&[
        key(40, &[u]),
        key(41, &[u, w.lower]),
        key(42, &[u, w.suffix[0]]),
        key(43, &[u, w.suffix[1]]),
        key(44, &[u, w.suffix[2]]),
        key(45, &[u, w.suffix[3]]),
        key(46, &[u, u1]),
        key(47, &[u, un1]),
        key(48, &[u, p1.lower]),
        key(49, &[u, n1.lower]),
        key(50, &[u, f1]),
        key(51, &[u, u1, f1]),
        key(52, &[u, w.shape]),
        key(53, &[u, u1, u2]),
        key(54, &[u, n1.suffix[1]]),
        key(55, &[u, p1.suffix[1]]),
        key(56, &[u, w.prefix[1]]),
    ]);
}

/// The trained tagger.
#[derive(Debug, Clone)]
pub struct Tagger {
    dictionary: TagDictionary,
    upos: Weights,
    feats: Weights,
    /// For each UPOS, the FEATS classes seen with it in training.
    allowed: Vec<Vec<u16>>,
}

/// Tags of one sentence: UPOS and FEATS class per word.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tags {
    /// UPOS ids.
    pub upos: Vec<u16>,
    /// FEATS class ids.
    pub feats: Vec<u16>,
}

impl Tagger {
    /// Tags one sentence.
    pub fn tag(&self, atoms: &[Atoms]) -> Tags {
        let mut tags = Tags::default();
        let mut buf = Vec::with_capacity(48);
        let mut scores = self.upos.scores();
        let upos = self.upos.classes();
        let classes = self.dictionary.classes(atoms);
        for i in 0..atoms.len() {
            upos_features(atoms, &classes, &tags.upos, i, &mut buf);
            scores.iter_mut().for_each(|s| *s = 0.0);
            self.upos.score(&buf, &mut scores);
            tags.upos
                .push(argmax(&scores[..upos], |_| true).unwrap_or(Upos::X as usize) as u16);
        }
        let mut scores = self.feats.scores();
        for i in 0..atoms.len() {
            feats_features(atoms, &tags.upos, &tags.feats, i, &mut buf);
            scores.iter_mut().for_each(|s| *s = 0.0);
            self.feats.score(&buf, &mut scores);
            let allowed = &self.allowed[tags.upos[i] as usize];
            let best = allowed
                .iter()
                .copied()
                .max_by(|&a, &b| {
                    scores[a as usize]
                        .total_cmp(&scores[b as usize])
                        .then(b.cmp(&a))
                })
                .unwrap_or(0);
            tags.feats.push(best);
        }
        tags
    }

    /// Features and weights stored by the UPOS and the FEATS classifiers.
    pub fn sizes(&self) -> ((usize, usize), (usize, usize)) {
        (self.upos.size(), self.feats.size())
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        self.dictionary.table.write(w);
        self.upos.write(w);
        self.feats.write(w);
        w.u32(self.allowed.len() as u32);
        for a in &self.allowed {
            w.u16s(a);
        }
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Tagger, SyntaxError> {
        let dictionary = TagDictionary::from_table(KeyTable::read(r, "tag dictionary")?);
        let upos = Weights::read(r)?;
        let feats = Weights::read(r)?;
        let n = r.u32("allowed feats")? as usize;
        let allowed = (0..n)
            .map(|_| r.u16s("allowed feats"))
            .collect::<Result<Vec<_>, _>>()?;
        if allowed.len() != UPOS_COUNT
            || allowed
                .iter()
                .flatten()
                .any(|&c| c as usize >= feats.classes())
        {
            return Err(SyntaxError::Model("inconsistent feats table".into()));
        }
        Ok(Tagger {
            dictionary,
            upos,
            feats,
            allowed,
        })
    }
}

/// One training sentence for the tagger.
pub struct TaggedSentence<'a> {
    /// Atoms of its words.
    pub atoms: &'a [Atoms],
    /// Gold tags.
    pub gold: &'a Tags,
}

/// Learns a tagger; `order` gives the sentence order of each epoch.
pub fn train(
    sentences: &[TaggedSentence<'_>],
    lexicon: &[(u64, u32)],
    feats_classes: usize,
    epochs: usize,
    order: &mut dyn FnMut(usize) -> Vec<usize>,
) -> Tagger {
    let dictionary = TagDictionary::build(sentences, lexicon);
    let mut upos = Trainer::new(UPOS_COUNT);
    let mut feats = Trainer::new(feats_classes);
    let mut allowed = vec![Vec::new(); UPOS_COUNT];
    for s in sentences {
        for (&u, &f) in s.gold.upos.iter().zip(&s.gold.feats) {
            allowed[u as usize].push(f);
        }
    }
    for a in &mut allowed {
        a.sort_unstable();
        a.dedup();
    }
    let mut buf = Vec::new();
    let mut uscores = vec![0f32; UPOS_COUNT];
    let mut fscores = vec![0f32; feats_classes];
    for epoch in 0..epochs {
        for n in order(epoch) {
            let s = &sentences[n];
            let mut guessed = Vec::with_capacity(s.atoms.len());
            let classes = dictionary.classes(s.atoms);
            for i in 0..s.atoms.len() {
                upos_features(s.atoms, &classes, &guessed, i, &mut buf);
                uscores.iter_mut().for_each(|x| *x = 0.0);
                upos.score(&buf, &mut uscores);
                let guess = argmax(&uscores, |_| true).unwrap_or(0);
                upos.update(&buf, s.gold.upos[i] as usize, guess);
                upos.tick();
                guessed.push(guess as u16);
            }
            let mut fguessed = Vec::with_capacity(s.atoms.len());
            for i in 0..s.atoms.len() {
                feats_features(s.atoms, &s.gold.upos, &fguessed, i, &mut buf);
                fscores.iter_mut().for_each(|x| *x = 0.0);
                feats.score(&buf, &mut fscores);
                let ok = &allowed[s.gold.upos[i] as usize];
                let guess =
                    argmax(&fscores, |c| ok.binary_search(&(c as u16)).is_ok()).unwrap_or(0);
                feats.update(&buf, s.gold.feats[i] as usize, guess);
                feats.tick();
                fguessed.push(guess as u16);
            }
        }
    }
    Tagger {
        dictionary,
        upos: upos.average(0.0),
        feats: feats.average(0.0),
        allowed,
    }
}
