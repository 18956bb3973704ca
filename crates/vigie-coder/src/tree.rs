//! Who did it, to whom, and how it is told, read off the dependency tree that
//! `vigie-syntax` gives each sentence.
//!
//! Actor mentions are placed on the tree by their head word (the one word of the
//! mention whose head lies outside it). The arguments of a trigger are then found by
//! relation, not by position:
//!
//! - a verb's **source** is its subject (`nsubj`), or in the passive its agent
//!   (`obl:agent`, an oblique introduced by `par`/`by`); a verb without a subject of
//!   its own takes it from the verb it depends on: the controller of an `xcomp`
//!   (« a menacé de fermer », or the object of « a exhorté le Mali à libérer »), the
//!   first conjunct of a `conj`, the main clause of a participle or gerund (`advcl`);
//!   a relative clause (`acl:relcl`) whose subject is the relative pronoun acts
//!   through its antecedent, and a participle (`acl`) acts (present) or is acted on
//!   (past) through the noun it qualifies;
//! - its **target** is the object (`obj`, `iobj`), the passive subject, or an oblique
//!   whose preposition the frame names (`contre`, `against`, `avec`, `with`);
//! - a noun's source is its possessor, its agent (`par`, `by`), a country adjective
//!   or, with a light verb (« a lancé une offensive »), that verb's subject; its target
//!   an oblique of the frame, or its `de`/`of` complement when the frame says so;
//! - the actors of an argument are the mentions headed by it, its coordinated
//!   conjuncts (each is an argument) and, when it names none itself, the mentions
//!   of its nominal modifiers and appositions (« le porte-parole du gouvernement
//!   malien »), never those inside a clause that depends on it.
//!
//! Modality comes from morphology and governing words: negation on the verb or on its
//! arguments, the conditional and future moods of the verb or its auxiliary, modal
//! and intent verbs that govern it (`xcomp`), verbs of prevention, and speech verbs
//! whose clausal complement (`ccomp`) it is, their subject being the claimant.

use vigie_core::Lang;
use vigie_syntax::{SyntaxSentence, Upos, Word};

use vigie_lexicon::ActorMention;

use crate::args::Placed;
use crate::modality::Modality;

const NONE: u32 = u32::MAX;

/// Nouns that count or group what their `of`/`de` complement names (`dozens of
/// rockets`, `des dizaines de drones`, `a barrage of missiles`): a verb that requires
/// a dependent finds it through them.
const QUANTITY_NOUNS: &[&str] = &[
    "dozen",
    "hundred",
    "thousand",
    "score",
    "number",
    "series",
    "barrage",
    "salvo",
    "volley",
    "wave",
    "hail",
    "swarm",
    "couple",
    "pair",
    "handful",
    "string",
    "spate",
    "round",
    "dizaine",
    "douzaine",
    "vingtaine",
    "trentaine",
    "quarantaine",
    "cinquantaine",
    "centaine",
    "millier",
    "serie",
    "salve",
    "vague",
    "pluie",
    "nuee",
    "essaim",
    "volee",
    "quantite",
    "nombre",
];
/// One sentence's tree with its actor mentions placed on it.
pub(crate) struct Tree<'s> {
    words: &'s [Word],
    /// Dependents of word `i` are `kids[start[i]..start[i + 1]]`, in order.
    start: Vec<u32>,
    kids: Vec<u32>,
    /// The first word of each sentence-relative token.
    token_word: Vec<u32>,
    /// The placed mention each word heads.
    mention_at: Vec<u32>,
    /// The head word of each placed mention.
    head_of: Vec<u32>,
    /// Folded lemma of each word.
    lemma: Vec<String>,
    lang: Lang,
}

/// Which dependents of a trigger are its target, beyond the object.
#[derive(Debug, Clone, Default)]
pub(crate) struct Frame {
    /// Prepositions (folded lemmas) whose oblique names a target.
    pub target_preps: Vec<String>,
    /// What a noun's `de`/`of` complement names: who acts (`la visite du
    /// président`), who undergoes (`l’expulsion de l’ambassadeur`), or, when the
    /// frame does not say, nothing the tree decides.
    pub of: Of,
    /// The direct object is never a target (`signer un accord avec X`).
    pub no_object: bool,
}

/// The role of a noun's `de`/`of` complement.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum Of {
    Source,
    Target,
    #[default]
    Unknown,
}

/// What the subject position of a trigger holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Subject {
    /// No subject anywhere in the tree (a noun, an imperative, a fragment).
    Missing,
    /// An actor (or several coordinated).
    Actor,
    /// A personal pronoun: discourse says who.
    Pronoun,
    /// A noun phrase that names no actor (`des hommes armés`).
    Other,
}

/// The arguments the tree gives a trigger, as indices into the placed mentions.
#[derive(Debug, Clone)]
pub(crate) struct TreeArgs {
    pub sources: Vec<usize>,
    pub targets: Vec<usize>,
    pub subject: Subject,
}

impl TreeArgs {
    /// The arguments found, no actor being both source and target.
    fn new(sources: Vec<usize>, mut targets: Vec<usize>, subject: Subject) -> TreeArgs {
        targets.retain(|t| !sources.contains(t));
        TreeArgs {
            sources,
            targets,
            subject,
        }
    }
}

impl<'s> Tree<'s> {
    /// The tree of `syntax`, whose sentence starts at document token `first_token`
    /// and has `n_tokens` tokens; `placed` are the sentence's actor mentions.
    pub fn new(
        syntax: &'s SyntaxSentence,
        first_token: usize,
        n_tokens: usize,
        placed: &[Placed<'_>],
        lang: Lang,
    ) -> Tree<'s> {
        let words = &syntax.words[..];
        let n = words.len();
        let mut count = vec![0u32; n + 1];
        for w in words {
            if let Some(h) = w.head_index() {
                count[h] += 1;
            }
        }
        let mut start = Vec::with_capacity(n + 1);
        let mut acc = 0u32;
        for c in &count[..n] {
            start.push(acc);
            acc += c;
        }
        start.push(acc);
        let mut fill = start.clone();
        let mut kids = vec![0u32; acc as usize];
        for (i, w) in words.iter().enumerate() {
            if let Some(h) = w.head_index() {
                kids[fill[h] as usize] = i as u32;
                fill[h] += 1;
            }
        }
        let mut token_word = vec![NONE; n_tokens];
        for (i, w) in words.iter().enumerate() {
            if let Some(t) = w.token.checked_sub(first_token) {
                if t < n_tokens && token_word[t] == NONE {
                    token_word[t] = i as u32;
                }
            }
        }
        let mut mention_at = vec![NONE; n];
        let mut head_of = vec![NONE; placed.len()];
        for (p, m) in placed.iter().enumerate() {
            let inside = |i: usize| {
                let t = words[i].token.wrapping_sub(first_token);
                t >= m.first && t < m.end
            };
            // every word of the mention whose head lies outside it stands for it (a
            // name the parser split, `N’ Djamena`, has two); the first nominal one is
            // its head
            // (the mention's words run from its first token's word on)
            let from = token_word.get(m.first).map_or(n, |&w| w as usize).min(n);
            let tops: Vec<usize> = (from..n)
                .take_while(|&i| inside(i))
                .filter(|&i| words[i].head_index().is_none_or(|h| !inside(h)))
                .collect();
            let nominal = |i: &&usize| {
                matches!(
                    words[**i].upos,
                    Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num
                )
            };
            if let Some(&h) = tops.iter().find(nominal).or(tops.first()) {
                head_of[p] = h as u32;
            }
            for h in tops {
                if mention_at[h] == NONE {
                    mention_at[h] = p as u32;
                }
            }
        }
        let lemma = words.iter().map(|w| vigie_text::fold(&w.lemma)).collect();
        Tree {
            words,
            start,
            kids,
            token_word,
            mention_at,
            head_of,
            lemma,
            lang,
        }
    }

    /// The word a sentence-relative token starts.
    pub fn word_of_token(&self, token: usize) -> Option<usize> {
        self.token_word
            .get(token)
            .filter(|&&w| w != NONE)
            .map(|&w| w as usize)
    }

    /// The word's folded lemma.
    pub fn lemma(&self, w: usize) -> &str {
        &self.lemma[w]
    }

    /// The word itself.
    pub fn word(&self, w: usize) -> &Word {
        &self.words[w]
    }

