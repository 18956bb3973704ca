//! Dependency parsing: the arc-hybrid transition system, greedy, with an averaged
//! perceptron over rich feature templates, trained with a dynamic oracle.
//!
//! A configuration is a stack, a buffer and the arcs built so far. The buffer ends with
//! an artificial root (Ballesteros and Nivre 2013), so that the root is attached last
//! and exactly once. Transitions: SHIFT moves the front of the buffer onto the stack;
//! LEFT(l) makes the front of the buffer the head of the top of the stack; RIGHT(l)
//! makes the second item of the stack the head of the top. Each sentence takes 2n
//! transitions. The oracle (Goldberg and Nivre 2013) gives the cost of every
//! transition in any configuration, so training can follow the model's own mistakes
//! and learn to recover from them.

use crate::binary::{Reader, Writer};
use crate::hash::key;
use crate::perceptron::{argmax, Trainer, Weights};
use crate::SyntaxError;

const NONE: u32 = u32::MAX;

/// What the parser sees of each word: hashed form, UPOS and FEATS ids.
#[derive(Debug, Clone, Copy)]
pub struct ParseWord {
    /// Hash of the lowercased form.
    pub form: u64,
    /// UPOS id.
    pub upos: u16,
    /// FEATS class id.
    pub feats: u16,
}

/// A parse: head (0 is the root, else 1-based) and relation id per word.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tree {
    /// Heads, 1-based, 0 for the root.
    pub heads: Vec<u32>,
    /// Relation ids.
    pub labels: Vec<u16>,
}

/// The moves of the transition system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Move {
    Shift,
    Left(u16),
    Right(u16),
}

/// Number of classes for `labels` relations.
fn classes(labels: usize) -> usize {
    1 + 2 * labels
}

fn decode(class: usize, labels: usize) -> Move {
    match class {
        0 => Move::Shift,
        c if c <= labels => Move::Left((c - 1) as u16),
        c => Move::Right((c - 1 - labels) as u16),
    }
}

struct Config {
    n: u32,
    stack: Vec<u32>,
    front: u32,
    heads: Vec<u32>,
    labels: Vec<u16>,
    /// Leftmost and second leftmost, rightmost and second rightmost dependents.
    left: Vec<[u32; 2]>,
    right: Vec<[u32; 2]>,
    nleft: Vec<u8>,
    nright: Vec<u8>,
    /// Sets of the relations of the left and right dependents, as bit masks.
    left_set: Vec<u128>,
    right_set: Vec<u128>,
}

impl Config {
    fn new(n: usize) -> Config {
        let m = n + 1;
        Config {
            n: n as u32,
            stack: Vec::with_capacity(n),
            front: 0,
            heads: vec![NONE; m],
            labels: vec![0; m],
            left: vec![[NONE; 2]; m],
            right: vec![[NONE; 2]; m],
            nleft: vec![0; m],
            nright: vec![0; m],
            left_set: vec![0; m],
            right_set: vec![0; m],
        }
    }

    fn terminal(&self) -> bool {
        self.stack.is_empty() && self.front == self.n
    }

    fn s(&self, k: usize) -> u32 {
        if self.stack.len() > k {
            self.stack[self.stack.len() - 1 - k]
        } else {
            NONE
        }
    }

    fn b(&self, k: u32) -> u32 {
        let i = self.front + k;
        if i <= self.n {
            i
        } else {
            NONE
        }
    }

    fn valid(&self, m: Move, root: u16) -> bool {
        match m {
            Move::Shift => self.front < self.n,
            Move::Left(l) => {
                !self.stack.is_empty()
                    && if self.front == self.n {
                        self.stack.len() == 1 && l == root
                    } else {
                        l != root
                    }
            }
            Move::Right(l) => self.stack.len() >= 2 && l != root,
        }
    }

    fn attach(&mut self, head: u32, dep: u32, label: u16) {
        self.heads[dep as usize] = head;
        self.labels[dep as usize] = label;
        let h = head as usize;
        let bit = 1u128 << (label as u32 % 128);
        if dep < head {
            self.left[h] = [dep, self.left[h][0]];
            self.nleft[h] = self.nleft[h].saturating_add(1);
            self.left_set[h] |= bit;
        } else {
            self.right[h] = [dep, self.right[h][0]];
            self.nright[h] = self.nright[h].saturating_add(1);
            self.right_set[h] |= bit;
        }
    }

