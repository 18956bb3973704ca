//! Coding one parsed sentence with PETRARCH dictionaries.
//!
//! 1. Discards: a sentence holding a discard phrase codes nothing.
//! 2. Actors and agents: the longest phrase at each word, left to right. An agent and
//!    the actors (and other agents) attached to its noun in the tree (`compound`,
//!    `amod`, `nmod`, `nmod:poss`, `flat`) make one unit whose code composes them
//!    (`Soldiers from Gondor` = `GON` + `~MIL`); coordinated actors attached to one
//!    agent give one unit each (`the ambassadors of Arnor, Osgiliath and Gondor`); an
//!    agent with no actor is coded `---` + its code.
//! 3. Verbs: the lemma (or the form, for irregular forms the dictionary lists) selects
//!    the verb's forms and blocks; a verb of several words needs its other words next to
//!    it. The block's patterns, longest first, are matched against the words the verb
//!    governs (after it) and the words of its clause before it; `$` and `+` bind the
//!    units they meet. The first pattern that matches gives the code, else the verb's
//!    or the block's own code.
//! 4. Arguments: unbound, the source is the subject (through `xcomp` and `conj` up to
//!    the verb that has one), a passive's agent; the target is the object, a passive's
//!    subject, else the first unit the verb governs after it. Coordination gives one
//!    event per pair. `[A:B]` codes A forward and B back.

use std::path::PathBuf;

use vigie_core::Span;
use vigie_syntax::{SyntaxSentence, Upos};

use crate::actors::Day;
use crate::verbs::{Code, Elem, Pattern, Slot, VerbForm};
use crate::Dictionaries;

/// An actor as the PETRARCH coder names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PetrarchActor {
    /// Composed code (`GONMIL`, `---GOV`).
    pub code: String,
    /// The words that name it.
    pub span: Span,
}

/// One event coded with PETRARCH dictionaries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PetrarchEvent {
    /// Who acted.
    pub source: PetrarchActor,
    /// Who was acted upon. A verb with no target codes nothing (PETRARCH's
    /// `require_dyad`, its default).
    pub target: PetrarchActor,
    /// The CAMEO code.
    pub code: String,
    /// The verb's span.
    pub verb: Span,
    /// The verb's index among the sentence's words.
    pub verb_word: usize,
    /// The pattern or verb line that gave the code, as `file:line`.
    pub rule: String,
}

/// A verb the dictionaries code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbMatch {
    /// The verb's index among the sentence's words.
    pub word: usize,
    /// Its code.
    pub code: Code,
    /// The pattern or verb line that gave it, as `file:line`.
    pub rule: String,
}

/// The dictionaries, ready to code.
pub struct Coder {
    dict: Dictionaries,
    verb_file: PathBuf,
}

/// A unit: one actor of the sentence (an actor, or an agent with what it composes).
#[derive(Debug, Clone)]
struct Unit {
    code: String,
    /// First and last word (inclusive).
    first: usize,
    last: usize,
    /// The word the tree points at.
    head: usize,
    /// Other words that stand for it: the tops of the actors and agents composed into
    /// it (`Bree` in `Bree Prime Minister Romendacil`).
    also: Vec<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Hit {
    Actor(u32),
    Agent(u32),
}

struct Sentence<'a> {
    s: &'a SyntaxSentence,
    forms: Vec<String>,
    lemmas: Vec<String>,
    /// For each word, the units it heads or belongs to.
    units: Vec<Unit>,
    unit_at: Vec<Vec<usize>>,
}

impl Coder {
    /// A coder over the dictionaries.
    pub fn new(dict: Dictionaries) -> Coder {
        let verb_file = dict
            .files
            .iter()
            .find(|f| {
                f.file_name()
                    .and_then(|n| n.to_str())
                    .and_then(crate::Kind::of)
                    == Some(crate::Kind::Verbs)
            })
            .cloned()
            .unwrap_or_default();
        Coder { dict, verb_file }
    }