    /// Whether word `w` lies in the subtree of `top`.
    pub fn dominates(&self, top: usize, mut w: usize) -> bool {
        for _ in 0..self.words.len() {
            if w == top {
                return true;
            }
            match self.head(w) {
                Some(h) => w = h,
                None => return false,
            }
        }
        false
    }

    /// Whether `w` lies in the clause of `top`: under it, and not inside a finite
    /// verb coordinated with it or a clause set beside it (`condamne les frappes et
    /// annonce une aide à l’Ukraine`: the Ukraine is the second verb's).
    pub fn in_clause_of(&self, top: usize, mut w: usize) -> bool {
        for _ in 0..self.words.len() {
            if w == top {
                return true;
            }
            // (a finite verb: a participle in a coordination, `refugees and
            // displaced people`, is often mistaken for one)
            let clause = matches!(self.base(w), "conj" | "parataxis")
                && matches!(self.words[w].upos, Upos::Verb | Upos::Aux)
                && self.words[w].feat("VerbForm") == Some("Fin");
            match self.head(w) {
                Some(_) if clause => return false,
                Some(h) => w = h,
                None => return false,
            }
        }
        false
    }

    /// Whether the temporal expression over bytes `span`, after the verb `trigger`,
    /// dates something inside that verb's object rather than the verb: its nearest
    /// verb or noun above it is another word under the trigger (`condemns the
    /// incursion, on 7 October, of a patrol boat`, `rejects the claim, repeated
    /// yesterday`); a noun only takes a date set off by a comma. Asked only of verbs
    /// that react to an act (judge, answer, ask): their object is an act with a day
    /// of its own.
    pub fn dates_object(&self, trigger: usize, span: vigie_core::Span) -> bool {
        if self.words[trigger].upos != Upos::Verb || span.start < self.words[trigger].span.end {
            return false;
        }
        let inside = |w: usize| {
            let s = self.words[w].span;
            span.start <= s.start && s.end <= span.end
        };
        let Some(top) = (0..self.words.len())
            .filter(|&w| inside(w))
            .find(|&w| self.head(w).is_none_or(|h| !inside(h)))
        else {
            return false;
        };
        // (a noun takes a date set off by commas, `the release, on 16 February, of
        // 41 soldiers`; a date ending the sentence, `demanded their release the
        // next day`, is the verb's, wherever the parser hung it)
        let set_off = (0..self.words.len())
            .rev()
            .find(|&w| self.words[w].span.end <= span.start)
            .is_some_and(|w| self.words[w].upos == Upos::Punct && self.lemma(w) == ",");
        self.ancestors(top)
            .find(|&a| matches!(self.words[a].upos, Upos::Verb | Upos::Noun))
            .is_some_and(|o| {
                o != trigger
                    && self.dominates(trigger, o)
                    && (self.words[o].upos == Upos::Verb || set_off)
            })
    }

    /// Whether the text at byte `at` lies in a clause that modifies a noun and does
    /// not hold word `trigger` (`Alger, qui a rompu ses relations en août 2021, a
    /// rejeté …`, `Ghana, the mediator appointed by ECOWAS in 2024, urged …`): a date
    /// there tells that clause's act, not the trigger's.
    pub fn in_noun_clause(&self, trigger: usize, at: u32) -> bool {
        let Some(mut w) = self
            .words
            .iter()
            .position(|x| x.span.start <= at && at < x.span.end)
        else {
            return false;
        };
        for _ in 0..self.words.len() {
            if self.dominates(w, trigger) {
                return false;
            }
            // the clause lies on the date's side of the trigger; a date across the
            // trigger from it (`Gunmen believed to belong to JNIM abducted … on 3
            // September`) is the parser's mistake
            if self.base(w) == "acl" {
                let before = |x: u32| x < self.words[trigger].span.start;
                // (a clause has a tensed verb or a participle: `mine near Kayes`
                // read as one with `near` for its verb is not)
                let verb = matches!(self.words[w].feat("VerbForm"), Some("Fin" | "Part"))
                    || self.kids(w).any(|k| self.base(k) == "aux");
                // a participle before its noun (`Réuni jeudi, le Conseil a condamné`)
                // sets the scene of the main act
                let after_noun = self.head(w).is_some_and(|h| h < w);
                // a clause inside an act named by a noun tells more of that act (`A
                // missile strike on a substation, which left 90,000 homes without
                // power on Saturday`)
                let inside_act =
                    self.words[trigger].upos == Upos::Noun && self.dominates(trigger, w);
                return verb
                    && after_noun
                    && !inside_act
                    && before(self.words[w].span.start) == before(at);
            }
            match self.head(w) {
                Some(h) => w = h,
                None => return false,
            }
        }
        false
    }

    /// The support verb of the event noun at `n`: a verb whose object it is and that
    /// lends the noun its subject as doer (`a lancé une offensive`, `annonce une
    /// aide`, `carried out strikes`, `procède à des frappes`).
    pub fn support_verb(&self, n: usize) -> Option<usize> {
        let v = self.head(n)?;
        let object = match self.base(n) {
            "obj" => true,
            // `procéder à`, `resort to`: the act is the verb's oblique
            "obl" => matches!(
                (self.lemma(v), self.case(n)),
                ("proceder", "a") | ("resort", "to")
            ),
            _ => false,
        };
        (object && self.words[v].upos == Upos::Verb && supports(self.lemma(v))).then_some(v)
    }

    /// Whether the noun at `n` names its own doer with `par` / `by` (`l’arrestation
    /// de quatre citoyens par la police du Kosovo`).
    pub fn has_own_agent(&self, n: usize) -> bool {
        self.words[n].upos == Upos::Noun
            && self.agents_of_noun(n).any(|k| !self.actors(k).is_empty())
    }

