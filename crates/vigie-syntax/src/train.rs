//! Training a model from treebanks: deterministic (a fixed seed orders every pass),
//! with the tagger's tags for the parser's training data predicted by jackknifing, so
//! that the parser learns from tags as wrong as the ones it will see.

use crate::atoms::Atoms;
use crate::conllu::UdSentence;
use crate::eval::Counts;
use crate::lemma::{self, LemmaExample};
use crate::model::Model;
use crate::parser::{self, ParseExample, ParseWord, ParserTraining, Tree};
use crate::split;
use crate::tagger::{self, TaggedSentence, Tagger, Tags};
use crate::vocab::{Interner, Upos};
use crate::SyntaxError;

/// Training settings.
#[derive(Debug, Clone)]
pub struct Options {
    /// Passes of the tagger.
    pub tagger_epochs: usize,
    /// Passes of the parser; the pass with the best development LAS is kept.
    pub parser_epochs: usize,
    /// Passes of the lemmatiser's suffix rules.
    pub lemma_epochs: usize,
    /// Folds for jackknifing the parser's training tags.
    pub folds: usize,
    /// Seed of every random choice.
    pub seed: u64,
    /// Threads for the jackknife folds.
    pub threads: usize,
    /// A form→lemma lexicon for words the treebank does not have.
    pub lexicon: Vec<(String, String)>,
    /// Verb lemmas of forms whose lexicon lemma is another reading's (`dément` →
    /// démentir), for words tagged as verbs.
    pub verbs: Vec<(String, String)>,
    /// A form→categories lexicon (`dément` → `ADJ,NOM,VER`) for the tagger.
    pub classes: Vec<(String, String)>,
    /// Metadata to store in the model (training files, licence).
    pub meta: Vec<(String, String)>,
    /// Averaged weights smaller than this (in absolute value) are dropped from the
    /// parser: a smaller, faster model for a little accuracy.
    pub prune: f32,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            tagger_epochs: 10,
            parser_epochs: 15,
            lemma_epochs: 8,
            folds: 5,
            seed: 7,
            threads: 2,
            lexicon: Vec::new(),
            classes: Vec::new(),
            verbs: Vec::new(),
            meta: Vec::new(),
            prune: 0.0,
        }
    }
}

/// A small deterministic generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }
    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// A number in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// `0..n` shuffled.
    pub fn permutation(&mut self, n: usize) -> Vec<usize> {
        let mut v: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
        v
    }
}

/// A treebank sentence prepared for training.
struct Prepared {
    atoms: Vec<Atoms>,
    tags: Tags,
    tree: Tree,
}

fn prepare(s: &UdSentence, feats: &mut Interner, relations: &mut Interner) -> Prepared {
    let atoms = s.words.iter().map(|w| Atoms::of(&w.form)).collect();
    let tags = Tags {
        upos: s
            .words
            .iter()
            .map(|w| Upos::from_name(&w.upos).unwrap_or(Upos::X) as u16)
            .collect(),
        feats: s.words.iter().map(|w| feats.intern(&w.feats)).collect(),
    };
    let tree = Tree {
        heads: s.words.iter().map(|w| w.head as u32).collect(),
        labels: s
            .words
            .iter()
            .map(|w| relations.intern(&w.deprel))
            .collect(),
    };
    Prepared { atoms, tags, tree }
}

fn train_tagger(
    data: &[&Prepared],
    lexicon: &[(u64, u32)],
    feats: usize,
    epochs: usize,
    seed: u64,
) -> Tagger {
    let sentences: Vec<TaggedSentence<'_>> = data
        .iter()
        .map(|p| TaggedSentence {
            atoms: &p.atoms,
            gold: &p.tags,
        })
        .collect();
    let mut rng = Rng::new(seed);
    let n = sentences.len();
    tagger::train(&sentences, lexicon, feats, epochs, &mut |_| {
        rng.permutation(n)
    })
}

/// Tags for every training sentence from taggers that did not see it.
fn jackknife(data: &[Prepared], lexicon: &[(u64, u32)], feats: usize, opts: &Options) -> Vec<Tags> {
    let folds = opts.folds.max(2);
    let mut out: Vec<Option<Tags>> = vec![None; data.len()];
    let fold_tags = |k: usize| -> Vec<(usize, Tags)> {
        let rest: Vec<&Prepared> = data
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != k)
            .map(|(_, p)| p)
            .collect();
        let tagger = train_tagger(
            &rest,
            lexicon,
            feats,
            opts.tagger_epochs,
            opts.seed + k as u64,
        );
        data.iter()
            .enumerate()
            .filter(|(i, _)| i % folds == k)
            .map(|(i, p)| (i, tagger.tag(&p.atoms)))
            .collect()
    };
    let threads = opts.threads.max(1);
    for batch in (0..folds).collect::<Vec<_>>().chunks(threads) {
        let results: Vec<Vec<(usize, Tags)>> = std::thread::scope(|scope| {
            let handles: Vec<_> = batch
                .iter()
                .map(|&k| scope.spawn(move || fold_tags(k)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("a fold thread"))
                .collect()
        });
        for (i, tags) in results.into_iter().flatten() {
            out[i] = Some(tags);
        }
    }
    out.into_iter()
        .map(|t| t.expect("every sentence is in a fold"))
        .collect()
}