    /// The dictionaries.
    pub fn dictionaries(&self) -> &Dictionaries {
        &self.dict
    }

    /// The dictionaries, given back.
    pub fn into_dictionaries(self) -> Dictionaries {
        self.dict
    }

    /// Whether a sentence's words hold a discard: `Some(true)` discards the whole story.
    pub fn discard(&self, s: &SyntaxSentence) -> Option<bool> {
        self.discard_in(&upper(s, |w| &w.form))
    }

    fn discard_in(&self, forms: &[String]) -> Option<bool> {
        let refs: Vec<&str> = forms.iter().map(String::as_str).collect();
        self.dict.discards.find(&refs)
    }

    /// Whether one of the sentence's verbs has forms in the verb dictionary.
    fn lists_a_verb(&self, s: &SyntaxSentence) -> bool {
        let verbs = &self.dict.verbs.verbs;
        s.words.iter().any(|w| {
            w.upos == Upos::Verb
                && (verbs.contains_key(&w.lemma.as_str().to_uppercase())
                    || verbs.contains_key(&w.form.as_str().to_uppercase()))
        })
    }

    /// Codes one English sentence; `day` (`YYYYMMDD`) resolves actors' dated codes.
    pub fn code_sentence(&self, s: &SyntaxSentence, day: Option<Day>) -> Vec<PetrarchEvent> {
        if !self.lists_a_verb(s) {
            return Vec::new();
        }
        let Some(sent) = self.units(s, day) else {
            return Vec::new();
        };
        let mut events = Vec::new();
        for v in 0..s.words.len() {
            if s.words[v].upos != Upos::Verb {
                continue;
            }
            let Some((code, rule, bound_source, bound_target)) = self.verb_code(&sent, v) else {
                continue;
            };
            let sources = match bound_source {
                Some(u) => vec![u],
                None => sent.sources(v),
            };
            let mut targets = match bound_target {
                Some(u) => vec![u],
                None => sent.targets(v, &sources),
            };
            // coordinated subjects and no target: each acts on the others
            // (`Gondor and Osgiliath have renewed diplomatic ties`)
            let mutual = targets.is_empty() && sources.len() > 1;
            if mutual {
                targets = sources.clone();
            }
            let verb = s.words[v].span;
            for &src in &sources {
                let source = sent.actor(src);
                for &tgt in &targets {
                    if sent.units[tgt].code == sent.units[src].code {
                        continue;
                    }
                    let target = sent.actor(tgt);
                    if let Some(f) = &code.forward {
                        push(
                            &mut events,
                            PetrarchEvent {
                                source: source.clone(),
                                target: target.clone(),
                                code: f.clone(),
                                verb,
                                verb_word: v,
                                rule: rule.clone(),
                            },
                        );
                    }
                    if let Some(b) = code.back.as_ref().filter(|_| !mutual) {
                        push(
                            &mut events,
                            PetrarchEvent {
                                source: target,
                                target: source.clone(),
                                code: b.clone(),
                                verb,
                                verb_word: v,
                                rule: rule.clone(),
                            },
                        );
                    }
                }
            }
        }
        events
    }

    /// Every rule a [`VerbMatch`] may name, with its code and its block's name: each
    /// pattern, and each verb line (which codes the verb alone).
    pub fn rules(&self) -> Vec<(String, Code, String)> {
        let file = self.verb_file.display();
        let mut out = Vec::new();
        for b in &self.dict.verbs.blocks {
            for p in &b.patterns {
                out.push((format!("{file}:{}", p.line), p.code.clone(), b.name.clone()));
            }
        }
        let mut forms: Vec<&VerbForm> = self.dict.verbs.verbs.values().flatten().collect();
        forms.sort_by_key(|f| f.line);
        forms.dedup_by_key(|f| f.line);
        for f in forms {
            let block = &self.dict.verbs.blocks[f.block as usize];
            let code = f.code.clone().unwrap_or_else(|| block.code.clone());
            out.push((format!("{file}:{}", f.line), code, block.name.clone()));
        }
        out
    }