    /// The `par` / `by` modifiers of the act noun `n`: its own, and those the parser
    /// hung on the noun its `de` / `of` modifier names (`la fermeture de la frontière
    /// par le Ghana`), since a place or a thing takes no agent.
    fn agents_of_noun(&self, n: usize) -> impl Iterator<Item = usize> + '_ {
        let of_kids = self.kids(n).filter(|&k| {
            self.base(k) == "nmod" && matches!(self.case(k), "de" | "du" | "des" | "of")
        });
        let own = std::iter::once(n)
            .chain(of_kids)
            .flat_map(|x| self.kids(x))
            .filter(|&k| self.base(k) == "nmod" && matches!(self.case(k), "par" | "by"));
        // `au lendemain de l’expulsion de … par les autorités`: an agent the parser
        // hung on a verb that is not passive belongs to the event noun before it
        let stray = self
            .ancestors(n)
            .take(3)
            .filter(|&v| self.words[v].upos == Upos::Verb && !self.passive(v))
            .flat_map(|v| self.kids(v))
            .filter(move |&k| {
                k > n
                    && (self.relation(k) == "obl:agent"
                        || (self.base(k) == "obl" && matches!(self.case(k), "par" | "by")))
            });
        own.chain(stray)
    }

    /// How many days before (negative) or after the clause's own day the act named
    /// by the noun at `n` took place: `au lendemain de l’expulsion`, `the day after
    /// the raid` (−1); `à la veille du scrutin`, `the day before the vote` (+1).
    pub fn day_offset(&self, n: usize) -> Option<i64> {
        if self.words[n].upos != Upos::Noun || self.base(n) != "nmod" {
            return None;
        }
        match (self.lemma(self.head(n)?), self.case(n)) {
            ("lendemain", _) | ("day", "after") => Some(-1),
            ("veille", _) | ("day", "before") => Some(1),
            _ => None,
        }
    }

    /// The heads above `w`, nearest first.
    fn ancestors(&self, w: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.head(w), |&h| self.head(h)).take(self.words.len())
    }

    /// Who does the acts a verb's object names (`condamne l’incursion d’unités
    /// rwandaises`, `condemns the arrest … by the Kosovo police`): the doers of its
    /// event nouns, for a verb that judges an act rather than an actor.
    pub fn doers_of_object(&self, v: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for k in self.kids_with(v, "obj") {
            if self.words[k].upos != Upos::Noun || !self.actors(k).is_empty() {
                continue;
            }
            // (a `de`/`of` complement may be who undergoes the act: left out)
            let named = self.kids(k).filter(|&d| {
                self.relation(d) == "nmod:poss" || (self.base(d) == "nmod" && self.case(d) == "'s")
            });
            for d in named.chain(self.agents_of_noun(k)) {
                for a in self.actors(d) {
                    if !out.contains(&a) {
                        out.push(a);
                    }
                }
            }
        }
        out
    }

    /// The actors that the subject of the clause introduced by the complementizer at
    /// word `c` names (`y voyant la preuve qu’Alger parraine …`: Alger), wherever the
    /// parser hung that clause; nothing when `c` is not a `que` / `that` marker.
    pub fn complement_subject(&self, c: usize) -> Vec<usize> {
        if self.base(c) != "mark" || !matches!(self.lemma(c), "que" | "qu'" | "qu’" | "that") {
            return Vec::new();
        }
        let Some(h) = self.head(c) else {
            return Vec::new();
        };
        self.kids(h)
            .filter(|&k| self.base(k) == "nsubj")
            .flat_map(|k| self.actors(k))
            .collect()
    }

    /// Whether `w` is a clause on the act at `v` or on its object (`a bombardé trois
    /// villages où sept civils ont été tués`, `the strikes, which killed six
    /// people`, `the attack on a convoy, in which two soldiers were killed`): it
    /// tells that act's toll.
    pub fn toll_of(&self, v: usize, w: usize) -> bool {
        if self.base(w) != "acl" {
            return false;
        }
        let Some(n) = self.head(w) else {
            return false;
        };
        let act_noun = self.words[v].upos == Upos::Noun;
        if act_noun && n == v {
            return true;
        }
        // the object itself, or a noun it names (`the market of El Obeid`)
        let mut x = n;
        for _ in 0..3 {
            match self.head(x) {
                // (a noun the act noun names: `the attack on a convoy …, in which`)
                Some(h) if act_noun && h == v => {
                    return matches!(self.base(x), "nmod");
                }
                // (not a clause on the doer: `par des combattants, qui ont attaqué
                // un poste` tells what the doer did)
                Some(h) if h == v => {
                    return matches!(self.base(x), "obj" | "obl" | "nmod")
                        && self.relation(x) != "obl:agent"
                }
                Some(h) if self.words[h].upos == Upos::Noun => x = h,
                _ => return false,
            }
        }
        false
    }

    /// The head word of placed mention `p`.
    pub fn mention_head(&self, p: usize) -> Option<usize> {
        self.head_of
            .get(p)
            .filter(|&&h| h != NONE)
            .map(|&h| h as usize)
    }

    /// How many words the sentence has.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The dependents of `w`, and for a dependent that only counts or groups
    /// (`dozens of rockets`, `une salve de missiles`), what it counts.
    /// A verb without an object shares the object of the verb coordinated after it
    /// (`rammed and water-cannoned a boat`).
    pub fn content_dependents(&self, w: usize) -> impl Iterator<Item = usize> + '_ {
        let shared = (self.words[w].upos == Upos::Verb
            && self.kids_with(w, "obj").next().is_none())
        .then(|| {
            self.kids_with(w, "conj")
                .filter(move |&c| c > w && self.words[c].upos == Upos::Verb)
                .flat_map(move |c| self.kids_with(c, "obj"))
        })
        .into_iter()
        .flatten();
        self.kids(w).chain(shared).flat_map(move |k| {
            let counted = QUANTITY_NOUNS
                .contains(&self.lemma(k))
                .then(|| {
                    self.kids(k)
                        .filter(|&c| self.base(c) == "nmod" && self.words[c].upos == Upos::Noun)
                })
                .into_iter()
                .flatten();
            std::iter::once(k).chain(counted)
        })
    }

    fn kids(&self, w: usize) -> impl Iterator<Item = usize> + '_ {
        self.kids[self.start[w] as usize..self.start[w + 1] as usize]
            .iter()
            .map(|&k| k as usize)
    }

    fn relation(&self, w: usize) -> &str {
        &self.words[w].relation
    }

    fn base(&self, w: usize) -> &str {
        self.words[w].base_relation()
    }

    fn head(&self, w: usize) -> Option<usize> {
        self.words[w].head_index()
    }

    /// The dependents of `w` with this universal relation.
    fn kids_with<'a>(&'a self, w: usize, base: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.kids(w).filter(move |&k| self.base(k) == base)
    }

    /// The preposition or subordinator of `w` (folded lemma), `` when none.
    fn case(&self, w: usize) -> &str {
        self.kids(w)
            .find(|&k| matches!(self.base(k), "case" | "mark"))
            .map_or("", |k| self.lemma(k))
    }

    fn is_relative_pronoun(&self, w: usize) -> bool {
        let word = &self.words[w];
        (word.upos == Upos::Pron || word.upos == Upos::Det)
            && (word.feat("PronType") == Some("Rel")
                || matches!(
                    self.lemma(w),
                    "qui" | "que" | "lequel" | "who" | "which" | "that" | "whom"
                ))
    }

    fn is_personal_pronoun(&self, w: usize) -> bool {
        let word = &self.words[w];
        word.upos == Upos::Pron
            && matches!(
                self.lemma(w),
                "il" | "elle"
                    | "ils"
                    | "elles"
                    | "lui"
                    | "eux"
                    | "on"
                    | "it"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "nous"
                    | "i"
                    | "je"
            )
    }

    /// The placed mentions that `node` names: its own, those of its conjuncts, and
    /// when it names none itself, those of its nominal modifiers and appositions.
    pub fn actors(&self, node: usize) -> Vec<usize> {
        let mut out = Vec::new();
        self.collect(node, 0, &mut out);
        out
    }

    fn collect(&self, node: usize, depth: usize, out: &mut Vec<usize>) {
        let own = self.mention_at[node];
        if own != NONE {
            if !out.contains(&(own as usize)) {
                out.push(own as usize);
            }
        } else if depth < 3 {
            let before = out.len();
            for k in self.kids(node) {
                let relation = self.relation(k);
                let descend = match relation.split(':').next().unwrap_or("") {
                    "appos" | "flat" | "compound" | "amod" => true,
                    // `les soldats de la Minusma`, `Russia's army`; not `l’attaque
                    // contre le Mali` (an oblique of the event, not its doer)
                    "nmod" => matches!(self.case(k), "" | "de" | "du" | "des" | "of" | "'s"),
                    // `plus de trois mille Haïtiens`: a quantity adverb heads what
                    // it counts
                    "obl" => self.words[node].upos == Upos::Adv,
                    _ => false,
                };
                if descend {
                    self.collect(k, depth + 1, out);
                }
                // the first modifier that names an actor is the one meant
                if out.len() > before && relation != "appos" {
                    break;
                }
            }
        }
        for k in self.kids_with(node, "conj") {
            if !matches!(self.words[k].upos, Upos::Verb | Upos::Aux) {
                self.collect(k, depth, out);
            }
        }
    }

    /// Whether `v` is told in the passive (its subject is the patient).
    fn passive(&self, v: usize) -> bool {
        let w = &self.words[v];
        // (a subject labelled passive without a passive auxiliary or `se` is the
        // parser's slip: `Le Front a affirmé avoir bombardé`)
        let marked = self
            .kids(v)
            .any(|k| matches!(self.relation(k), "aux:pass" | "expl:pass"));
        marked
            || (w.feat("Voice") == Some("Pass")
                && matches!(self.relation(v).split(':').next(), Some("acl")))
    }

    /// The agent of a passive: `obl:agent`, or an oblique with `par`/`by`.
    fn agent(&self, v: usize) -> Option<usize> {
        self.kids(v).find(|&k| {
            self.relation(k) == "obl:agent"
                || (self.base(k) == "obl" && matches!(self.case(k), "par" | "by"))
        })
    }

    /// The subject of verb `v` as actors, climbing to the verb it depends on when it
    /// has none of its own.
    fn subject(&self, v: usize, hops: usize) -> (Vec<usize>, Subject) {
        let passive = self.passive(v);
        if passive {
            return match self.agent(v) {
                Some(a) => {
                    let actors = self.actors(a);
                    let kind = if actors.is_empty() {
                        Subject::Other
                    } else {
                        Subject::Actor
                    };
                    (actors, kind)
                }
                // (no agent: who did it is for the discourse to say, if anyone)
                None => (Vec::new(), Subject::Missing),
            };
        }
        // (of two subjects, one is a misread dateline, `Dakar, 4 mai — Le Sénégal a
        // fermé`: the one that names an actor, else the nearest)
        let subjects: Vec<usize> = self
            .kids(v)
            // (`nsubj:pass` on a verb that is not passive: the parser's slip)
            .filter(|&k| {
                matches!(
                    self.relation(k),
                    "nsubj" | "csubj" | "expl:subj" | "nsubj:pass"
                )
            })
            .collect();
        let chosen = subjects
            .iter()
            .copied()
            .find(|&k| !self.actors(k).is_empty())
            .or(subjects.last().copied());
        if let Some(s) = chosen {
            if self.is_relative_pronoun(s) {
                // `l’armée, qui a bombardé …`: the antecedent acts
                if let Some(h) = self.head(v).filter(|_| self.base(v) == "acl") {
                    return self.named(h);
                }
                // (a relative the parser did not hang on its antecedent: for the
                // discourse to say)
                return (Vec::new(), Subject::Pronoun);
            }
            if self.is_personal_pronoun(s) {
                return (Vec::new(), Subject::Pronoun);
            }
            return self.named(s);
        }
        let Some(h) = self.head(v).filter(|_| hops < 4) else {
            return (Vec::new(), Subject::Missing);
        };
        match self.relation(v).split(':').next().unwrap_or("") {
            "xcomp" => {
                // object control: `a exhorté le Mali à libérer`, `urged Mali to free`
                if let Some(o) = self
                    .kids(h)
                    .find(|&k| matches!(self.base(k), "obj" | "iobj"))
                {
                    if !self.actors(o).is_empty() {
                        return self.named(o);
                    }
                }
                self.subject(h, hops + 1)
            }
            "conj" if matches!(self.words[h].upos, Upos::Verb | Upos::Aux | Upos::Adj) => {
                self.subject(h, hops + 1)
            }
            "advcl" => {
                let w = &self.words[v];
                let nonfinite = matches!(w.feat("VerbForm"), Some("Part" | "Ger" | "Inf"))
                    || self.words[v].upos == Upos::Verb
                        && self.lang == Lang::En
                        && self.kids(v).all(|k| self.base(k) != "nsubj");
                // `a accusé la France d’avoir livré`, `accused Kigali of arming`: the
                // object of the verb it completes does it
                let complement = matches!(self.case(v), "de" | "d'" | "of");
                if nonfinite && complement {
                    if let Some(o) = self.kids(h).find(|&k| self.base(k) == "obj") {
                        if !self.actors(o).is_empty() {
                            return self.named(o);
                        }
                    }
                }
                if nonfinite {
                    self.subject(h, hops + 1)
                } else {
                    (Vec::new(), Subject::Missing)
                }
            }
            // `des rebelles attaquant un convoi`: a present participle acts through
            // its noun (a past one is passive, above); when the noun names no actor,
            // the participle is read as the main clause's (`a rompu ses relations,
            // accusant le royaume`)
            "acl" if self.words[h].upos != Upos::Verb => {
                // an apposition names the same party as the noun it follows (`les
                // Émirats, accusés de fournir`): the clause acts through that noun
                let h = match self.head(h) {
                    Some(n) if self.base(h) == "appos" => n,
                    _ => h,
                };
                // (after a comma, `…avec l’Ukraine, reprochant à Kiev`, the
                // participle is the subject's, whatever noun it was hung on)
                let detached = self
                    .kids(v)
                    .any(|k| k < v && self.words[k].upos == Upos::Punct && self.lemma(k) == ",");
                let (actors, kind) = self.named(h);
                if kind == Subject::Actor && !detached {
                    return (actors, kind);
                }
                match self.clause_of(h) {
                    Some(v) => self.subject(v, hops + 1),
                    None => (actors, kind),
                }
            }
            _ => (Vec::new(), Subject::Missing),
        }
    }

    /// The verb whose argument the nominal `n` is.
    fn clause_of(&self, mut n: usize) -> Option<usize> {
        for _ in 0..4 {
            let h = self.head(n)?;
            if matches!(self.words[h].upos, Upos::Verb | Upos::Aux) {
                return Some(h);
            }
            n = h;
        }
        None
    }

    fn named(&self, node: usize) -> (Vec<usize>, Subject) {
        let actors = self.actors(node);
        if actors.is_empty() {
            // `les participants`, `the signatories`, `les deux camps`: those the
            // discourse has just named
            let collective = matches!(
                self.lemma(node),
                "participant"
                    | "signataire"
                    | "delegation"
                    | "camp"
                    | "partie"
                    | "signatory"
                    | "side"
                    | "party"
            );
            // a definite description that names no actor (`le ministre`, `the
            // ministry`) points back at one the discourse knows; an indefinite one
            // (`des hommes armés`) introduces someone new
            let definite = self.words[node].upos == Upos::Noun
                && self.kids(node).any(|k| {
                    self.base(k) == "det"
                        && (self.words[k].feat("Definite") == Some("Def")
                            || self.words[k].feat("PronType") == Some("Dem")
                            || matches!(self.lemma(k), "the" | "this" | "that" | "these"))
                });
            if self.is_personal_pronoun(node) || collective || definite {
                (actors, Subject::Pronoun)
            } else {
                (actors, Subject::Other)
            }
        } else {
            (actors, Subject::Actor)
        }
    }

    /// Obliques of `v` whose preposition the frame names, as actors.
    fn oblique_targets(&self, v: usize, frame: &Frame, out: &mut Vec<usize>) {
        self.obliques_under(v, frame, 0, out);
    }

    /// Obliques of `v` whose preposition the frame names, and, `depth` levels down,
    /// those of its other noun modifiers: the parser often hangs the target of an
    /// event noun on the last noun before it (`une aide d’urgence de 40 millions
    /// d’euros à l’Ukraine`: `à l’Ukraine` on `millions`).
    fn obliques_under(&self, v: usize, frame: &Frame, depth: usize, out: &mut Vec<usize>) {
        for k in self.kids(v) {
            if !matches!(self.base(k), "obl" | "nmod") || self.relation(k) == "obl:agent" {
                continue;
            }
            if frame.target_preps.iter().any(|p| p == self.case(k)) {
                for a in self.actors(k) {
                    if !out.contains(&a) {
                        out.push(a);
                    }
                }
            } else if depth > 0 && self.base(k) == "nmod" && self.actors(k).is_empty() {
                self.obliques_under(k, frame, depth - 1, out);
            }
        }
    }

    /// The arguments of the trigger at word `w` under `frame`.
    pub fn arguments(&self, w: usize, frame: &Frame) -> TreeArgs {
        let word = &self.words[w];
        let verbal = matches!(word.upos, Upos::Verb | Upos::Aux)
            || (word.upos == Upos::Adj && word.feat("VerbForm") == Some("Part"));
        if verbal {
            self.verb_arguments(w, frame)
        } else {
            self.noun_arguments(w, frame)
        }
    }

    fn verb_arguments(&self, v: usize, frame: &Frame) -> TreeArgs {
        let passive = self.passive(v);
        let (sources, subject) = self.subject(v, 0);
        let mut targets = Vec::new();
        if passive {
            if let Some(s) = self.kids(v).find(|&k| self.base(k) == "nsubj") {
                targets.extend(self.actors(s));
            } else if self.base(v) == "acl" {
                // `l’appareil abattu par …`: the noun is the patient
                if let Some(h) = self.head(v) {
                    targets.extend(self.actors(h));
                }
            }
        }
        if !frame.no_object {
            for k in self.kids(v) {
                if matches!(self.base(k), "obj" | "iobj") {
                    if self.is_relative_pronoun(k) {
                        // `le voisin qu’il accuse`: the antecedent is the object
                        if let Some(h) = self.head(v).filter(|_| self.base(v) == "acl") {
                            targets.extend(self.actors(h));
                        }
                    } else {
                        targets.extend(self.actors(k));
                        // `a fermé sa frontière avec la Gambie`, `recalled its
                        // ambassador to France`, and through the object's modifiers:
                        // `fired dozens of rockets into Israel`
                        self.obliques_under(k, frame, 1, &mut targets);
                    }
                }
            }
        }
        self.oblique_targets(v, frame, &mut targets);
        TreeArgs::new(sources, targets, subject)
    }

    fn noun_arguments(&self, n: usize, frame: &Frame) -> TreeArgs {
        let mut sources = Vec::new();
        let mut targets = Vec::new();
        for k in self.kids(n) {
            let relation = self.relation(k);
            let case = self.case(k);
            let of = matches!(case, "de" | "du" | "des" | "of");
            if relation == "nmod:poss"
                || matches!(relation, "amod" | "compound")
                || (self.base(k) == "nmod" && of && frame.of == Of::Source)
                || (self.base(k) == "nmod" && case == "'s")
            {
                sources.extend(self.actors(k));
            } else if self.base(k) == "nmod" && of && frame.of == Of::Target {
                targets.extend(self.actors(k));
            }
        }
        for k in self.agents_of_noun(n) {
            sources.extend(self.actors(k));
        }
        self.obliques_under(n, frame, 3, &mut targets);
        let mut subject = if sources.is_empty() {
            Subject::Missing
        } else {
            Subject::Actor
        };
        // `a lancé une offensive contre`, `carried out strikes on`: a light verb's
        // subject does the act its object names
        if let Some(v) = self.support_verb(n) {
            if sources.is_empty() {
                let (s, kind) = self.subject(v, 0);
                sources = s;
                subject = kind;
            }
            self.oblique_targets(v, frame, &mut targets);
        } else if sources.is_empty() && self.base(n) == "obj" {
            // `the Council condemned Tuesday's attack`, `a dénoncé l’incursion`: who
            // judges, reports or answers an act did not do it (a noun with its
            // determiner, or in a headline its modifiers: `condemn deadly attack on
            // peacekeepers`; `se sont réunis` misread as a noun object is no act noun)
            let determined = self.kids(n).any(|k| {
                matches!(self.base(k), "det" | "amod" | "nmod") || self.relation(k) == "nmod:poss"
            });
            let judged = self
                .head(n)
                .is_some_and(|v| self.words[v].upos == Upos::Verb && !lends(self.lemma(v)));
            if determined && judged {
                subject = Subject::Other;
            }
        }
        TreeArgs::new(sources, targets, subject)
    }

    /// Whether the verb `v` has a clause for complement (`a démenti avoir fourni`,
    /// `denied that its units were moving`): the act it tells of has arguments of its
    /// own, which are not the verb's.
    pub fn has_clause_complement(&self, v: usize) -> bool {
        self.words[v].upos == Upos::Verb
            && self
                .kids(v)
                .any(|k| matches!(self.base(k), "xcomp" | "ccomp"))
    }

    /// The act a reaction answers, named by its object: a noun (`a dénoncé une
    /// « intimidation »`, `rejected the allegations`, `condemned the expulsion`) that
    /// names no actor and no doer of its own, so that who did it is for the story to
    /// say.
    pub fn answered_act(&self, v: usize) -> Option<usize> {
        if self.words[v].upos != Upos::Verb {
            return None;
        }
        // (`a rejeté « des allégations »`: an indefinite `des` read as `de les`
        // makes the object an oblique in `de` on a verb that has none)
        let object = |o: usize| {
            self.base(o) == "obj"
                || (self.base(o) == "obl"
                    && self.case(o) == "de"
                    && self.kids(v).all(|k| self.base(k) != "obj"))
        };
        self.kids(v).find(|&o| {
            object(o)
                && self.words[o].upos == Upos::Noun
                && self.actors(o).is_empty()
                && !self.has_own_agent(o)
        })
    }

    /// The verb that governs `w` through `xcomp` (`a menacé de fermer`).
    pub fn governor(&self, w: usize) -> Option<usize> {
        let h = self.head(w)?;
        match self.relation(w).split(':').next()? {
            "xcomp" => Some(h),
            _ => None,
        }
    }

    /// How the trigger at `w` is told, with the node of whoever claims it; `None`
    /// when the tree marks nothing (the act is then asserted, unless another cue
    /// says otherwise).
    pub fn modality(&self, w: usize) -> Option<(Modality, Option<usize>)> {
        if self.negated(w) {
            return Some((Modality::Negated, None));
        }
        // the auxiliaries and mood of the verb itself; a conditional in a clause
        // that someone says (`a averti que son pays frapperait`) is the future seen
        // from the past, not a report of a fact
        if let Some(m) = self.mood(w) {
            let said = self.base(w) == "ccomp"
                || self
                    .head(w)
                    .is_some_and(|h| self.base(h) == "ccomp" && self.base(w) == "obj");
            if m == Modality::Alleged && said {
                return Some((Modality::Planned, None));
            }
            return Some((m, None));
        }
        // what governs it: modal, intent, refusal and prevention verbs, speech verbs
        let mut node = w;
        for _ in 0..4 {
            let Some(h) = self.head(node) else { break };
            let relation = self.relation(node).split(':').next().unwrap_or("");
            let lemma = self.lemma(h);
            let governed = matches!(relation, "xcomp" | "obj" | "csubj")
                || (relation == "ccomp" && self.lang == Lang::En && lemma == "refuse");
            // `a accusé l’Algérie d’avoir livré`, `accused Kigali of arming`: the
            // act someone is charged with is alleged, by whoever charges
            // (the parser may hang it on the accused: `accused Algeria of attacking`)
            let charger = match relation {
                "xcomp" | "advcl" => Some(h),
                // (`les Émirats, accusés de fournir`: the charge itself tagged as a
                // noun or adjective, its act in a clause on it)
                "acl" if matches!(self.case(node), "of" | "for" | "de" | "d'" | "d’") => {
                    if charges(self.lemma(h)) {
                        Some(h)
                    } else {
                        self.head(h).filter(|_| self.base(h) == "obj")
                    }
                }
                _ => None,
            };
            if let Some(c) = charger.filter(|&c| charges(self.lemma(c))) {
                let (accuser, _) = self.subject(c, 0);
                return Some((Modality::Alleged, accuser.first().copied()));
            }
            if governed {
                if let Some(m) = governing(lemma) {
                    return Some((m, None));
                }
                if self.negated(h) && matches!(relation, "xcomp" | "obj") {
                    return Some((Modality::Negated, None));
                }
                if let Some(m) = self.mood(h) {
                    return Some((m, None));
                }
                node = h;
                continue;
            }
            // `… militarily to reinstate the president`, `pour rétablir l'ordre`: a
            // purpose clause tells an aim, not an act done
            if relation == "advcl"
                && self.kids(node).any(|k| {
                    self.base(k) == "mark" && matches!(self.lemma(k), "to" | "pour" | "afin")
                })
            {
                return Some((Modality::Planned, None));
            }
            if relation == "ccomp" {
                if let Some(m) = speech(lemma) {
                    let (speaker, _) = self.subject(h, 0);
                    return Some((m, speaker.first().copied()));
                }
                if let Some(m) = self.mood(h) {
                    return Some((m, None));
                }
            }
            break;
        }
        None
    }

    /// Negation on the word or on its core arguments (`aucun pays n’a condamné`).
    fn negated(&self, w: usize) -> bool {
        self.kids(w).any(|k| {
            let lemma = self.lemma(k);
            let word = &self.words[k];
            (matches!(self.base(k), "advmod" | "neg" | "det")
                && (word.feat("Polarity") == Some("Neg")
                    || matches!(
                        lemma,
                        "pas" | "jamais" | "not" | "n't" | "never" | "no" | "aucun" | "nul"
                    )))
                || (matches!(self.base(k), "nsubj" | "obj")
                    && self.kids(k).any(|d| {
                        self.base(d) == "det" && matches!(self.lemma(d), "aucun" | "no" | "nul")
                    }))
        })
    }

    /// The mood and tense of the verb or its auxiliaries: conditional, future, and
    /// English modal auxiliaries.
    fn mood(&self, w: usize) -> Option<Modality> {
        let word = &self.words[w];
        let auxiliaries: Vec<usize> = self.kids(w).filter(|&k| self.base(k) == "aux").collect();
        for &a in &auxiliaries {
            match self.lemma(a) {
                "will" | "shall" => return Some(Modality::Planned),
                "would" | "could" | "might" | "may" => return Some(Modality::Hypothetical),
                "should" | "must" | "ought" => return Some(Modality::Recommended),
                _ => {}
            }
        }
        // the verb itself or one of its auxiliaries bears the feature
        let marked = |name: &str, value: &str| {
            word.feat(name) == Some(value)
                || auxiliaries
                    .iter()
                    .any(|&a| self.words[a].feat(name) == Some(value))
        };
        // (in French the form itself says conditional or future when the tagger
        // misses it: `enverrait`, `dépêcherait` tagged as imperfects)
        let told = |k: usize| {
            let verb = matches!(self.words[k].upos, Upos::Verb | Upos::Aux);
            (self.lang == Lang::Fr && verb)
                .then(|| french_tense(&self.words[k].form.to_lowercase(), self.lemma(k)))
                .flatten()
        };
        let formed = |tense: FrenchTense| {
            told(w) == Some(tense) || auxiliaries.iter().any(|&a| told(a) == Some(tense))
        };
        if marked("Mood", "Cnd") || formed(FrenchTense::Conditional) {
            // `aurait bombardé`, `détiendrait`: what is said to have happened
            return Some(Modality::Alleged);
        }
        let future = marked("Tense", "Fut") || formed(FrenchTense::Future);
        if future {
            return Some(Modality::Planned);
        }
        None
    }
}