fn parse_words(p: &Prepared, tags: &Tags) -> Vec<ParseWord> {
    p.atoms
        .iter()
        .zip(tags.upos.iter().zip(&tags.feats))
        .map(|(a, (&upos, &feats))| ParseWord {
            form: a.lower,
            upos,
            feats,
        })
        .collect()
}

/// Learns a model from `train`, choosing the parser's pass on `dev`. `progress` gets one
/// line per step and per parser pass (with its development scores).
pub fn train(
    train: &[UdSentence],
    dev: &[UdSentence],
    opts: &Options,
    progress: &mut dyn FnMut(&str),
) -> Result<Model, SyntaxError> {
    if train.is_empty() {
        return Err(SyntaxError::Training("no training sentences".into()));
    }
    let mut feats = Interner::default();
    feats.intern("_");
    let mut relations = Interner::default();
    let root = relations.intern("root");
    let data: Vec<Prepared> = train
        .iter()
        .map(|s| prepare(s, &mut feats, &mut relations))
        .collect();
    let dev_data: Vec<Prepared> = dev
        .iter()
        .map(|s| prepare(s, &mut feats, &mut relations))
        .collect();
    let words: usize = data.iter().map(|p| p.atoms.len()).sum();
    progress(&format!(
        "{} training sentences, {words} words; {} FEATS values, {} relations",
        data.len(),
        feats.len(),
        relations.len()
    ));

    let all: Vec<&Prepared> = data.iter().collect();
    let feat_count = feats.len();
    let lexicon = tagger::lexicon_classes(&opts.classes);
    let (tagger, jack) = std::thread::scope(|scope| {
        let final_tagger =
            scope.spawn(|| train_tagger(&all, &lexicon, feat_count, opts.tagger_epochs, opts.seed));
        let jack = jackknife(&data, &lexicon, feats.len(), opts);
        (final_tagger.join().expect("the tagger thread"), jack)
    });
    let dev_tags: Vec<Tags> = dev_data.iter().map(|p| tagger.tag(&p.atoms)).collect();
    let jack_upos = agreement(&data, &jack, |t| &t.upos);
    let dev_upos = agreement(&dev_data, &dev_tags, |t| &t.upos);
    let dev_feats = agreement(&dev_data, &dev_tags, |t| &t.feats);
    progress(&format!(
        "tagger: jackknifed training UPOS {jack_upos:.4}; dev UPOS {dev_upos:.4}, FEATS {dev_feats:.4}"
    ));

    let examples: Vec<LemmaExample<'_>> = train
        .iter()
        .zip(&data)
        .flat_map(|(s, p)| {
            s.words
                .iter()
                .zip(p.tags.upos.iter().zip(&p.tags.feats))
                .map(|(w, (&upos, &feats))| LemmaExample {
                    form: &w.form,
                    upos,
                    feats,
                    lemma: &w.lemma,
                })
        })
        .collect();
    let lemmatizer = lemma::train(&examples, &opts.lexicon, &opts.verbs, opts.lemma_epochs);
    let (mut right, mut total) = (0usize, 0usize);
    for (s, tags) in dev.iter().zip(&dev_tags) {
        for (w, (&u, &f)) in s.words.iter().zip(tags.upos.iter().zip(&tags.feats)) {
            total += 1;
            right += usize::from(lemmatizer.lemma(&w.form, u, f) == w.lemma || w.lemma == "_");
        }
    }
    progress(&format!(
        "lemmatiser: dev lemma {:.4}",
        right as f64 / total.max(1) as f64
    ));

    let splitter = split::train(train, 5);

    let parse_inputs: Vec<Vec<ParseWord>> = data
        .iter()
        .zip(&jack)
        .map(|(p, t)| parse_words(p, t))
        .collect();
    let examples: Vec<ParseExample<'_>> = parse_inputs
        .iter()
        .zip(&data)
        .map(|(words, p)| ParseExample {
            words,
            gold: &p.tree,
        })
        .collect();
    let dev_inputs: Vec<Vec<ParseWord>> = dev_data
        .iter()
        .zip(&dev_tags)
        .map(|(p, t)| parse_words(p, t))
        .collect();
    let mut rng = Rng::new(opts.seed ^ 0x5eed);
    let mut explore = Rng::new(opts.seed ^ 0xe4);
    let mut best: Option<(f64, usize, parser::Parser)> = None;
    let n = examples.len();
    let parser = parser::train(
        &examples,
        ParserTraining {
            labels: relations.len(),
            root,
            epochs: opts.parser_epochs,
            explore_from: 1,
            prune: opts.prune,
            order: &mut |_| rng.permutation(n),
            random: &mut || explore.unit(),
            after_epoch: &mut |epoch, parser| {
                let (mut uas, mut las, mut words) = (0, 0, 0);
                for (words_in, p) in dev_inputs.iter().zip(&dev_data) {
                    let tree = parser.parse(words_in);
                    for i in 0..tree.heads.len() {
                        words += 1;
                        if tree.heads[i] == p.tree.heads[i] {
                            uas += 1;
                            let (a, b) = (
                                relations.name(tree.labels[i]),
                                relations.name(p.tree.labels[i]),
                            );
                            las += usize::from(
                                crate::eval::universal_relation(a)
                                    == crate::eval::universal_relation(b),
                            );
                        }
                    }
                }
                let (uas, las) = (
                    uas as f64 / words.max(1) as f64,
                    las as f64 / words.max(1) as f64,
                );
                progress(&format!(
                    "parser pass {}: dev UAS {uas:.4}, LAS {las:.4}",
                    epoch + 1
                ));
                if dev.is_empty() || best.as_ref().is_none_or(|b| las > b.0) {
                    best = Some((las, epoch + 1, parser.clone()));
                }
            },
        },
    );
    let (las, pass, parser) = best.unwrap_or((0.0, opts.parser_epochs, parser));
    progress(&format!("kept parser pass {pass} (dev LAS {las:.4})"));
    for (name, (features, cells)) in [
        ("tagger", tagger.sizes().0),
        ("morphology", tagger.sizes().1),
        ("lemma rules", lemmatizer.rule_sizes()),
        ("parser", parser.sizes()),
    ] {
        progress(&format!("{name}: {features} features, {cells} weights"));
    }

    let mut meta = opts.meta.clone();
    meta.extend([
        ("format".to_string(), crate::FORMAT_VERSION.to_string()),
        ("training_sentences".to_string(), data.len().to_string()),
        ("training_words".to_string(), words.to_string()),
        ("seed".to_string(), opts.seed.to_string()),
        (
            "epochs".to_string(),
            format!(
                "tagger {}, lemmatiser {}, parser {pass} of {}",
                opts.tagger_epochs, opts.lemma_epochs, opts.parser_epochs
            ),
        ),
        ("dev_upos".to_string(), format!("{dev_upos:.4}")),
        ("dev_las".to_string(), format!("{las:.4}")),
    ]);
    Ok(Model {
        meta,
        feats,
        relations,
        tagger,
        lemmatizer,
        splitter,
        parser,
    })
}