    fn apply(&mut self, m: Move) {
        match m {
            Move::Shift => {
                self.stack.push(self.front);
                self.front += 1;
            }
            Move::Left(l) => {
                let s0 = self.stack.pop().expect("valid move");
                self.attach(self.front, s0, l);
            }
            Move::Right(l) => {
                let s0 = self.stack.pop().expect("valid move");
                let s1 = *self.stack.last().expect("valid move");
                self.attach(s1, s0, l);
            }
        }
    }

    /// The cost of `m`: how many gold arcs it makes unreachable (Goldberg and Nivre 2013,
    /// arc-hybrid), plus one when it builds a gold arc with the wrong relation.
    fn cost(&self, m: Move, gold: &Gold) -> usize {
        let b = self.front;
        let in_buffer = |i: u32| i >= b && i <= self.n;
        let deps_in_buffer = |h: u32| gold.deps[h as usize].iter().filter(|&&d| d >= b).count();
        match m {
            Move::Shift => {
                let s0 = self.s(0);
                let head = gold.heads[b as usize];
                let lost_head = usize::from(head != s0 && self.stack.contains(&head));
                let lost_deps = self
                    .stack
                    .iter()
                    .filter(|&&d| gold.heads[d as usize] == b)
                    .count();
                lost_head + lost_deps
            }
            Move::Left(l) => {
                let s0 = self.s(0);
                let head = gold.heads[s0 as usize];
                let lost_head = usize::from(head != b && (head == self.s(1) || in_buffer(head)));
                let wrong = usize::from(head == b && gold.labels[s0 as usize] != l);
                lost_head + deps_in_buffer(s0) + wrong
            }
            Move::Right(l) => {
                let (s0, s1) = (self.s(0), self.s(1));
                let head = gold.heads[s0 as usize];
                let lost_head = usize::from(in_buffer(head));
                let wrong = usize::from(head == s1 && gold.labels[s0 as usize] != l);
                lost_head + deps_in_buffer(s0) + wrong
            }
        }
    }
}

/// The gold tree of a training sentence, in the parser's own numbering (the root is n).
struct Gold {
    heads: Vec<u32>,
    labels: Vec<u16>,
    deps: Vec<Vec<u32>>,
}

impl Gold {
    fn new(tree: &Tree) -> Gold {
        let n = tree.heads.len() as u32;
        let heads: Vec<u32> = tree
            .heads
            .iter()
            .map(|&h| if h == 0 { n } else { h - 1 })
            .collect();
        let mut deps = vec![Vec::new(); n as usize + 1];
        for (d, &h) in heads.iter().enumerate() {
            deps[h as usize].push(d as u32);
        }
        Gold {
            heads,
            labels: tree.labels.clone(),
            deps,
        }
    }
}

/// Bucketed distance between two positions.
fn distance(a: u32, b: u32) -> u64 {
    if a == NONE || b == NONE {
        return 99;
    }
    match a.abs_diff(b) {
        d @ 0..=4 => u64::from(d),
        5..=7 => 5,
        8..=10 => 6,
        _ => 7,
    }
}

/// The feature keys of a configuration.
/// `punct[i]` is the number of punctuation words before word `i` (one more entry than
/// words), so that features can count the punctuation between two positions.
fn punct_before(words: &[ParseWord]) -> Vec<u16> {
    let mut out = Vec::with_capacity(words.len() + 2);
    let mut n = 0u16;
    out.push(0);
    for w in words {
        n = n.saturating_add(u16::from(w.upos == crate::Upos::Punct as u16));
        out.push(n);
    }
    out.push(n);
    out
}

