//! A language's model: tagger, lemmatiser, contraction splitter and parser in one file.
//!
//! The file starts with a magic string and a format version, then `key = value`
//! metadata (training data, licence, feature set, scores), then the tables of each
//! component as little-endian arrays. Loading copies arrays; nothing is parsed as text
//! but the metadata and the class names.

use crate::atoms::Atoms;
use crate::binary::{Reader, Writer};
use crate::lemma::Lemmatizer;
use crate::parser::{ParseWord, Parser, Tree};
use crate::split::Splitter;
use crate::tagger::{Tagger, Tags};
use crate::vocab::{Interner, Upos};
use crate::SyntaxError;

const MAGIC: &[u8; 8] = b"VIGIESYN";
/// Version of the file layout and feature templates; a model of another version is refused.
pub const FORMAT_VERSION: u32 = 3;

/// The analysis of one syntactic word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    /// Part of speech.
    pub upos: Upos,
    /// FEATS class id (see [`Model::feats_name`]).
    pub feats: u16,
    /// Lemma.
    pub lemma: String,
    /// Head, 1-based; 0 is the root.
    pub head: u32,
    /// Relation id (see [`Model::relation_name`]).
    pub relation: u16,
}

/// A trained model for one language.
#[derive(Debug, Clone)]
pub struct Model {
    /// `key = value` metadata: language, training data, licence, scores.
    pub meta: Vec<(String, String)>,
    pub(crate) feats: Interner,
    pub(crate) relations: Interner,
    pub(crate) tagger: Tagger,
    pub(crate) lemmatizer: Lemmatizer,
    pub(crate) splitter: Splitter,
    pub(crate) parser: Parser,
}

/// The dependents of word `h` (0-based) in `t`.
fn kids_of(t: &Tree, h: usize) -> impl Iterator<Item = usize> + '_ {
    (0..t.heads.len()).filter(move |&k| t.heads[k] as usize == h + 1)
}

/// Makes `v` the root in place of the root `r`, which hangs on `v` as `demoted`, and
/// moves the `movers` (dependents of `r`) to `v`.
fn promote(tree: &mut Tree, r: usize, v: usize, movers: &[usize], root: u16, demoted: u16) {
    for &k in movers {
        tree.heads[k] = v as u32 + 1;
    }
    tree.heads[v] = tree.heads[r];
    tree.labels[v] = root;
    tree.heads[r] = v as u32 + 1;
    tree.labels[r] = demoted;
}

impl Model {
    /// Tags, lemmatises and parses one sentence of syntactic words.
    pub fn analyze(&self, forms: &[&str]) -> Vec<Analysis> {
        if forms.is_empty() {
            return Vec::new();
        }
        let atoms: Vec<Atoms> = forms.iter().map(|f| Atoms::of(f)).collect();
        let mut tags = self.tagger.tag(&atoms);
        let words: Vec<ParseWord> = atoms
            .iter()
            .zip(tags.upos.iter().zip(&tags.feats))
            .map(|(a, (&upos, &feats))| ParseWord {
                form: a.lower,
                upos,
                feats,
            })
            .collect();
        let mut tree = self.parser.parse(&words);
        self.lift_fronted_participle(forms, &tags, &mut tree);
        self.finite_headline_verb(&mut tags, &mut tree);
        forms
            .iter()
            .enumerate()
            .map(|(i, f)| Analysis {
                upos: Upos::from_id(tags.upos[i]),
                feats: tags.feats[i],
                lemma: self.lemmatizer.lemma(f, tags.upos[i], tags.feats[i]),
                head: tree.heads[i],
                relation: tree.labels[i],
            })
            .collect()
    }