fn agreement(data: &[Prepared], tags: &[Tags], pick: impl Fn(&Tags) -> &Vec<u16>) -> f64 {
    let (mut right, mut total) = (0usize, 0usize);
    for (p, t) in data.iter().zip(tags) {
        for (a, b) in pick(&p.tags).iter().zip(pick(t)) {
            total += 1;
            right += usize::from(a == b);
        }
    }
    right as f64 / total.max(1) as f64
}

/// Parses a treebank sentence's words (gold tokenisation) and returns the prediction
/// in the same shape, for scoring and for CoNLL-U output.
pub fn predict(model: &Model, gold: &UdSentence) -> UdSentence {
    let forms: Vec<&str> = gold.words.iter().map(|w| w.form.as_str()).collect();
    let analysis = model.analyze(&forms);
    let words = gold
        .words
        .iter()
        .zip(analysis)
        .map(|(g, a)| crate::conllu::UdWord {
            form: g.form.clone(),
            lemma: a.lemma,
            upos: a.upos.name().to_string(),
            feats: model.feats_name(a.feats).to_string(),
            head: a.head as usize,
            deprel: model.relation_name(a.relation).to_string(),
            misc: g.misc.clone(),
        })
        .collect();
    UdSentence {
        comments: gold.comments.clone(),
        words,
        tokens: gold.tokens.clone(),
    }
}

/// Scores `model` on a treebank with gold tokenisation.
pub fn evaluate(model: &Model, gold: &[UdSentence]) -> Counts {
    let mut counts = Counts::default();
    for s in gold {
        counts.add(s, &predict(model, s));
    }
    counts
}