/// A French verb's tense as its form tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FrenchTense {
    Future,
    Conditional,
}

/// The future and conditional of a French verb from its lowercase form and folded
/// lemma: the future stem (the infinitive, less the `e` of `-re`; a handful of
/// irregular stems) and the endings of either tense. An imperfect never passes
/// (`déclarait`, `prenait`: the stem is not the infinitive's), which is why this
/// can correct a tagger that reads `enverrait` as an imperfect. When the lemma is
/// itself the imperfect's misreading (`dépêcherait` → *dépêcherer*), a stem that
/// is an `-er` infinitive still tells (`dépêcher-ait`; the imperfect of a verb in
/// `-érer` keeps its accent: `libér-ait`).
fn french_tense(form: &str, lemma: &str) -> Option<FrenchTense> {
    const CONDITIONAL: [&str; 5] = ["aient", "ions", "iez", "ais", "ait"];
    const FUTURE: [&str; 6] = ["ont", "ons", "ez", "ai", "as", "a"];
    let folded = vigie_text::fold(form);
    let stems = future_stems(lemma);
    let tense = |endings: &[&str]| {
        endings.iter().any(|e| {
            folded
                .strip_suffix(e)
                .is_some_and(|stem| stems.iter().any(|s| s == stem))
                || form
                    .strip_suffix(e)
                    .is_some_and(|stem| stem.ends_with("er") && stem.chars().count() >= 5)
        })
    };
    if tense(&CONDITIONAL) {
        Some(FrenchTense::Conditional)
    } else if tense(&FUTURE) {
        Some(FrenchTense::Future)
    } else {
        None
    }
}