    /// The verbs of a sentence the dictionaries code, whoever their arguments are (for
    /// a coder that finds arguments its own way): the word, the code and its rule.
    pub fn verbs(&self, s: &SyntaxSentence) -> Vec<VerbMatch> {
        // most sentences have no verb the dictionaries list: no actor matching then
        if !self.lists_a_verb(s) {
            return Vec::new();
        }
        let Some(sent) = self.units(s, None) else {
            return Vec::new();
        };
        (0..s.words.len())
            .filter(|&v| s.words[v].upos == Upos::Verb)
            .filter_map(|v| {
                let (code, rule, _, _) = self.verb_code(&sent, v)?;
                Some(VerbMatch {
                    word: v,
                    code,
                    rule,
                })
            })
            .collect()
    }

    /// Actor and agent units of a sentence; `None` when it holds a discard.
    fn units<'a>(&self, s: &'a SyntaxSentence, day: Option<Day>) -> Option<Sentence<'a>> {
        let n = s.words.len();
        let forms = upper(s, |w| &w.form);
        if self.discard_in(&forms).is_some() {
            return None;
        }
        let lemmas = upper(s, |w| &w.lemma);
        let refs: Vec<&str> = forms.iter().map(String::as_str).collect();
        // longest phrase at each word, actors before agents at equal length
        let mut hits: Vec<(usize, usize, Hit)> = Vec::new();
        let mut i = 0;
        while i < n {
            let actor = self.dict.actors.index.longest_at(&refs, i);
            let agent = self.dict.agents.index.longest_at(&refs, i);
            let best = match (actor, agent) {
                (Some(a), Some(g)) if g.1 > a.1 => Some((g.1, Hit::Agent(g.0))),
                (Some(a), _) => Some((a.1, Hit::Actor(a.0))),
                (None, Some(g)) => Some((g.1, Hit::Agent(g.0))),
                (None, None) => None,
            };
            match best {
                Some((len, hit)) if is_nominal(s, i, len) => {
                    hits.push((i, i + len - 1, hit));
                    i += len;
                }
                _ => i += 1,
            }
        }
        // the top word of each hit: the one whose head lies outside it
        let top = |(a, b, _): (usize, usize, Hit)| {
            (a..=b)
                .find(|&w| s.words[w].head_index().is_none_or(|h| h < a || h > b))
                .unwrap_or(b)
        };
        let tops: Vec<usize> = hits.iter().map(|&h| top(h)).collect();
        let hit_at = |w: usize| tops.iter().position(|&t| t == w);
        // the agent a hit composes with: its top attaches to an agent's top (directly,
        // or as a later conjunct: `the ambassadors of Arnor, Osgiliath and Gondor`);
        // else it stands right before the agent (`Bree Prime Minister Romendacil`,
        // `Gondor's police`) or right after it with `of`, `from`, `in`, whatever the
        // parser attached it to
        let is_agent = |j: usize| matches!(hits[j].2, Hit::Agent(_));
        let composes_with = |k: usize| -> Option<usize> {
            let mut w = tops[k];
            for _ in 0..3 {
                let rel = s.words[w].base_relation();
                let Some(h) = s.words[w].head_index() else {
                    break;
                };
                if rel == "conj" {
                    w = h;
                    continue;
                }
                if matches!(rel, "compound" | "amod" | "nmod" | "flat" | "appos") {
                    if let Some(j) = hit_at(h).filter(|&j| j != k && is_agent(j)) {
                        return Some(j);
                    }
                }
                break;
            }
            let (a, b, _) = hits[k];
            let next = hits.get(k + 1).filter(|_| k + 1 < hits.len());
            if let Some(&(na, _, Hit::Agent(_))) = next {
                let gap: Vec<&str> = (b + 1..na).map(|i| refs[i]).collect();
                if gap.is_empty() || gap == ["'S"] {
                    return Some(k + 1);
                }
            }
            if k > 0
                && is_agent(k - 1)
                && a >= 1
                && hits[k - 1].1 + 2 == a
                && matches!(refs[a - 1], "OF" | "FROM" | "IN")
            {
                return Some(k - 1);
            }
            None
        };
        let mut owner: Vec<Option<usize>> = (0..hits.len()).map(composes_with).collect();
        // an agent qualified before its noun (`Osgiliath soldiers in south Ithilen`)
        // takes no actor after it
        for j in 0..hits.len() {
            let before = (0..hits.len())
                .any(|k| owner[k] == Some(j) && !is_agent(k) && hits[k].0 < hits[j].0);
            if before {
                for k in 0..hits.len() {
                    if owner[k] == Some(j) && !is_agent(k) && hits[k].0 > hits[j].1 {
                        owner[k] = None;
                    }
                }
            }
        }
        // chains (`the Quibbler government newspaper`) end at their last agent
        for k in 0..hits.len() {
            let mut o = owner[k];
            for _ in 0..hits.len() {
                match o.and_then(|j| owner[j]) {
                    Some(next) if next != k => o = Some(next),
                    _ => break,
                }
            }
            owner[k] = o;
        }
        let mut units = Vec::new();
        for (k, &(a, b, hit)) in hits.iter().enumerate() {
            if owner[k].is_some() {
                continue;
            }
            match hit {
                Hit::Actor(id) => {
                    let Some(code) = self.dict.actors.actors[id as usize].code_on(day) else {
                        continue;
                    };
                    // `FRO/BIL/SAM`: a name for several actors, each one a unit
                    for code in code.split('/').filter(|c| !c.is_empty()) {
                        units.push(Unit {
                            code: code.to_string(),
                            first: a,
                            last: b,
                            head: tops[k],
                            also: Vec::new(),
                        });
                    }
                }
                Hit::Agent(_) => {
                    // what composes with this agent: agents and actors, in text order
                    let mut parts: Vec<usize> =
                        (0..hits.len()).filter(|&j| owner[j] == Some(k)).collect();
                    parts.push(k);
                    parts.sort_by_key(|&j| hits[j].0);
                    let actor_codes: Vec<(usize, String)> = parts
                        .iter()
                        .filter_map(|&j| match hits[j].2 {
                            Hit::Actor(id) => self.dict.actors.actors[id as usize]
                                .code_on(day)
                                .map(|c| (j, c.to_string())),
                            Hit::Agent(_) => None,
                        })
                        .flat_map(|(j, c)| {
                            c.split('/')
                                .filter(|c| !c.is_empty())
                                .map(|c| (j, c.to_string()))
                                .collect::<Vec<_>>()
                        })
                        .collect();
                    let (mut pre, mut post) = (String::new(), String::new());
                    for &j in &parts {
                        if let Hit::Agent(id) = hits[j].2 {
                            let g = &self.dict.agents.agents[id as usize];
                            if g.before {
                                pre.push_str(&g.code);
                            } else if !has_part(&post, &g.code) {
                                post.push_str(&g.code);
                            }
                        }
                    }
                    // `former officials`, `ex-minister`: elites, whatever they were
                    let former = (first_word(&parts, &hits)..=hits[k].1)
                        .any(|w| matches!(refs[w], "FORMER" | "EX"))
                        || s.dependents(tops[k])
                            .any(|d| matches!(refs[d], "FORMER" | "EX"));
                    if former && !post.is_empty() {
                        post = "ELI".to_string();
                    }
                    let first = parts.iter().map(|&j| hits[j].0).min().unwrap_or(a);
                    let last = parts.iter().map(|&j| hits[j].1).max().unwrap_or(b);
                    if actor_codes.is_empty() {
                        units.push(Unit {
                            code: format!("{pre}---{post}"),
                            first,
                            last,
                            head: tops[k],
                            also: parts.iter().map(|&j| tops[j]).collect(),
                        });
                    } else {
                        for (j, c) in actor_codes {
                            // `White House officials`: USAGOV is a government already
                            let post: String = post
                                .as_bytes()
                                .chunks(3)
                                .filter_map(|p| std::str::from_utf8(p).ok())
                                .filter(|p| !has_part(&c[c.len().min(3)..], p))
                                .collect();
                            units.push(Unit {
                                code: format!("{pre}{c}{post}"),
                                first,
                                last,
                                head: tops[k],
                                also: parts
                                    .iter()
                                    .filter(|&&p| p == j || is_agent(p))
                                    .map(|&p| tops[p])
                                    .collect(),
                            });
                        }
                    }
                }
            }
        }
        let mut unit_at = vec![Vec::new(); n];
        for (u, unit) in units.iter().enumerate() {
            unit_at[unit.head].push(u);
            for &w in &unit.also {
                if w != unit.head {
                    unit_at[w].push(u);
                }
            }
        }
        Some(Sentence {
            s,
            forms,
            lemmas,
            units,
            unit_at,
        })
    }

    /// The code of verb `v`, the rule that gave it, and the units `$` and `+` bound.
    fn verb_code(
        &self,
        sent: &Sentence,
        v: usize,
    ) -> Option<(Code, String, Option<usize>, Option<usize>)> {
        let mut forms: Vec<&VerbForm> = Vec::new();
        for key in [&sent.lemmas[v], &sent.forms[v]] {
            if let Some(list) = self.dict.verbs.verbs.get(key.as_str()) {
                for f in list {
                    if !forms.contains(&f) && sent.has_words(v, f) {
                        forms.push(f);
                    }
                }
            }
        }
        // a verb of several words before a verb alone
        forms.sort_by_key(|f| std::cmp::Reverse(f.words.len()));
        let form = *forms.first()?;
        let block = &self.dict.verbs.blocks[form.block as usize];
        let file = self.verb_file.display();
        let scope_after = sent.after_scope(v, form.words.len() - form.verb_at - 1);
        let scope_before = sent.before_scope(v, form.verb_at);
        for p in &block.patterns {
            if let Some((src, tgt)) = self.match_pattern(sent, p, &scope_before, &scope_after) {
                if p.code.is_null() {
                    return None;
                }
                return Some((p.code.clone(), format!("{file}:{}", p.line), src, tgt));
            }
        }
        let code = form.code.clone().unwrap_or_else(|| block.code.clone());
        if code.is_null() {
            return None;
        }
        Some((code, format!("{file}:{}", form.line), None, None))
    }

    fn match_pattern(
        &self,
        sent: &Sentence,
        p: &Pattern,
        before: &[usize],
        after: &[usize],
    ) -> Option<(Option<usize>, Option<usize>)> {
        let mut bound = (None, None);
        // after the verb, left to right
        let mut at = 0; // index into `after`
        for e in &p.after {
            let (end, unit) = self.find(sent, e, after, at, true)?;
            bind(&mut bound, &e.slot, unit);
            at = end;
        }
        // before the verb, right to left
        let rev: Vec<usize> = before.iter().rev().copied().collect();
        let mut at = 0;
        for e in p.before.iter().rev() {
            let (end, unit) = self.find(sent, e, &rev, at, false)?;
            bind(&mut bound, &e.slot, unit);
            at = end;
        }
        Some(bound)
    }

    /// Finds element `e` in `scope` (word indices, in the direction of matching) from
    /// position `from`: the position after the match, and the unit it bound.
    fn find(
        &self,
        sent: &Sentence,
        e: &Elem,
        scope: &[usize],
        from: usize,
        forward: bool,
    ) -> Option<(usize, Option<usize>)> {
        let last = if e.adjacent {
            from.min(scope.len()) + 1
        } else {
            scope.len()
        };
        for pos in from..last.min(scope.len()) {
            if e.adjacent && pos > from {
                break;
            }
            let w = scope[pos];
            match &e.slot {
                Slot::Verb => return None,
                Slot::Word(word) => {
                    if sent.is(w, word) {
                        return Some((pos + 1, None));
                    }
                }
                Slot::Synset(name) => {
                    if let Some(len) = self.synset_len(sent, name, scope, pos, forward, 0) {
                        return Some((pos + len, None));
                    }
                }
                Slot::Source | Slot::Target | Slot::Compound => {
                    if let Some(&u) = sent.unit_at[w].first() {
                        let unit = &sent.units[u];
                        // skip the rest of the unit's words
                        let mut end = pos + 1;
                        while end < scope.len() && (unit.first..=unit.last).contains(&scope[end]) {
                            end += 1;
                        }
                        return Some((end, Some(u)));
                    }
                }
            }
        }
        None
    }

    /// The length in scope positions of a phrase of set `name` at `pos`.
    fn synset_len(
        &self,
        sent: &Sentence,
        name: &str,
        scope: &[usize],
        pos: usize,
        forward: bool,
        depth: u8,
    ) -> Option<usize> {
        let phrases = self.dict.verbs.synsets.get(name)?;
        let mut best: Option<usize> = None;
        for phrase in phrases {
            let words: Vec<&String> = if forward {
                phrase.iter().collect()
            } else {
                phrase.iter().rev().collect()
            };
            let mut at = pos;
            let mut ok = true;
            for w in words {
                if at >= scope.len() {
                    ok = false;
                    break;
                }
                if w.starts_with('&') {
                    if depth >= 3 {
                        ok = false;
                        break;
                    }
                    match self.synset_len(sent, w, scope, at, forward, depth + 1) {
                        Some(l) => at += l,
                        None => {
                            ok = false;
                            break;
                        }
                    }
                } else if sent.is(scope[at], w)
                    && (at == pos || scope[at].abs_diff(scope[at - 1]) == 1)
                {
                    at += 1;
                } else {
                    ok = false;
                    break;
                }
            }
            if ok && best.is_none_or(|b| at - pos > b) {
                best = Some(at - pos);
            }
        }
        best
    }
}