    /// Repairs one frequent greedy error: a participle opening the sentence before a
    /// comma (`Réuni jeudi, le Conseil a condamné…`, `Speaking on Monday, the minister
    /// said…`) taken as the root, with the main clause hung on it. When the root is a
    /// participle or gerund with no subject and no auxiliary, and a dependent after the
    /// comma is a finite verb with a subject, that verb becomes the root, the participle
    /// its `advcl`, and the root's other dependents after the comma (or in parataxis)
    /// follow it.
    fn lift_fronted_participle(&self, forms: &[&str], tags: &Tags, tree: &mut Tree) {
        let n = forms.len();
        let Some(r) = tree.heads.iter().position(|&h| h == 0) else {
            return;
        };
        let base = |t: &Tree, i: usize| self.base_relation(t.labels[i]);
        let feats = |i: usize| self.feats.name(tags.feats[i]);
        let participle = Upos::from_id(tags.upos[r]) == Upos::Verb
            && matches!(
                crate::vocab::feat(feats(r), "VerbForm"),
                Some("Part" | "Ger")
            );
        if !participle
            || kids_of(tree, r).any(|k| matches!(base(tree, k), "nsubj" | "aux" | "cop" | "csubj"))
        {
            return;
        }
        let Some(comma) = (r + 1..n).find(|&i| forms[i] == ",") else {
            return;
        };
        let finite = |t: &Tree, v: usize| {
            crate::vocab::feat(feats(v), "VerbForm") == Some("Fin")
                || kids_of(t, v).any(|k| {
                    base(t, k) == "aux" && crate::vocab::feat(feats(k), "VerbForm") == Some("Fin")
                })
        };
        let Some(v) = kids_of(tree, r).find(|&v| {
            v > comma
                && matches!(Upos::from_id(tags.upos[v]), Upos::Verb | Upos::Aux)
                && finite(tree, v)
                && kids_of(tree, v).any(|k| base(tree, k) == "nsubj")
        }) else {
            return;
        };
        let (Some(root), Some(advcl)) = (self.relations.id("root"), self.relations.id("advcl"))
        else {
            return;
        };
        let movers: Vec<usize> = kids_of(tree, r)
            .filter(|&k| k != v && (k > comma || base(tree, k) == "parataxis"))
            .collect();
        promote(tree, r, v, &movers, root, advcl);
    }

    /// Repairs the other frequent greedy error, on headlines and terse wire sentences
    /// (`Russian forces shelled Kharkiv`, `Armed men abducted 20 students`): the
    /// subject noun taken as the root and the past verb as a participle clause on it.
    /// A participle that has a direct object (its own, or one its coordinated verbs
    /// share: `rammed and water-cannoned a boat`) but no auxiliary cannot be a passive
    /// modifier: when the root is a noun before it and no other word is a verb but
    /// those coordinated with it, the
    /// participle becomes the finite root, the noun its subject, and the noun's
    /// dependents after the verb follow it.
    fn finite_headline_verb(&self, tags: &mut Tags, tree: &mut Tree) {
        let upos = |i: usize| Upos::from_id(tags.upos[i]);
        let Some(top) = tree.heads.iter().position(|&h| h == 0) else {
            return;
        };
        // the root, or a noun read as the clause a verb reports (`A cutter rammed a
        // boat, the navy said`: `cutter` the complement of `said`)
        let reported = (0..tree.heads.len()).find(|&n| {
            self.base_relation(tree.labels[n]) == "ccomp"
                && tree.heads[n] > 0
                && upos(tree.heads[n] as usize - 1) == Upos::Verb
        });
        let nouns: Vec<usize> = [Some(top), reported]
            .into_iter()
            .flatten()
            .filter(|&r| matches!(upos(r), Upos::Noun | Upos::Propn))
            .collect();
        for r in nouns {
            if self.verb_of_noun_clause(tags, tree, r, r == top) {
                return;
            }
        }
    }