/// The future stems of a folded French infinitive (`envoyer` → `enverr`,
/// `appeler` → `appeler`, `appeller`; `prendre` → `prendr`).
fn future_stems(lemma: &str) -> Vec<String> {
    const IRREGULAR: [(&str, &str); 16] = [
        ("avoir", "aur"),
        ("etre", "ser"),
        ("faire", "fer"),
        ("pouvoir", "pourr"),
        ("devoir", "devr"),
        ("vouloir", "voudr"),
        ("envoyer", "enverr"),
        ("voir", "verr"),
        ("falloir", "faudr"),
        ("valoir", "vaudr"),
        ("savoir", "saur"),
        ("aller", "ir"),
        ("mourir", "mourr"),
        ("courir", "courr"),
        ("cevoir", "cevr"),
        ("querir", "querr"),
    ];
    // (a verb made on an irregular one shares its stem: `renvoyer`, `défaire`,
    // `recourir`, `recevoir`, `acquérir`; `prévoir` is regular)
    for (end, stem) in IRREGULAR {
        if let Some(prefix) = lemma.strip_suffix(end) {
            if !(end == "voir" && prefix == "pre") {
                return vec![format!("{prefix}{stem}")];
            }
        }
    }
    for (end, stem) in [("venir", "viendr"), ("tenir", "tiendr")] {
        if let Some(prefix) = lemma.strip_suffix(end) {
            return vec![format!("{prefix}{stem}")];
        }
    }
    if let Some(base) = lemma.strip_suffix("re") {
        return vec![format!("{base}r")];
    }
    let mut stems = vec![lemma.to_string()];
    if let Some(base) = lemma.strip_suffix("er") {
        // `appellerait`, `jetterait`; `emploierait`, `essuierait`
        if let Some(last) = base.chars().last().filter(|c| matches!(c, 'l' | 't')) {
            stems.push(format!("{base}{last}er"));
        }
        if let Some(root) = base.strip_suffix('y') {
            stems.push(format!("{root}ier"));
        }
    }
    stems
}