fn features(c: &Config, words: &[ParseWord], punct: &[u16], out: &mut Vec<u64>) {
    out.clear();
    let n = c.n;
    // atoms of a position: form, upos, upos+feats, relation
    let w = |i: u32| -> u64 {
        match i {
            NONE => 3,
            i if i == n => 5,
            i => words[i as usize].form,
        }
    };
    let p = |i: u32| -> u64 {
        match i {
            NONE => 1003,
            i if i == n => 1005,
            i => u64::from(words[i as usize].upos),
        }
    };
    let m = |i: u32| -> u64 {
        match i {
            NONE => 3,
            i if i == n => 5,
            i => u64::from(words[i as usize].upos) << 16 | u64::from(words[i as usize].feats),
        }
    };
    let l = |i: u32| -> u64 {
        if i == NONE || c.heads[i as usize] == NONE {
            1000
        } else {
            u64::from(c.labels[i as usize])
        }
    };
    let child = |table: &Vec<[u32; 2]>, i: u32, k: usize| {
        if i == NONE {
            NONE
        } else {
            table[i as usize][k]
        }
    };
    let (s0, s1, s2) = (c.s(0), c.s(1), c.s(2));
    let (b0, b1, b2) = (c.b(0), c.b(1), c.b(2));
    let (s0l, s0l2, s0r, s0r2) = (
        child(&c.left, s0, 0),
        child(&c.left, s0, 1),
        child(&c.right, s0, 0),
        child(&c.right, s0, 1),
    );
    let (s1l, s1r) = (child(&c.left, s1, 0), child(&c.right, s1, 0));
    let (b0l, b0l2) = (child(&c.left, b0, 0), child(&c.left, b0, 1));
    let val = |t: &Vec<u8>, i: u32| {
        if i == NONE {
            99
        } else {
            u64::from(t[i as usize])
        }
    };
    let set = |t: &Vec<u128>, i: u32| {
        if i == NONE {
            7
        } else {
            t[i as usize] as u64 ^ (t[i as usize] >> 64) as u64
        }
    };
    let d = distance(s0, b0);
    // punctuation between two positions, as 0, 1 or 2 for more
    let between = |a: u32, b: u32| -> u64 {
        if a == NONE || b == NONE {
            return 9;
        }
        let (a, b) = (a.min(b) as usize, a.max(b) as usize);
        u64::from((punct[b.min(punct.len() - 1)] - punct[(a + 1).min(punct.len() - 1)]).min(2))
    };
    let (p01, p10) = (between(s0, b0), between(s1, s0));
    let d1 = distance(s1, s0);
    let (s0w, s0p, s0m) = (w(s0), p(s0), m(s0));
    let (s1w, s1p, s1m) = (w(s1), p(s1), m(s1));
    let (b0w, b0p, b0m) = (w(b0), p(b0), m(b0));
    let (b1w, b1p) = (w(b1), p(b1));
    let (b2p, s2p) = (p(b2), p(s2));
    let mut t = 100;
    let mut push = |atoms: &[u64]| {
        out.push(key(t, atoms));
        t += 1;
    };
    // single positions
    push(&[s0w]);
    push(&[s0p]);
    push(&[s0w, s0p]);
    push(&[s0m]);
    push(&[s1w]);
    push(&[s1p]);
    push(&[s1w, s1p]);
    push(&[s1m]);
    push(&[b0w]);
    push(&[b0p]);
    push(&[b0w, b0p]);
    push(&[b0m]);
    push(&[b1w]);
    push(&[b1p]);
    push(&[b1w, b1p]);
    push(&[b2p]);
    push(&[w(b2)]);
    push(&[s2p]);
    // pairs
    push(&[s0w, s0p, b0w, b0p]);
    push(&[s0w, s0p, b0w]);
    push(&[s0w, b0w, b0p]);
    push(&[s0w, s0p, b0p]);
    push(&[s0p, b0w, b0p]);
    push(&[s0w, b0w]);
    push(&[s0p, b0p]);
    push(&[b0p, b1p]);
    push(&[s1p, s0p]);
    push(&[s1w, s0w]);
    push(&[s1w, s1p, s0p]);
    push(&[s1p, s0w, s0p]);
    push(&[s0m, b0m]);
    push(&[s1m, s0m]);
    push(&[s0p, b0w]);
    push(&[s1p, b0p]);
    // triples of tags
    push(&[b0p, b1p, b2p]);
    push(&[s0p, b0p, b1p]);
    push(&[s1p, s0p, b0p]);
    push(&[s0p, p(s0l), b0p]);
    push(&[s0p, p(s0r), b0p]);
    push(&[s0p, b0p, p(b0l)]);
    push(&[s1p, p(s1r), s0p]);
    push(&[s1p, p(s1l), s0p]);
    push(&[s2p, s1p, s0p]);
    push(&[s0p, p(s0l), p(s0l2)]);
    push(&[s0p, p(s0r), p(s0r2)]);
    push(&[b0p, p(b0l), p(b0l2)]);
    push(&[s1p, s0p, b0p, b1p]);
    // distances
    push(&[s0w, d]);
    push(&[s0p, d]);
    push(&[b0w, d]);
    push(&[b0p, d]);
    push(&[s0w, b0w, d]);
    push(&[s0p, b0p, d]);
    push(&[s1p, s0p, d1]);
    push(&[s1w, s0w, d1]);
    // valency
    push(&[s0w, val(&c.nright, s0)]);
    push(&[s0p, val(&c.nright, s0)]);
    push(&[s0w, val(&c.nleft, s0)]);
    push(&[s0p, val(&c.nleft, s0)]);
    push(&[b0w, val(&c.nleft, b0)]);
    push(&[b0p, val(&c.nleft, b0)]);
    push(&[s1p, val(&c.nright, s1)]);
    // dependents already found
    push(&[w(s0l)]);
    push(&[p(s0l)]);
    push(&[l(s0l)]);
    push(&[w(s0r)]);
    push(&[p(s0r)]);
    push(&[l(s0r)]);
    push(&[w(b0l)]);
    push(&[p(b0l)]);
    push(&[l(b0l)]);
    push(&[w(s1r)]);
    push(&[l(s1r)]);
    push(&[l(s0l2)]);
    push(&[l(s0r2)]);
    push(&[l(b0l2)]);
    push(&[s0p, l(s0l), l(s0l2)]);
    push(&[s0p, l(s0r), l(s0r2)]);
    push(&[b0p, l(b0l), l(b0l2)]);
    push(&[s0p, l(s0)]);
    push(&[s1p, l(s1)]);
    // relation sets
    push(&[s0w, set(&c.left_set, s0)]);
    push(&[s0p, set(&c.left_set, s0)]);
    push(&[s0w, set(&c.right_set, s0)]);
    push(&[s0p, set(&c.right_set, s0)]);
    push(&[b0w, set(&c.left_set, b0)]);
    push(&[b0p, set(&c.left_set, b0)]);
    // agreement and subcategorisation cues
    push(&[s0m, b0p, d]);
    push(&[s0p, b0m, d]);
    push(&[s0w, b0p, set(&c.left_set, b0)]);
    // punctuation between the candidates: clause and coordination boundaries
    push(&[s0p, b0p, p01]);
    push(&[s0w, b0p, p01]);
    push(&[s0p, b0w, p01]);
    push(&[s1p, s0p, p10]);
    push(&[s0p, b0p, p01, d]);
    push(&[s0p, p(s0r), b0p, p01]);
    push(&[s1w, b0w]);
}