    /// [`Model::finite_headline_verb`] on the noun `r`; `alone`: no verb may stand
    /// anywhere else in the sentence (the root), else none on `r` but the participle.
    fn verb_of_noun_clause(&self, tags: &mut Tags, tree: &mut Tree, r: usize, alone: bool) -> bool {
        let upos = |i: usize| Upos::from_id(tags.upos[i]);
        let base = |t: &Tree, i: usize| self.base_relation(t.labels[i]);
        let feat = |t: &Tags, i: usize, key: &str| {
            crate::vocab::feat(self.feats.name(t.feats[i]), key).map(str::to_string)
        };
        let Some(v) = kids_of(tree, r).find(|&v| {
            v > r
                && base(tree, v) == "acl"
                && upos(v) == Upos::Verb
                && feat(tags, v, "VerbForm").as_deref() == Some("Part")
                && feat(tags, v, "Tense").as_deref() == Some("Past")
                && kids_of(tree, v).all(|k| !matches!(base(tree, k), "aux" | "cop" | "mark"))
        }) else {
            return false;
        };
        // its coordinated verbs (`rammed and water-cannoned a boat`) share its subject
        // and may hold the object
        let conjuncts: Vec<usize> = kids_of(tree, v)
            .filter(|&c| base(tree, c) == "conj" && upos(c) == Upos::Verb)
            .collect();
        let has_object = |w: usize| kids_of(tree, w).any(|k| base(tree, k) == "obj");
        if !(has_object(v) || conjuncts.iter().any(|&c| has_object(c))) {
            return false;
        }
        let verb = |i: usize| matches!(upos(i), Upos::Verb | Upos::Aux);
        let other = if alone {
            (0..tags.upos.len()).any(|i| i != v && !conjuncts.contains(&i) && verb(i))
        } else {
            kids_of(tree, r).any(|k| k != v && verb(k))
                || kids_of(tree, r).any(|k| base(tree, k) == "case")
        };
        if other {
            return false;
        }
        let Some(nsubj) = self.relations.id("nsubj") else {
            return false;
        };
        let finite = [
            "Mood=Ind|Tense=Past|VerbForm=Fin",
            "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin",
        ]
        .iter()
        .find_map(|f| self.feats.id(f));
        let movers: Vec<usize> = kids_of(tree, r).filter(|&k| k > v).collect();
        let label = tree.labels[r];
        promote(tree, r, v, &movers, label, nsubj);
        if let Some(f) = finite {
            tags.feats[v] = f;
        }
        true
    }

    /// The universal part of relation `id` (`nsubj` for `nsubj:pass`).
    fn base_relation(&self, id: u16) -> &str {
        let name = self.relations.name(id);
        name.split(':').next().unwrap_or(name)
    }

    /// The syntactic words of token `i` when it is a contraction (« du » → de, le).
    pub fn contraction(&self, tokens: &[&str], i: usize) -> Option<&[String]> {
        self.splitter.split(tokens, i)
    }

    /// The FEATS string of a class id (`_` when empty).
    pub fn feats_name(&self, id: u16) -> &str {
        self.feats.name(id)
    }

    /// The relation of an id (`nsubj:pass`).
    pub fn relation_name(&self, id: u16) -> &str {
        self.relations.name(id)
    }

    /// A metadata value.
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.meta
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The model file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.bytes.extend_from_slice(MAGIC);
        w.u32(FORMAT_VERSION);
        w.u32(self.meta.len() as u32);
        for (k, v) in &self.meta {
            w.str(k);
            w.str(v);
        }
        w.strs(self.feats.names());
        w.strs(self.relations.names());
        self.tagger.write(&mut w);
        self.lemmatizer.write(&mut w);
        self.splitter.write(&mut w);
        self.parser.write(&mut w);
        w.bytes
    }

    /// Reads a model file's bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, SyntaxError> {
        if bytes.len() < 12 || &bytes[..8] != MAGIC {
            return Err(SyntaxError::Model("not a vigie syntax model".into()));
        }
        let mut r = Reader::new(&bytes[8..]);
        let version = r.u32("format version")?;
        if version != FORMAT_VERSION {
            return Err(SyntaxError::Model(format!(
                "model format version {version}, this vigie reads version {FORMAT_VERSION}: retrain it with `vigie train-syntax`"
            )));
        }
        let n = r.u32("metadata")?;
        let meta = (0..n)
            .map(|_| Ok((r.str("metadata key")?, r.str("metadata value")?)))
            .collect::<Result<Vec<_>, SyntaxError>>()?;
        let feats = Interner::from_names(r.strs("feats names")?);
        let relations = Interner::from_names(r.strs("relation names")?);
        let tagger = Tagger::read(&mut r)?;
        let lemmatizer = Lemmatizer::read(&mut r)?;
        let splitter = Splitter::read(&mut r)?;
        let parser = Parser::read(&mut r)?;
        if !r.is_at_end() {
            return Err(SyntaxError::Model("trailing bytes after the parser".into()));
        }
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
}