/// Whether a verb charges someone with an act (`accuser X d’avoir …`, `accuse X of
/// …`): the act is told as the charger's allegation, an event of its own.
pub(crate) fn charges(lemma: &str) -> bool {
    matches!(
        lemma,
        "accuser" | "reprocher" | "soupconner" | "incriminer" | "accuse" | "blame" | "suspect"
    )
}

/// Whether a verb lends its subject to the act its object names: light verbs of
/// doing, and verbs of deciding, announcing, granting and imposing. Verbs of intent
/// (`promettre une aide`) are left out: what they govern is not done yet.
fn supports(lemma: &str) -> bool {
    matches!(
        lemma,
        // doing
        "lancer" | "mener" | "effectuer" | "conduire" | "operer" | "proceder" | "perpetrer"
            | "commettre" | "declencher" | "engager" | "entamer" | "executer" | "realiser"
            | "multiplier" | "intensifier" | "reprendre" | "organiser" | "tenir"
            | "launch" | "carry" | "conduct" | "mount" | "stage" | "perpetrate" | "commit"
            | "unleash" | "resume" | "intensify" | "step" | "escalate" | "organize"
            | "organise" | "hold" | "resort"
            // deciding, announcing, granting, imposing
            | "annoncer" | "decider" | "ordonner" | "decreter" | "approuver" | "adopter"
            | "accorder" | "octroyer" | "debloquer" | "fournir" | "apporter" | "imposer"
            | "infliger" | "prononcer" | "signer" | "conclure" | "parapher" | "revendiquer"
            | "announce" | "unveil" | "order" | "decree" | "approve" | "adopt" | "grant"
            | "provide" | "deliver" | "impose" | "slap" | "sign" | "conclude" | "ink"
            | "claim"
    )
}

/// Whether a verb lends its subject to the act its object names although it is not
/// a support verb of `supports`: the light verbs and copulas (`a eu un entretien`,
/// `assure une médiation`, `est devenue le principal fournisseur`, `took part in`).
/// Any other verb judges, reports, answers or undergoes the act (`condamner
/// l’attaque`, `welcomed the release`): its subject did not do it.
fn lends(lemma: &str) -> bool {
    matches!(
        lemma,
        "avoir"
            | "etre"
            | "faire"
            | "assurer"
            | "donner"
            | "prendre"
            | "devenir"
            | "rester"
            | "demeurer"
            | "constituer"
            | "representer"
            | "poursuivre"
            | "continuer"
            | "have"
            | "be"
            | "make"
            | "give"
            | "take"
            | "get"
            | "become"
            | "remain"
            | "pursue"
            | "continue"
            | "keep"
    )
}

/// The modality a governing verb gives the act it governs.
fn governing(lemma: &str) -> Option<Modality> {
    Some(match lemma {
        "pouvoir" | "risquer" | "can" | "risk" => Modality::Hypothetical,
        "devoir" | "falloir" => Modality::Recommended,
        "vouloir" | "envisager" | "compter" | "prevoir" | "projeter" | "appreter" | "entendre"
        | "promettre" | "souhaiter" | "esperer" | "intend" | "plan" | "want" | "consider"
        | "prepare" | "hope" | "wish" | "seek" | "aim" | "promise" | "vow" | "pledge"
        | "etudier" | "study" | "weigh" | "mull" => Modality::Planned,
        // `s’est dit prêt à envoyer`, `ready to send`: a readiness, not the act
        "refuser" | "nier" | "dementir" | "refuse" | "deny" | "decline" => Modality::Negated,
        // what someone is urged or asked to do is not done yet
        "exhorter" | "appeler" | "demander" | "inviter" | "enjoindre" | "sommer" | "exiger"
        | "reclamer" | "presser" | "urge" | "call" | "ask" | "press" | "demand" | "request"
        | "implore" | "encourage" => Modality::Recommended,
        "empecher" | "dejouer" | "prevent" | "thwart" | "foil" | "avert" | "stop" => {
            Modality::Prevented
        }
        _ => return None,
    })
}