fn bind(bound: &mut (Option<usize>, Option<usize>), slot: &Slot, unit: Option<usize>) {
    match slot {
        Slot::Source => bound.0 = bound.0.or(unit),
        Slot::Target => bound.1 = bound.1.or(unit),
        _ => {}
    }
}

fn push(events: &mut Vec<PetrarchEvent>, e: PetrarchEvent) {
    let same = |x: &PetrarchEvent| {
        x.code == e.code && x.source.code == e.source.code && x.target.code == e.target.code
    };
    if !events.iter().any(same) {
        events.push(e);
    }
}

/// The upper-case forms or lemmas of a sentence's words.
fn upper(
    s: &SyntaxSentence,
    part: impl Fn(&vigie_syntax::Word) -> &compact_str::CompactString,
) -> Vec<String> {
    s.words
        .iter()
        .map(|w| part(w).as_str().to_uppercase())
        .collect()
}

/// The first word of an agent unit's parts, or of the word before it.
fn first_word(parts: &[usize], hits: &[(usize, usize, Hit)]) -> usize {
    let first = parts.iter().map(|&j| hits[j].0).min().unwrap_or(0);
    first.saturating_sub(1)
}

/// Whether a code holds `part` at a boundary of its three-letter parts.
fn has_part(code: &str, part: &str) -> bool {
    (0..code.len())
        .step_by(3)
        .any(|i| code.get(i..).is_some_and(|rest| rest.starts_with(part)))
}