/// The trained parser.
#[derive(Debug, Clone)]
pub struct Parser {
    weights: Weights,
    labels: usize,
    root: u16,
}

impl Parser {
    /// Parses one tagged sentence.
    pub fn parse(&self, words: &[ParseWord]) -> Tree {
        let mut c = Config::new(words.len());
        let punct = punct_before(words);
        let mut buf = Vec::with_capacity(128);
        let mut scores = self.weights.scores();
        let moves = classes(self.labels);
        while !c.terminal() {
            features(&c, words, &punct, &mut buf);
            scores.iter_mut().for_each(|s| *s = 0.0);
            self.weights.score(&buf, &mut scores);
            let best = argmax(&scores[..moves], |k| {
                c.valid(decode(k, self.labels), self.root)
            })
            .map(|k| decode(k, self.labels));
            match best {
                Some(m) => c.apply(m),
                None => break,
            }
        }
        tree_of(&c)
    }

    /// Features and weights stored.
    pub fn sizes(&self) -> (usize, usize) {
        self.weights.size()
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.u32(self.labels as u32);
        w.u16(self.root);
        self.weights.write(w);
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Parser, SyntaxError> {
        let labels = r.u32("relation count")? as usize;
        let root = r.u16("root relation")?;
        let weights = Weights::read(r)?;
        if weights.classes() != classes(labels) || root as usize >= labels {
            return Err(SyntaxError::Model(
                "parser classes do not match its relations".into(),
            ));
        }
        Ok(Parser {
            weights,
            labels,
            root,
        })
    }
}

fn tree_of(c: &Config) -> Tree {
    let n = c.n;
    let heads = c.heads[..n as usize]
        .iter()
        .map(|&h| if h == n || h == NONE { 0 } else { h + 1 })
        .collect();
    Tree {
        heads,
        labels: c.labels[..n as usize].to_vec(),
    }
}

/// One training sentence for the parser: its words as the tagger sees them, and the gold tree.
pub struct ParseExample<'a> {
    /// Words with predicted (jackknifed) tags.
    pub words: &'a [ParseWord],
    /// Gold tree.
    pub gold: &'a Tree,
}