/// The modality a speech verb gives its clausal complement.
fn speech(lemma: &str) -> Option<Modality> {
    Some(match lemma {
        "dire" | "affirmer" | "declarer" | "annoncer" | "indiquer" | "assurer" | "rapporter"
        | "signaler" | "confirmer" | "expliquer" | "preciser" | "ajouter" | "say" | "state"
        | "announce" | "report" | "tell" | "confirm" | "add" | "explain" | "note" => {
            Modality::Reported
        }
        "pretendre" | "alleguer" | "soutenir" | "claim" | "allege" | "insist" | "maintain" => {
            Modality::Alleged
        }
        "estimer" | "juger" | "penser" | "croire" | "considerer" | "craindre" | "believe"
        | "think" | "fear" | "suspect" | "expect" | "warn" | "avertir" | "prevenir" => {
            Modality::Hypothetical
        }
        _ => return None,
    })
}

/// The frame a pattern's code implies when its lexicon entry names none: which
/// prepositions introduce a target.
pub(crate) fn default_frame(cameo: &str, lang: Lang) -> Frame {
    let root = cameo.get(..2).unwrap_or("");
    let preps: &[&str] = match (lang, root) {
        // meet, cooperate, break with
        (Lang::Fr, "03" | "04" | "05" | "06" | "16") => &["avec", "contre", "envers", "aupres"],
        (Lang::En, "03" | "04" | "05" | "06" | "16") => &["with", "against", "toward", "towards"],
        // appeal, aid, demand, yield to
        (Lang::Fr, "02" | "07" | "10") => &["a", "aupres", "contre", "envers"],
        (Lang::En, "02" | "07" | "10") => &["to", "on", "against", "from"],
        // withdraw from
        (Lang::Fr, "08") => &["de", "a", "envers"],
        (Lang::En, "08") => &["from", "to"],
        // force, at a target
        (Lang::Fr, "15" | "17" | "18" | "19" | "20") => &["contre", "sur", "vers"],
        (Lang::En, "15" | "17" | "18" | "19" | "20") => &["against", "on", "at", "upon"],
        (Lang::Fr, _) => &["contre", "envers", "aupres"],
        (Lang::En, _) => &["against", "toward", "towards", "at", "to"],
        _ => &[],
    };
    Frame {
        target_preps: preps.iter().map(|p| p.to_string()).collect(),
        of: Of::Unknown,
        no_object: false,
    }
}