/// Whether words `at..at+len` can name an actor: not a verb.
fn is_nominal(s: &SyntaxSentence, at: usize, len: usize) -> bool {
    let top = &s.words[at + len - 1];
    !matches!(
        top.upos,
        Upos::Verb | Upos::Aux | Upos::Adp | Upos::Sconj | Upos::Cconj
    )
}

impl Sentence<'_> {
    fn is(&self, w: usize, word: &str) -> bool {
        self.forms[w] == word || self.lemmas[w] == word
    }

    /// Whether the other words of a verb of several words stand next to word `v`.
    fn has_words(&self, v: usize, f: &VerbForm) -> bool {
        let start = v as isize - f.verb_at as isize;
        if start < 0 || start as usize + f.words.len() > self.forms.len() {
            return false;
        }
        let start = start as usize;
        f.words
            .iter()
            .enumerate()
            .all(|(k, w)| k == f.verb_at || self.is(start + k, w))
    }

    fn actor(&self, u: usize) -> PetrarchActor {
        let unit = &self.units[u];
        let words = &self.s.words;
        PetrarchActor {
            code: unit.code.clone(),
            span: Span::new(
                words[unit.first].span.start as usize,
                words[unit.last].span.end as usize,
            ),
        }
    }

    fn children<'b>(&'b self, w: usize, rels: &'b [&'b str]) -> impl Iterator<Item = usize> + 'b {
        self.s.dependents(w).filter(move |&d| {
            rels.contains(&self.s.words[d].relation.as_str())
                || rels.contains(&self.s.words[d].base_relation())
        })
    }

    /// The words a verb governs after it: its subtree, without clauses of their own
    /// (coordinated verbs, adverbial and relative clauses, parataxis), in order.
    fn after_scope(&self, v: usize, skip: usize) -> Vec<usize> {
        let mut out = Vec::new();
        self.collect(v, v, &mut out);
        out.sort_unstable();
        out.retain(|&w| w > v + skip);
        out
    }

    fn collect(&self, root: usize, w: usize, out: &mut Vec<usize>) {
        for d in self.s.dependents(w) {
            let rel = self.s.words[d].relation.as_str();
            let verb = self.s.words[d].upos == Upos::Verb;
            let own_clause = matches!(rel, "parataxis" | "acl:relcl")
                || (verb && matches!(rel, "conj" | "advcl" | "list"));
            if own_clause || (rel == "punct" && w == root) {
                continue;
            }
            out.push(d);
            self.collect(root, d, out);
        }
    }

    /// The words before the verb in its clause (the clause of the verb it is the `xcomp`
    /// of, for `is about to restore`), in order.
    fn before_scope(&self, v: usize, skip: usize) -> Vec<usize> {
        let mut clause = v;
        for _ in 0..4 {
            let w = &self.s.words[clause];
            match w.head_index() {
                Some(h)
                    if matches!(w.base_relation(), "xcomp" | "ccomp")
                        || matches!(w.relation.as_str(), "aux" | "cop") =>
                {
                    clause = h
                }
                _ => break,
            }
        }
        let mut out = vec![clause];
        self.collect(clause, clause, &mut out);
        out.sort_unstable();
        out.retain(|&w| w + skip < v);
        out
    }

    /// The units of a noun phrase: its own, else those of its appositions and flat
    /// names; with those of the phrases coordinated with it.
    fn units_of(&self, w: usize, depth: u8) -> Vec<usize> {
        let mut out: Vec<usize> = self.unit_at[w].clone();
        if out.is_empty() && depth < 2 {
            for d in self.children(w, &["appos", "flat", "compound", "nmod:poss"]) {
                out.extend(self.units_of(d, depth + 1));
                if !out.is_empty() {
                    break;
                }
            }
        }
        if depth == 0 {
            let conj: Vec<usize> = self.children(w, &["conj"]).collect();
            for c in conj {
                if !matches!(self.s.words[c].upos, Upos::Verb) {
                    out.extend(self.units_of(c, 1));
                }
            }
        }
        out.dedup();
        out
    }

    /// Whether `top` is `w` or one of its ancestors.
    fn dominates(&self, top: usize, mut w: usize) -> bool {
        for _ in 0..self.s.words.len() {
            if w == top {
                return true;
            }
            match self.s.words[w].head_index() {
                Some(h) => w = h,
                None => return false,
            }
        }
        false
    }

    fn is_passive(&self, v: usize) -> bool {
        // the relations, not the participle's `Voice=Pass`, which the tagger also
        // gives to active past participles (`Arnor restored talks`)
        self.children(v, &["aux:pass", "nsubj:pass"])
            .next()
            .is_some()
    }

    /// The source of verb `v`: a passive's agent (a passive without one has no source:
    /// none is invented), else the subject; a verb without a subject takes the
    /// controller of its `xcomp` (`Gollum was seen to break into`), or the subject of
    /// the verb it is coordinated with or subordinate to.
    fn sources(&self, v: usize) -> Vec<usize> {
        let own = |w: usize| -> Option<Vec<usize>> {
            if self.is_passive(w) {
                let agents = self
                    .children(w, &["obl:agent"])
                    .flat_map(|d| self.units_of(d, 0));
                return Some(agents.collect());
            }
            let subjects: Vec<usize> = self.children(w, &["nsubj"]).collect();
            (!subjects.is_empty()).then(|| {
                subjects
                    .into_iter()
                    .flat_map(|d| self.units_of(d, 0))
                    .collect()
            })
        };
        if let Some(found) = own(v) {
            return found;
        }
        let mut w = v;
        for _ in 0..4 {
            let Some(h) = self.s.words[w].head_index() else {
                break;
            };
            match self.s.words[w].base_relation() {
                "xcomp" => {
                    let controller: Vec<usize> = self
                        .children(h, &["nsubj", "nsubj:pass"])
                        .flat_map(|d| self.units_of(d, 0))
                        .collect();
                    if !controller.is_empty() {
                        return controller;
                    }
                }
                "conj" | "advcl" => {
                    if let Some(found) = own(h) {
                        return found;
                    }
                }
                _ => break,
            }
            w = h;
        }
        Vec::new()
    }

    fn targets(&self, v: usize, sources: &[usize]) -> Vec<usize> {
        let keep = |list: Vec<usize>| -> Vec<usize> {
            list.into_iter().filter(|u| !sources.contains(u)).collect()
        };
        let rels: &[&str] = if self.is_passive(v) {
            &["nsubj:pass", "obj", "iobj"]
        } else {
            &["obj", "iobj"]
        };
        let mut out = Vec::new();
        for d in self.children(v, rels) {
            out.extend(self.units_of(d, 0));
        }
        let out = keep(out);
        if !out.is_empty() {
            return out;
        }
        // the first unit the verb governs after it (an oblique, or inside the object,
        // or in a complement clause: `believes Dagolath can cope`), but not beyond
        // a complement that acts on an object of its own (`proposed to take up the
        // issue with X`: X is a party to taking up the issue, not to proposing)
        let clausal: Vec<usize> = self
            .children(v, &["xcomp", "ccomp", "csubj"])
            .filter(|&d| self.s.words[d].upos == Upos::Verb)
            .filter(|&d| self.children(d, &["obj"]).next().is_some())
            .collect();
        for w in self.after_scope(v, 0) {
            if clausal.iter().any(|&c| self.dominates(c, w)) {
                continue;
            }
            let found = keep(self.units_of(w, 0));
            if !found.is_empty() {
                return found;
            }
        }
        Vec::new()
    }
}

impl Coder {
    /// Codes a text taken as English (the unit-test records): every sentence, until a
    /// story discard.
    pub fn code_text(&self, text: &str, day: Option<Day>) -> Vec<PetrarchEvent> {
        let mut analysis = vigie_text::analyze(text);
        analysis.lang = vigie_core::Lang::En;
        for s in &mut analysis.sentences {
            s.lang = vigie_core::Lang::En;
        }
        let mut events = Vec::new();
        for s in vigie_syntax::analyze_document(text, &analysis) {
            if self.discard(&s) == Some(true) {
                return Vec::new();
            }
            events.extend(self.code_sentence(&s, day));
        }
        events
    }
}