/// Training settings.
pub struct ParserTraining<'a> {
    /// Number of relations.
    pub labels: usize,
    /// Id of the `root` relation.
    pub root: u16,
    /// Passes over the data.
    pub epochs: usize,
    /// From this epoch on, follow the model's own moves (exploration).
    pub explore_from: usize,
    /// Sentence order for each epoch.
    pub order: &'a mut dyn FnMut(usize) -> Vec<usize>,
    /// A random number in [0, 1) per call, from a fixed seed.
    pub random: &'a mut dyn FnMut() -> f64,
    /// Averaged weights smaller than this are dropped.
    pub prune: f32,
    /// Called after each epoch with the parser so far.
    pub after_epoch: &'a mut dyn FnMut(usize, &Parser),
}

/// Learns a parser with the dynamic oracle.
pub fn train(examples: &[ParseExample<'_>], settings: ParserTraining<'_>) -> Parser {
    let labels = settings.labels;
    let k = classes(labels);
    let mut model = Trainer::new(k);
    let mut buf = Vec::with_capacity(128);
    let mut scores = vec![0f32; k];
    let mut costs = vec![usize::MAX; k];
    for epoch in 0..settings.epochs {
        for n in (settings.order)(epoch) {
            let ex = &examples[n];
            let gold = Gold::new(ex.gold);
            let mut c = Config::new(ex.words.len());
            let punct = punct_before(ex.words);
            while !c.terminal() {
                features(&c, ex.words, &punct, &mut buf);
                scores.iter_mut().for_each(|s| *s = 0.0);
                model.score(&buf, &mut scores);
                let mut min_cost = usize::MAX;
                for (class, cost) in costs.iter_mut().enumerate() {
                    let m = decode(class, labels);
                    *cost = if c.valid(m, settings.root) {
                        c.cost(m, &gold)
                    } else {
                        usize::MAX
                    };
                    min_cost = min_cost.min(*cost);
                }
                if min_cost == usize::MAX {
                    break;
                }
                let guess = argmax(&scores, |i| costs[i] != usize::MAX).expect("a valid move");
                let best = argmax(&scores, |i| costs[i] == min_cost).expect("a cheapest move");
                if costs[guess] > min_cost {
                    model.update(&buf, best, guess);
                }
                model.tick();
                let follow = if costs[guess] == min_cost
                    || (epoch >= settings.explore_from && (settings.random)() < 0.9)
                {
                    guess
                } else {
                    best
                };
                c.apply(decode(follow, labels));
            }
        }
        let parser = Parser {
            weights: model.average(settings.prune),
            labels,
            root: settings.root,
        };
        (settings.after_epoch)(epoch, &parser);
    }
    Parser {
        weights: model.average(settings.prune),
        labels,
        root: settings.root,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(n: usize) -> Vec<ParseWord> {
        (0..n)
            .map(|i| ParseWord {
                form: i as u64 * 7 + 11,
                upos: i as u16,
                feats: 0,
            })
            .collect()
    }

    /// Follows the cheapest move everywhere: the oracle must rebuild any projective tree.
    fn oracle_parse(tree: &Tree, labels: usize, root: u16) -> Tree {
        let gold = Gold::new(tree);
        let mut c = Config::new(tree.heads.len());
        while !c.terminal() {
            let best = (0..classes(labels))
                .map(|k| decode(k, labels))
                .filter(|&m| c.valid(m, root))
                .min_by_key(|&m| c.cost(m, &gold))
                .unwrap();
            c.apply(best);
        }
        tree_of(&c)
    }

    #[test]
    fn the_oracle_rebuilds_projective_trees() {
        // "Le Mali accuse l' Algérie ." : det, nsubj, root, det, obj, punct
        let tree = Tree {
            heads: vec![2, 3, 0, 5, 3, 3],
            labels: vec![1, 2, 0, 1, 3, 4],
        };
        assert_eq!(oracle_parse(&tree, 5, 0), tree);
        let chain = Tree {
            heads: vec![0, 1, 2, 3],
            labels: vec![0, 1, 1, 1],
        };
        assert_eq!(oracle_parse(&chain, 2, 0), chain);
        let left = Tree {
            heads: vec![2, 3, 4, 0],
            labels: vec![1, 1, 1, 0],
        };
        assert_eq!(oracle_parse(&left, 2, 0), left);
    }

    #[test]
    fn every_parse_is_a_tree_with_one_root() {
        let p = Parser {
            weights: Trainer::new(classes(3)).average(0.0),
            labels: 3,
            root: 0,
        };
        for n in [1, 2, 5, 17] {
            let t = p.parse(&words(n));
            assert_eq!(t.heads.len(), n);
            assert_eq!(t.heads.iter().filter(|&&h| h == 0).count(), 1);
            assert_eq!(t.labels.iter().filter(|&&l| l == 0).count(), 1);
        }
    }
}