/// Puts what the tree found in place of the word-order guess of `args.rs`: the
/// subject when the tree names one (an actor, or a noun phrase that is none), the
/// targets when the tree names some, and otherwise only the guessed targets that lie
/// inside the trigger's own subtree. Returns whether the subject is settled (no
/// actor may then be borrowed from around the trigger).
pub(crate) fn apply_tree<'a>(
    arguments: &mut crate::args::Arguments<'a>,
    placed: &[Placed<'a>],
    tree: &Tree<'_>,
    w: usize,
    found: &TreeArgs,
) -> bool {
    let mentions = |found: &[usize]| -> Vec<&'a ActorMention> {
        found.iter().map(|&p| placed[p].mention).collect()
    };
    // word order finds whole lists of coordinated actors (`du Tchad, du Nigeria et du
    // Cameroun`) that a misattached conjunct hides from the tree: a guess that holds
    // everything the tree found is kept
    let within = |tree_found: &[&ActorMention], guess: &[&ActorMention]| {
        tree_found
            .iter()
            .all(|t| guess.iter().any(|g| std::ptr::eq(*g, *t)))
    };
    let settled = match found.subject {
        Subject::Actor => {
            let sources = mentions(&found.sources);
            // (nor when the guess split the subjects into a mutual act: `Alger et
            // Bamako ont fermé leurs espaces aériens respectifs`)
            let guessed: Vec<&ActorMention> = arguments
                .sources
                .iter()
                .chain(&arguments.targets)
                .copied()
                .collect();
            if !within(&sources, &guessed) {
                arguments.sources = sources;
                arguments
                    .targets
                    .retain(|t| !arguments.sources.iter().any(|s| std::ptr::eq(*s, *t)));
            }
            arguments.borrowed_source = false;
            true
        }
        Subject::Other => {
            arguments.sources.clear();
            true
        }
        Subject::Pronoun | Subject::Missing => false,
    };
    if !found.targets.is_empty() {
        let targets = mentions(&found.targets);
        if !within(&targets, &arguments.targets) {
            arguments.targets = targets;
            arguments.pairs = false;
        }
    } else if settled {
        arguments.targets.retain(|t| {
            placed
                .iter()
                .position(|p| std::ptr::eq(p.mention, *t))
                .and_then(|p| tree.mention_head(p))
                .is_none_or(|h| tree.in_clause_of(w, h))
        });
    }
    // coordinated subjects acting together (`se sont réunis`): each pair once
    if arguments.pairs {
        arguments.targets = arguments.sources.clone();
    }
    settled
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigie_core::Span;

    /// A tree from rows of (form, lemma, UPOS, feats, head, relation), one token each.
    fn tree(rows: &[(&str, &str, Upos, &str, u32, &str)]) -> SyntaxSentence {
        let mut at = 0;
        let words = rows
            .iter()
            .enumerate()
            .map(|(k, &(form, lemma, upos, feats, head, relation))| {
                let span = Span::new(at, at + form.len());
                at += form.len() + 1;
                Word {
                    span,
                    token: k,
                    form: form.into(),
                    lemma: lemma.into(),
                    upos,
                    feats: feats.into(),
                    head,
                    relation: relation.into(),
                }
            })
            .collect();
        SyntaxSentence { sentence: 0, words }
    }

    #[test]
    fn a_subject_labelled_passive_without_a_passive_auxiliary_is_the_doer() {
        // `X <aux> bombardé`, the subject labelled passive: `Le Front a affirmé avoir
        // bombardé` as the parser misread it (`avoir`, a tense auxiliary), and `Le
        // poste a été bombardé` (`été`, a passive one)
        let bombarded = |aux: &str, relation: &str| {
            tree(&[
                ("X", "x", Upos::Noun, "_", 3, "nsubj:pass"),
                (aux, aux, Upos::Aux, "_", 3, relation),
                (
                    "bombardé",
                    "bombarder",
                    Upos::Verb,
                    "VerbForm=Part",
                    0,
                    "root",
                ),
            ])
        };
        let slip = bombarded("avoir", "aux:tense");
        assert!(!Tree::new(&slip, 0, 3, &[], Lang::Fr).passive(2));
        let passive = bombarded("été", "aux:pass");
        assert!(Tree::new(&passive, 0, 3, &[], Lang::Fr).passive(2));
    }

    #[test]
    fn support_verbs_lend_their_subject_and_coordinated_finite_verbs_close_a_clause() {
        // `L’UE condamne les frappes et annonce une aide à l’Ukraine`
        let s = tree(&[
            ("UE", "UE", Upos::Propn, "_", 2, "nsubj"),
            (
                "condamne",
                "condamner",
                Upos::Verb,
                "VerbForm=Fin",
                0,
                "root",
            ),
            ("frappes", "frappe", Upos::Noun, "_", 2, "obj"),
            ("et", "et", Upos::Cconj, "_", 5, "cc"),
            ("annonce", "annoncer", Upos::Verb, "VerbForm=Fin", 2, "conj"),
            ("aide", "aide", Upos::Noun, "_", 5, "obj"),
            ("à", "à", Upos::Adp, "_", 8, "case"),
            ("Ukraine", "Ukraine", Upos::Propn, "_", 6, "nmod"),
        ]);
        let t = Tree::new(&s, 0, 8, &[], Lang::Fr);
        assert_eq!(t.support_verb(5), Some(4));
        // `condamner` judges its object; it does not do it
        assert_eq!(t.support_verb(2), None);
        assert!(t.in_clause_of(4, 7));
        assert!(!t.in_clause_of(1, 7));
        assert!(t.in_clause_of(1, 2));
    }

    #[test]
    fn the_day_after_an_act_puts_the_act_a_day_before() {
        // `au lendemain de l’expulsion`, `à la veille du scrutin`
        let s = tree(&[
            (
                "rappelé",
                "rappeler",
                Upos::Verb,
                "VerbForm=Part",
                0,
                "root",
            ),
            ("lendemain", "lendemain", Upos::Noun, "_", 1, "obl:mod"),
            ("de", "de", Upos::Adp, "_", 4, "case"),
            ("expulsion", "expulsion", Upos::Noun, "_", 2, "nmod"),
            ("veille", "veille", Upos::Noun, "_", 1, "obl:mod"),
            ("scrutin", "scrutin", Upos::Noun, "_", 5, "nmod"),
        ]);
        let t = Tree::new(&s, 0, 6, &[], Lang::Fr);
        assert_eq!(t.day_offset(3), Some(-1));
        assert_eq!(t.day_offset(5), Some(1));
        assert_eq!(t.day_offset(1), None);
    }

    #[test]
    fn a_date_on_the_object_of_a_reaction_dates_the_object() {
        // `Guyana condemns the incursion , on 7 October , of a boat the next day`
        // (hand-made tree: the last date hung on `incursion` too, without a comma)
        let s = tree(&[
            ("Guyana", "Guyana", Upos::Propn, "_", 2, "nsubj"),
            ("condemns", "condemn", Upos::Verb, "VerbForm=Fin", 0, "root"),
            ("incursion", "incursion", Upos::Noun, "_", 2, "obj"),
            (",", ",", Upos::Punct, "_", 6, "punct"),
            ("on", "on", Upos::Adp, "_", 6, "case"),
            ("7", "7", Upos::Num, "_", 3, "nmod"),
            ("October", "October", Upos::Propn, "_", 6, "nmod"),
            (",", ",", Upos::Punct, "_", 6, "punct"),
            ("of", "of", Upos::Adp, "_", 10, "case"),
            ("boat", "boat", Upos::Noun, "_", 3, "nmod"),
            ("the", "the", Upos::Det, "_", 13, "det"),
            ("next", "next", Upos::Adj, "_", 13, "amod"),
            ("day", "day", Upos::Noun, "_", 3, "nmod"),
        ]);
        let t = Tree::new(&s, 0, 13, &[], Lang::En);
        let span = |a: usize, b: usize| s.words[a].span.cover(s.words[b].span);
        // set off by commas: the incursion's day
        assert!(t.dates_object(1, span(4, 6)));
        // at the end, without a comma: the verb's, whatever the parser did
        assert!(!t.dates_object(1, span(10, 12)));
        // a date before the verb is never its object's
        assert!(!t.dates_object(1, span(0, 0)));
    }

    #[test]
    fn a_clause_on_an_act_noun_tells_its_toll() {
        // `the strikes , which killed six people` and `the attack on a convoy , in
        // which two soldiers were killed`
        let s = tree(&[
            ("strikes", "strike", Upos::Noun, "_", 0, "root"),
            ("which", "which", Upos::Pron, "PronType=Rel", 3, "nsubj"),
            ("killed", "kill", Upos::Verb, "VerbForm=Fin", 1, "acl:relcl"),
            ("attack", "attack", Upos::Noun, "_", 1, "conj"),
            ("convoy", "convoy", Upos::Noun, "_", 4, "nmod"),
            (
                "killed",
                "kill",
                Upos::Verb,
                "VerbForm=Part",
                5,
                "acl:relcl",
            ),
            ("people", "people", Upos::Noun, "_", 3, "obj"),
        ]);
        let t = Tree::new(&s, 0, 7, &[], Lang::En);
        assert!(t.toll_of(0, 2));
        assert!(t.toll_of(3, 5));
        // the act of another noun is not this one's toll
        assert!(!t.toll_of(0, 5));
    }

    #[test]
    fn a_french_verb_form_tells_its_future_and_conditional() {
        let tense = |form: &str, lemma: &str| french_tense(form, lemma);
        assert_eq!(
            tense("enverrait", "envoyer"),
            Some(FrenchTense::Conditional)
        );
        assert_eq!(
            tense("prendraient", "prendre"),
            Some(FrenchTense::Conditional)
        );
        assert_eq!(
            tense("interviendrait", "intervenir"),
            Some(FrenchTense::Conditional)
        );
        assert_eq!(
            tense("appellerait", "appeler"),
            Some(FrenchTense::Conditional)
        );
        assert_eq!(tense("attaquera", "attaquer"), Some(FrenchTense::Future));
        assert_eq!(tense("riposteront", "riposter"), Some(FrenchTense::Future));
        assert_eq!(tense("fera", "faire"), Some(FrenchTense::Future));
        // the lemmatiser's misreading of a conditional as an imperfect
        assert_eq!(
            tense("dépêcherait", "depecherer"),
            Some(FrenchTense::Conditional)
        );
        // imperfects, a simple past and a present are neither
        assert_eq!(tense("déclarait", "declarer"), None);
        assert_eq!(tense("libérait", "liberer"), None);
        assert_eq!(tense("prenait", "prendre"), None);
        assert_eq!(tense("finissait", "finir"), None);
        assert_eq!(tense("déclara", "declarer"), None);
        assert_eq!(tense("prévoit", "prevoir"), None);
        assert_eq!(tense("prévoira", "prevoir"), Some(FrenchTense::Future));
    }

    #[test]
    fn who_judges_an_act_named_by_a_noun_did_not_do_it() {
        // `Council condemned the attack`, `Turkey became the supplier`
        let sentence = |verb: &str, lemma: &str, noun: &str| {
            tree(&[
                ("X", "X", Upos::Propn, "_", 2, "nsubj"),
                (verb, lemma, Upos::Verb, "VerbForm=Fin", 0, "root"),
                ("the", "the", Upos::Det, "_", 4, "det"),
                (noun, noun, Upos::Noun, "_", 2, "obj"),
            ])
        };
        let subject = |s: &SyntaxSentence| {
            Tree::new(s, 0, 4, &[], Lang::En)
                .arguments(3, &Frame::default())
                .subject
        };
        assert_eq!(
            subject(&sentence("condemned", "condemn", "attack")),
            Subject::Other
        );
        assert_eq!(
            subject(&sentence("became", "become", "supplier")),
            Subject::Missing
        );
        // a noun object without its determiner is the parser's misreading of a verb
        // (`se sont réunis`): left as it was
        let bare = tree(&[
            ("X", "X", Upos::Propn, "_", 2, "nsubj"),
            ("sont", "être", Upos::Verb, "VerbForm=Fin", 0, "root"),
            ("réunis", "réuni", Upos::Noun, "_", 2, "obj"),
        ]);
        let t = Tree::new(&bare, 0, 3, &[], Lang::Fr);
        assert_eq!(t.arguments(2, &Frame::default()).subject, Subject::Missing);
    }

    #[test]
    fn the_act_a_reaction_answers_is_its_object_noun_even_misread_as_an_oblique() {
        // `Alger a rejeté « des allégations », tout en démentant avoir livré …`
        let s = tree(&[
            ("Alger", "Alger", Upos::Propn, "_", 2, "nsubj"),
            ("rejeté", "rejeter", Upos::Verb, "VerbForm=Part", 0, "root"),
            ("de", "de", Upos::Adp, "_", 5, "case"),
            ("les", "le", Upos::Det, "_", 5, "det"),
            ("allégations", "allégation", Upos::Noun, "_", 2, "obl:mod"),
            (
                "démentant",
                "démentir",
                Upos::Verb,
                "VerbForm=Part",
                5,
                "acl",
            ),
            ("livré", "livrer", Upos::Verb, "VerbForm=Part", 6, "xcomp"),
        ]);
        let t = Tree::new(&s, 0, 7, &[], Lang::Fr);
        assert_eq!(t.answered_act(1), Some(4));
        assert!(t.has_clause_complement(5));
        assert!(!t.has_clause_complement(1));
        // an oblique beside a real object is no object
        let s = tree(&[
            ("Alger", "Alger", Upos::Propn, "_", 2, "nsubj"),
            ("accuse", "accuser", Upos::Verb, "VerbForm=Fin", 0, "root"),
            ("Rabat", "Rabat", Upos::Propn, "_", 2, "obj"),
            ("de", "de", Upos::Adp, "_", 5, "case"),
            ("provocations", "provocation", Upos::Noun, "_", 2, "obl"),
        ]);
        let t = Tree::new(&s, 0, 5, &[], Lang::Fr);
        assert_eq!(t.answered_act(1), None);
    }
}
