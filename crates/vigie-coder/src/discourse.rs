//! What the document is about: salience of actors and the anaphora that point to them.
//!
//! News about a crisis turns around a few actors. This module counts them (the
//! **salience** of an actor is how often the document names it, weighting actors that
//! act above places) and resolves what refers back to them:
//!
//! - role nouns without a country (`le gouvernement de transition`, `the junta`,
//!   `les militaires`) stand for the most salient country not otherwise named in
//!   their sentence;
//! - definite noun phrases (`le pays`, `le royaume`, `son voisin`, `le groupe`,
//!   `l’organisation`, `the alliance`, `the rights group`) stand for the most salient
//!   actor of their kind named in the last sentences (kingdoms for `le royaume`);
//! - duals (`les deux pays`, `both neighbours`, `the two sides`) stand for the two most
//!   salient actors of their kind, coordinated;
//! - an event whose clause names no target acts on the most salient actor that is not
//!   its source ([`Salience::implied_target`]).
//!
//! Anaphora become ordinary [`ActorMention`]s (entry `anaphor:…`), so argument
//! assignment treats them like names. It is a heuristic: a document about several
//! crises, or an anaphor far from its antecedent, can be resolved wrongly.

use std::collections::HashMap;

use vigie_core::{Sentence, Span, Token};
use vigie_lexicon::{ActorMention, MentionKind};
use vigie_text::TextAnalysis;

use crate::actor_index::{ActorIndex, SalientBefore};

/// Countries that are kingdoms, for `le royaume` / `the kingdom`.
const KINGDOMS: &[&str] = &[
    "MAR", "ESP", "GBR", "BEL", "NLD", "SAU", "JOR", "SWZ", "LSO", "NOR", "SWE", "DNK", "THA",
    "BHR", "KWT", "OMN", "QAT", "ARE", "KHM", "BTN", "TON",
];

/// What an anaphoric noun may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    /// A state (`le pays`).
    Country,
    /// A kingdom (`le royaume`).
    Kingdom,
    /// The other state (`son voisin`).
    Neighbour,
    /// An armed group (`le groupe`).
    Group,
    /// An organisation (`l’organisation`).
    Org,
    /// An international court (`la Cour`, `the court`): the ICJ or the ICC the
    /// document names.
    Court,
    /// Any actor (`les deux camps`).
    Any,
    /// The state that sent a craft (`l’engin`, `the aircraft`): the most salient
    /// state the sentence does not otherwise name.
    Craft,
}

fn head_kind(word: &str, before: &str) -> Option<Kind> {
    Some(match word {
        "pays" | "country" | "etat" => Kind::Country,
        "royaume" | "kingdom" => Kind::Kingdom,
        "voisin" | "voisins" | "neighbour" | "neighbor" | "neighbours" | "neighbors" => {
            Kind::Neighbour
        }
        "group" if matches!(before, "rights" | "humanitarian" | "aid") => Kind::Org,
        "groupe" | "group" | "mouvement" | "movement" | "rebelles" | "rebels" | "insurges"
        | "insurgents" | "jihadistes" | "djihadistes" | "jihadists" | "militants" => Kind::Group,
        "organisation" | "organization" | "alliance" | "confederation" | "bloc"
        | "organisations" | "organizations" | "institution" | "conseil" | "council" => Kind::Org,
        "engin" | "appareil" | "aeronef" | "drone" | "aircraft" | "craft" => Kind::Craft,
        "cour" | "court" => Kind::Court,
        "camps" | "sides" | "parties" | "parts" | "belligerants" => Kind::Any,
        "gouvernements" | "governments" | "capitales" | "capitals" => Kind::Country,
        _ => return None,
    })
}

fn is_definite(w: &str) -> bool {
    matches!(
        w,
        "le" | "la"
            | "l'"
            | "les"
            | "the"
            | "ce"
            | "cet"
            | "cette"
            | "this"
            | "son"
            | "sa"
            | "its"
            | "du"
            | "au"
            | "aux"
            | "des"
    )
}

fn is_locative_prep(w: &str) -> bool {
    matches!(
        w,
        "dans" | "en" | "in" | "into" | "vers" | "toward" | "towards" | "inside"
    )
}

/// How much an actor is talked about.
#[derive(Debug, Default)]
pub(crate) struct Salience {
    /// Identity key, weight, first byte where it is named, whether it is a state.
    actors: Vec<(String, u32, u32, bool)>,
    /// The position of each key in `actors`.
    ranks: HashMap<String, usize>,
    /// What the implied-actor questions need about the resolved mentions, built on
    /// the first question.
    topics: std::cell::OnceCell<Topics>,
}

/// The mentions of one slice of actors grouped by salience rank, so that the
/// implied source or target of an event is found without a scan of every mention
/// (defect 7).
#[derive(Debug)]
struct Topics {
    /// Address and length of the slice it describes.
    slice: (usize, usize),
    /// Whether every mention with a key has a rank.
    complete: bool,
    /// Per rank: the first mention that is an armed group.
    first_group: Vec<Option<usize>>,
    /// Per rank: one mention for each kind (armed group or not), country and
    /// members, which is all an implied target's test looks at besides the key.
    variants: Vec<Vec<usize>>,
    /// Per rank: the first mention that acts, else the first.
    first_acting: Vec<Option<usize>>,
}

fn is_armed_group(m: &ActorMention) -> bool {
    m.kind == MentionKind::Group || m.role.as_deref() == Some("REB")
}

impl Topics {
    fn new(salience: &Salience, actors: &[ActorMention]) -> Topics {
        let n = salience.actors.len();
        let mut t = Topics {
            slice: (actors.as_ptr() as usize, actors.len()),
            complete: true,
            first_group: vec![None; n],
            variants: vec![Vec::new(); n],
            first_acting: vec![None; n],
        };
        for (i, m) in actors.iter().enumerate() {
            let Some(k) = key(m) else { continue };
            let Some(&r) = salience.ranks.get(k) else {
                t.complete = false;
                continue;
            };
            if is_armed_group(m) && t.first_group[r].is_none() {
                t.first_group[r] = Some(i);
            }
            let same = |&j: &usize| {
                let o: &ActorMention = &actors[j];
                (o.kind == MentionKind::Group) == (m.kind == MentionKind::Group)
                    && o.country == m.country
                    && o.members == m.members
            };
            if !t.variants[r].iter().any(same) {
                t.variants[r].push(i);
            }
            let acting = t.first_acting[r];
            if acting.is_none() || acting.is_some_and(|j| actors[j].locative && !m.locative) {
                t.first_acting[r] = Some(i);
            }
        }
        t
    }
}

/// The identity of an actor for salience: its organisation, else its country. A body
/// of a state (`the Rwanda Defence Force`, `la garde côtière chinoise`, `l’IRGC`) is its
/// state: the story that names China through its coast guard is about China.
fn key(m: &ActorMention) -> Option<&str> {
    if state_organ(m) {
        return m.country.as_deref();
    }
    m.org.as_deref().or(m.country.as_deref())
}

/// Whether `m` names a body of a state by its own name (`the Rwanda Defence Force`,
/// `les Fama`, `la Douma`): an organisation entry with a country and a state's role.
fn state_organ(m: &ActorMention) -> bool {
    m.kind == MentionKind::Org
        && m.country.is_some()
        && matches!(
            m.role.as_deref(),
            Some("GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG")
        )
}

impl Salience {
    fn new(actors: &[ActorMention], dateline_end: u32) -> Salience {
        let mut s = Salience::default();
        for m in actors {
            let Some(k) = key(m) else { continue };
            // a dateline says where the news was filed, not who it is about
            let w = if m.span.end <= dateline_end {
                0
            } else if m.locative {
                1
            } else {
                2
            };
            match s.ranks.get(k) {
                Some(&i) => s.actors[i].1 += w,
                None => {
                    s.ranks.insert(k.to_string(), s.actors.len());
                    s.actors
                        .push((k.to_string(), w, m.span.start, m.org.is_none()));
                }
            }
        }
        // most named first; among equals, the one named first
        s.actors.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
        for (i, a) in s.actors.iter().enumerate() {
            s.ranks.insert(a.0.clone(), i);
        }
        s
    }

    /// The mentions of `actors` by rank, when `actors` is the slice they were first
    /// asked about (the coder always asks about the resolved mentions).
    fn topics(&self, actors: &[ActorMention]) -> Option<&Topics> {
        let t = self.topics.get_or_init(|| Topics::new(self, actors));
        (t.slice == (actors.as_ptr() as usize, actors.len())).then_some(t)
    }

    fn rank(&self, k: &str) -> usize {
        self.ranks.get(k).copied().unwrap_or(usize::MAX)
    }

    /// The most salient of `candidates` that `keep` accepts.
    fn best<'a>(
        &self,
        candidates: impl Iterator<Item = &'a ActorMention>,
        keep: impl Fn(&ActorMention) -> bool,
    ) -> Option<&'a ActorMention> {
        candidates
            .filter(|m| key(m).is_some() && keep(m))
            .min_by_key(|m| self.rank(key(m).unwrap_or_default()))
    }

    /// The armed group an unnamed enemy stands for (`killed dozens of terrorists`,
    /// `neutralisé des assaillants`): the most salient armed group of the document
    /// that is not a source.
    pub(crate) fn implied_group<'a>(
        &self,
        actors: &'a [ActorMention],
        sources: &[&ActorMention],
    ) -> Option<&'a ActorMention> {
        let not_source = |m: &ActorMention| sources.iter().all(|s| key(s) != key(m));
        if let Some(t) = self.topics(actors).filter(|t| t.complete) {
            // (a key is a source for all its mentions or for none)
            return t
                .first_group
                .iter()
                .flatten()
                .map(|&i| &actors[i])
                .find(|m| not_source(m));
        }
        self.best(actors.iter(), |m| is_armed_group(m) && not_source(m))
    }

    /// The target of an event that names none: the most salient actor of the document
    /// other than its sources, among `actors`.
    ///
    /// Diplomatic and cooperative acts (roots 03–08 and 16) are between states and
    /// organisations: their implied target is no armed group. Threats and force
    /// (roots 13, 15, 17–20) aim at a party to the conflict: their implied target is
    /// no body that only watches or helps (`la Finul`, an agency, a rights group).
    pub(crate) fn implied_target<'a>(
        &self,
        actors: &'a [ActorMention],
        sources: &[&ActorMention],
        cameo: &str,
    ) -> Option<&'a ActorMention> {
        let diplomatic = matches!(
            cameo.get(..2),
            Some("03" | "04" | "05" | "06" | "07" | "08" | "16")
        );
        let hostile = matches!(
            cameo.get(..2),
            Some("13" | "15" | "17" | "18" | "19" | "20")
        );
        let bystander = |m: &ActorMention| {
            m.kind == MentionKind::Org
                && m.country.is_none()
                && m.members.is_empty()
                && matches!(
                    m.role.as_deref(),
                    Some("IGO" | "NGO" | "HRI" | "MED" | "REL")
                )
        };
        let other = |m: &ActorMention| {
            !(diplomatic && m.kind == MentionKind::Group || hostile && bystander(m))
                && sources.iter().all(|s| {
                    // (an armed group is not the state it fights in: the Houthis
                    // and Yemen are two sides)
                    let same_state = s.country.is_some()
                        && s.country == m.country
                        && !is_armed_group(s)
                        && !is_armed_group(m);
                    let member = s.members.iter().any(|c| Some(c) == m.country.as_ref())
                        || m.members.iter().any(|c| Some(c) == s.country.as_ref());
                    key(s) != key(m) && !same_state && !member
                })
        };
        if let Some(t) = self.topics(actors) {
            let r = (0..self.actors.len())
                .find(|&r| t.variants[r].iter().any(|&i| other(&actors[i])))?;
            // (the variant that acts first may be one of the source's own: `les
            // autorités dominicaines` in a story where `l’armée dominicaine` acts)
            return t.first_acting[r]
                .filter(|&i| other(&actors[i]))
                .or_else(|| t.variants[r].iter().copied().find(|&i| other(&actors[i])))
                .map(|i| &actors[i]);
        }
        let (k, ..) = self.actors.iter().find(|(k, ..)| {
            actors
                .iter()
                .any(|m| key(m) == Some(k.as_str()) && other(m))
        })?;
        // the first mention of that actor that acts, else any
        actors
            .iter()
            .filter(|m| key(m) == Some(k.as_str()))
            .min_by_key(|m| m.locative)
    }
}

/// The document's actors with anaphora resolved, sorted by position, and the
/// salience of its actors.
///
/// The work per sentence and per anaphor depends on the sentence and the few before
/// it, not on the length of the document ([`ActorIndex`], defect 7).
pub(crate) fn resolve(
    text: &str,
    analysis: &TextAnalysis,
    sentences: &[Sentence],
    actors: &[ActorMention],
) -> (Vec<ActorMention>, Salience) {
    let salience = Salience::new(actors, dateline_end(text, sentences));
    // (salience counts the dateline for nothing; the mentions there are dropped below)
    let index = ActorIndex::new(actors);
    let mut before: HashMap<Kind, SalientBefore> = HashMap::new();
    let mut pairs: HashMap<Kind, Vec<&ActorMention>> = HashMap::new();
    let mut groups = Groups::new(actors);
    let first_state = first_state_mentions(actors);
    let mut out: Vec<ActorMention> = Vec::with_capacity(actors.len() + 8);
    let mut recent: Vec<std::ops::Range<u32>> = Vec::new();
    let mut previous_state: Option<String> = None;
    // the state each body was last named with (`le gouvernement` → `BDI` after `Le
    // Gouvernement de la République du Burundi`)
    let mut bodies: HashMap<String, String> = HashMap::new();
    let body_key = |m: &ActorMention| {
        fold(&m.text)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(2)
            .collect::<Vec<_>>()
            .join(" ")
    };
    for sentence in sentences {
        let tokens = analysis.sentence_tokens(sentence);
        let (start, end) = (sentence.span.start, sentence.span.end);
        let here = index.within(start, end);
        let subject_state = here
            .iter()
            .filter(|m| !m.locative)
            .find(|m| m.country.is_some() || m.org.is_some())
            .and_then(|m| m.country.clone().filter(|_| m.org.is_none()));
        recent.push(start..end);
        if recent.len() > 3 {
            recent.remove(0);
        }
        let window_start = recent.first().map_or(start, |r| r.start);
        let in_sentence = || here.iter().copied();
        // role nouns without a country
        for m in in_sentence() {
            if m.country.is_none() && m.org.is_none() && owned_body(text, m) {
                // `son armée`, `its army`: the body of the actor named before it
                let owner = in_sentence().rfind(|o| {
                    !o.locative
                        && o.span.end <= m.span.start
                        && o.org.is_none()
                        && o.country.is_some()
                });
                if let Some(o) = owner {
                    let mut r = m.clone();
                    r.country.clone_from(&o.country);
                    r.code = format!(
                        "{}{}",
                        o.country.as_deref().unwrap_or(""),
                        r.role.as_deref().unwrap_or("")
                    );
                    r.entry = format!("anaphor:{}", r.entry);
                    out.push(r);
                }
                continue;
            }
            // as a subject only: after a preposition (`par le gouvernement`) the
            // body may be anyone's
            let governed = matches!(
                last_word_folded(text, start as usize, m.span.start as usize).as_str(),
                "par"
                    | "by"
                    | "de"
                    | "of"
                    | "contre"
                    | "against"
                    | "avec"
                    | "with"
                    | "a"
                    | "to"
                    | "pour"
                    | "for"
                    | "entre"
                    | "between"
            );
            // `Le Gouvernement de la République du Burundi`, `the government of
            // Burundi`: the state named as its complement owns it
            let owner = in_sentence().find(|o| {
                o.span.start >= m.span.end
                    && o.span.start < m.span.end + 32
                    && matches!(
                        fold(text[m.span.end as usize..o.span.start as usize].trim_start())
                            .split(|c: char| !c.is_alphanumeric())
                            .next(),
                        Some("de" | "du" | "d" | "of")
                    )
            });
            let owned = owner.is_some();
            if m.org.is_none() && is_state_body(&m.text) {
                if let Some(c) = m
                    .country
                    .as_ref()
                    .or(owner.and_then(|o| o.country.as_ref()))
                {
                    bodies.insert(body_key(m), c.clone());
                }
            }
            if m.country.is_none()
                && m.org.is_none()
                && !governed
                && !owned
                && is_state_body(&m.text)
            {
                // the state it acts on is named just after it (`the junta accused
                // France`), or just before it (`la France et les militaires`)
                let near = |o: &ActorMention| {
                    o.span.start < m.span.end + 60 && m.span.start < o.span.end + 60
                };
                let named: Vec<&str> = in_sentence()
                    .filter(|o| !o.locative && near(o))
                    .filter_map(|o| o.country.as_deref())
                    .collect();
                // the state the same body was named with (a communiqué's `Le
                // Gouvernement`), else the state that was the last sentence's
                // subject, else the most talked-about one
                let country = bodies
                    .get(&body_key(m))
                    .cloned()
                    .or(previous_state.clone())
                    .filter(|c| !named.contains(&c.as_str()))
                    .or_else(|| {
                        salience
                            .actors
                            .iter()
                            .find(|(k, _, _, state)| *state && !named.contains(&k.as_str()))
                            .map(|(k, ..)| k.clone())
                    });
                if let Some(c) = country {
                    let mut r = m.clone();
                    r.code = format!("{c}{}", r.role.as_deref().unwrap_or(""));
                    r.country = Some(c);
                    r.entry = format!("anaphor:{}", r.entry);
                    out.push(r);
                    continue;
                }
            }
        }
        // noun phrases that point back
        let earlier = |before: u32| index.within(window_start, before).into_iter();
        // `les trois chefs d’État`, `the four landlocked countries`: the last states
        // named together that many
        for (span, n) in counted_groups(tokens) {
            if index.names_over(span) {
                continue;
            }
            if let Some(group) = groups.last_before(text, span.start, n) {
                out.extend(
                    group
                        .into_iter()
                        .map(|a| synthetic(text, a, span, "group", false)),
                );
            }
        }
        let mut i = 0;
        while i < tokens.len() {
            let Some((first, last, kind, dual)) = anaphor_at(text, tokens, i) else {
                i += 1;
                continue;
            };
            let span = tokens[first].span.cover(tokens[last].span);
            i = last + 1;
            // (`the court`, `both governments` are also role nouns, which name no
            // one)
            if index.names_over(span) {
                continue;
            }
            let prev = first.checked_sub(1).map_or("", |p| tokens[p].norm.as_str());
            let locative = is_locative_prep(prev)
                || (prev == "de" || prev == "du") && kind == Kind::Country && !dual;
            let subjects: Vec<&str> = in_sentence()
                .filter(|o| !o.locative && o.span.end <= span.start)
                .filter_map(key)
                .collect();
            let fits = |m: &ActorMention| fits(kind, m, &subjects);
            if dual {
                // the two actors of that kind named just before in the sentence
                // (`l’influence de Rabat sur les autorités maliennes … entre les deux
                // pays`), else the two most salient ones of the document
                let mut pair: Vec<&ActorMention> = Vec::new();
                // `leurs deux pays`, `their two countries`: the pair that is the
                // subject, named first
                let own = matches!(tokens[first].norm.as_str(), "leurs" | "their");
                let named: Vec<&ActorMention> = in_sentence()
                    .filter(|m| m.span.end <= span.start && fits(m) && !(own && m.locative))
                    .collect();
                let named: Vec<&ActorMention> = if own {
                    named.into_iter().rev().collect()
                } else {
                    named
                };
                for m in named.into_iter().rev() {
                    if pair.iter().all(|p| key(p) != key(m)) && key(m).is_some() {
                        pair.push(m);
                    }
                }
                if pair.len() == 2 {
                    pair.reverse();
                } else {
                    pair.clear();
                }
                if pair.is_empty() {
                    // (a dual's kind never depends on its sentence: no `Neighbour`)
                    pair = pairs
                        .entry(kind)
                        .or_insert_with(|| most_salient_pair(&salience, actors, kind))
                        .clone();
                }
                if let [a, b] = pair[..] {
                    let noun = tokens[last].span;
                    let head = tokens[first].span.cover(tokens[last - 1].span);
                    out.push(synthetic(text, a, head, "dual", false));
                    out.push(synthetic(text, b, noun, "dual", false));
                }
                continue;
            }
            let antecedent = match kind {
                Kind::Craft => {
                    let named: Vec<&str> = in_sentence()
                        .filter(|o| !o.locative && o.span.end <= span.start)
                        .filter_map(key)
                        .collect();
                    salience
                        .actors
                        .iter()
                        .filter(|a| a.3 && !named.contains(&a.0.as_str()))
                        .find_map(|a| first_state.get(a.0.as_str()).copied())
                }
                Kind::Kingdom | Kind::Group | Kind::Org | Kind::Court => {
                    earlier(span.start).rfind(|m| fits(m)).or_else(|| {
                        before
                            .entry(kind)
                            .or_insert_with(|| {
                                SalientBefore::new(actors, |m| {
                                    let k = key(m)?;
                                    (self::fits(kind, m, &[]) && !m.locative)
                                        .then(|| salience.rank(k))
                                })
                            })
                            .at(span.start)
                    })
                }
                _ => salience.best(earlier(span.start), fits),
            };
            if let Some(a) = antecedent {
                out.push(synthetic(text, a, span, "noun", locative));
            }
        }
        if subject_state.is_some() {
            previous_state = subject_state;
        }
    }
    // seats of organisations stand for them where the document names them
    // (`Brussels had suspended its support` in a story about the EU)
    let seats = Seats::new(actors);
    let seated: Vec<ActorMention> = actors.iter().filter_map(|m| seats.of(m)).collect();
    // a dateline names where the news was filed: no actor
    let dateline = dateline_end(text, sentences);
    out.extend(seated);
    out.extend(
        actors
            .iter()
            .filter(|m| m.span.end > dateline && seats.of(m).is_none() && !landmark(text, m))
            .cloned(),
    );
    out.sort_by_key(|m| (m.span.start, m.span.end));
    // a resolved role noun replaces its unresolved self
    out.dedup_by(|b, a| a.span == b.span && a.country.is_some() && b.country.is_none());
    (out, salience)
}

/// Whether `m` is an actor an anaphor of `kind` may stand for; `subjects` are the
/// actors named before the anaphor in its sentence (`son voisin` is another state).
fn fits(kind: Kind, m: &ActorMention, subjects: &[&str]) -> bool {
    match kind {
        Kind::Country => m.org.is_none() && m.country.is_some(),
        Kind::Kingdom => m
            .country
            .as_deref()
            .is_some_and(|c| m.org.is_none() && KINGDOMS.contains(&c)),
        Kind::Neighbour => {
            m.org.is_none() && m.country.is_some() && !subjects.contains(&key(m).unwrap_or(""))
        }
        Kind::Group => m.kind == MentionKind::Group || m.role.as_deref() == Some("REB"),
        // `l’organisation`, `the alliance`: any organisation, also named
        // through a role (`les ministres de l’AES`), not an armed group
        Kind::Org => m.org.is_some() && m.kind != MentionKind::Group && !state_organ(m),
        Kind::Court => matches!(m.org.as_deref(), Some("ICJ" | "ICC")),
        Kind::Any => true,
        Kind::Craft => false,
    }
}

/// The two most salient actors of the document of `kind` (their first mention that
/// acts), for a dual the sentence does not resolve; empty when there are fewer.
fn most_salient_pair<'a>(
    salience: &Salience,
    actors: &'a [ActorMention],
    kind: Kind,
) -> Vec<&'a ActorMention> {
    let mut first: HashMap<&str, &ActorMention> = HashMap::new();
    for m in actors {
        if let Some(k) = key(m).filter(|_| !m.locative && fits(kind, m, &[])) {
            first.entry(k).or_insert(m);
        }
    }
    salience
        .actors
        .iter()
        .filter_map(|(k, ..)| first.get(k.as_str()).copied())
        .take(2)
        .collect()
}

/// The first mention of each state (an actor named without an organisation).
fn first_state_mentions(actors: &[ActorMention]) -> HashMap<&str, &ActorMention> {
    let mut first = HashMap::new();
    for m in actors.iter().filter(|m| m.org.is_none()) {
        if let Some(k) = key(m) {
            first.entry(k).or_insert(m);
        }
    }
    first
}

/// `vigie_text::fold`, counted in tests: the regression test of defect 7 checks that
/// the text folded grows linearly with the document.
fn fold(s: &str) -> String {
    #[cfg(test)]
    crate::actor_index::probe::count(s.len());
    vigie_text::fold(s)
}

/// The last word of `text[from..to]`, folded: what folding the whole stretch and
/// taking its last word gives, reading back from `to` only as far as that word.
/// (Folding works character by character and keeps spaces as spaces, so words fold
/// alike alone or in context; a word that folds to nothing, such as a lone soft
/// hyphen, is skipped as the folded stretch would skip it.)
fn last_word_folded(text: &str, from: usize, to: usize) -> String {
    text[from..to]
        .split_whitespace()
        .rev()
        .map(fold)
        .find(|w| !w.is_empty())
        .unwrap_or_default()
}

/// A place told by a country adjective after `près de`, `near`, `along` (`près de
/// la frontière algérienne`, `near the Malian border`): where, not who.
fn landmark(text: &str, m: &ActorMention) -> bool {
    let before = text.get(..m.span.start as usize).unwrap_or_default();
    let last: Vec<String> = before.split_whitespace().rev().take(2).map(fold).collect();
    m.kind == MentionKind::Qualified
        && last
            .iter()
            .any(|w| matches!(w.as_str(), "pres" | "near" | "along" | "proximite"))
}

/// The phrases of a sentence that count states without naming them (`les trois chefs
/// d’État`, `ces quatre pays`, `the four landlocked countries`), with the count. Not
/// when a complement says whose they are (`les trois pays de l’AES`: the members of
/// the organisation, see the coder's `expand_members`). Two are duals.
fn counted_groups(tokens: &[Token]) -> Vec<(Span, usize)> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        if !matches!(
            w(i),
            "les" | "ces" | "leurs" | "the" | "these" | "their" | "all"
        ) {
            continue;
        }
        let n = match w(i + 1) {
            "trois" | "three" => 3,
            "quatre" | "four" => 4,
            "cinq" | "five" => 5,
            "six" => 6,
            _ => continue,
        };
        // up to two adjectives before the head (`the four landlocked countries`)
        let Some(h) = (i + 2..i + 5).find(|&h| {
            matches!(
                w(h),
                "pays"
                    | "etats"
                    | "capitales"
                    | "gouvernements"
                    | "juntes"
                    | "voisins"
                    | "chefs"
                    | "countries"
                    | "states"
                    | "nations"
                    | "governments"
                    | "juntas"
                    | "capitals"
                    | "neighbours"
                    | "neighbors"
                    | "leaders"
            )
        }) else {
            continue;
        };
        // `chefs d’État`, `heads of state`
        let last = if w(h) == "chefs" && w(h + 1) == "d'" && w(h + 2) == "etat" {
            h + 2
        } else if w(h) == "chefs" {
            continue;
        } else {
            h
        };
        if matches!(
            w(last + 1),
            "de" | "du" | "des" | "d'" | "of" | "membres" | "members"
        ) {
            continue;
        }
        out.push((tokens[i].span.cover(tokens[last].span), n));
    }
    out
}

/// The last `n` states named together before `before` (`le Burkina Faso, le Mali et le
/// Niger`, `ministers of Mali, Burkina Faso, Niger and Chad`), by a scan of every
/// state before it: what [`Groups`] falls back on.
fn last_group_of<'a>(
    text: &str,
    actors: &'a [ActorMention],
    before: u32,
    n: usize,
) -> Option<Vec<&'a ActorMention>> {
    let mut runs = Runs::default();
    let states = actors
        .iter()
        .filter(|m| m.span.end <= before && is_state(m));
    for m in states {
        runs.push(text, m);
    }
    runs.best.get(n).cloned().flatten()
}

fn is_state(m: &ActorMention) -> bool {
    m.org.is_none() && m.country.is_some()
}

/// Whether two states are named together: nothing but commas, conjunctions and
/// articles between them.
fn joined(text: &str, a: &ActorMention, b: &ActorMention) -> bool {
    a.span.end <= b.span.start
        && fold(&text[a.span.end as usize..b.span.start as usize])
            .split(|c: char| c.is_whitespace() || c == '\'')
            .all(|w| {
                matches!(
                    w,
                    "" | ","
                        | "et"
                        | "and"
                        | "le"
                        | "la"
                        | "les"
                        | "l"
                        | "du"
                        | "de"
                        | "des"
                        | "the"
                        | "au"
                        | "aux"
                )
            })
}

/// Largest count [`counted_groups`] gives.
const MAX_COUNT: usize = 6;

/// Runs of states named together, read in order: the current run, and for each size
/// the last run that had it.
#[derive(Debug, Default)]
struct Runs<'a> {
    run: Vec<&'a ActorMention>,
    best: [Option<Vec<&'a ActorMention>>; MAX_COUNT + 1],
}

impl<'a> Runs<'a> {
    fn push(&mut self, text: &str, m: &'a ActorMention) {
        if self.run.last().is_some_and(|p| !joined(text, p, m)) {
            self.run.clear();
        }
        if self.run.iter().all(|r| r.country != m.country) {
            self.run.push(m);
        }
        if let Some(best) = self.best.get_mut(self.run.len()) {
            *best = Some(self.run.clone());
        }
    }
}

/// [`last_group_of`] for points that move forward through the document, reading each
/// state once.
///
/// It is only asked about a phrase no mention overlaps, so the states ending before
/// the phrase are those starting before it: with mentions sorted by start, a prefix
/// that only grows. Mentions out of order fall back on the scan.
#[derive(Debug)]
struct Groups<'a> {
    actors: &'a [ActorMention],
    states: Vec<&'a ActorMention>,
    sorted: bool,
    taken: usize,
    point: u32,
    runs: Runs<'a>,
}

impl<'a> Groups<'a> {
    fn new(actors: &'a [ActorMention]) -> Groups<'a> {
        let states: Vec<&ActorMention> = actors.iter().filter(|m| is_state(m)).collect();
        let sorted = states
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start);
        Groups {
            actors,
            states,
            sorted,
            taken: 0,
            point: 0,
            runs: Runs::default(),
        }
    }

    /// The last `n` states named together before `before`, a point no state spans.
    fn last_before(&mut self, text: &str, before: u32, n: usize) -> Option<Vec<&'a ActorMention>> {
        if !self.sorted {
            return last_group_of(text, self.actors, before, n);
        }
        if before < self.point {
            self.taken = 0;
            self.runs = Runs::default();
        }
        self.point = before;
        while let Some(&m) = self.states.get(self.taken) {
            if m.span.start > before {
                break;
            }
            self.taken += 1;
            #[cfg(test)]
            crate::actor_index::probe::count(1);
            self.runs.push(text, m);
        }
        self.runs.best.get(n).cloned().flatten()
    }
}

/// A definite noun phrase that points back at `i`: its first and last token, kind,
/// and whether it is a dual (`les deux pays`).
fn anaphor_at(text: &str, tokens: &[Token], i: usize) -> Option<(usize, usize, Kind, bool)> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let capitalised = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.span
                .slice(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
    };
    let dual_head = match (w(i), w(i + 1)) {
        ("les" | "the" | "leurs" | "their", "deux" | "two") => Some(i + 2),
        ("both", "deux") => Some(i + 2),
        ("both", _) => Some(i + 1),
        _ => None,
    };
    if let Some(h) = dual_head {
        let kind = head_kind(w(h), "")?;
        let kind = if kind == Kind::Neighbour {
            Kind::Country
        } else {
            kind
        };
        return Some((i, h, kind, true));
    }
    if !is_definite(w(i)) {
        return None;
    }
    // `le groupe`, `the rights group`, `le mouvement indépendantiste`
    let (h, before) = if head_kind(w(i + 1), "").is_some() {
        (i + 1, "")
    } else if head_kind(w(i + 2), w(i + 1)).is_some()
        && matches!(
            w(i + 1),
            "rights"
                | "humanitarian"
                | "aid"
                | "armed"
                | "jihadist"
                | "rebel"
                | "militant"
                | "islamist"
                | "regional"
                | "west"
                | "african"
        )
    {
        (i + 2, w(i + 1))
    } else {
        return None;
    };
    let kind = head_kind(w(h), before)?;
    // plural duals only
    if matches!(
        w(h),
        "camps"
            | "sides"
            | "parties"
            | "parts"
            | "gouvernements"
            | "governments"
            | "capitales"
            | "capitals"
            | "voisins"
            | "neighbours"
            | "neighbors"
            | "organisations"
            | "organizations"
    ) {
        return None;
    }
    // `le Groupe de contact`, `the Group of Seven`: a named body, not an anaphor
    // (`le royaume d’« actions hostiles »` is one)
    if matches!(w(h + 1), "de" | "d'" | "of" | "des" | "du") {
        let mut k = h + 2;
        while matches!(w(k), "l'" | "la" | "le" | "les" | "the") {
            k += 1;
        }
        // `les pays de l’AES`: the complement names the actor itself
        if capitalised(k) {
            return None;
        }
    }
    // an adjective after the head belongs to the phrase (`le mouvement indépendantiste`)
    let last = if tokens.get(h + 1).is_some_and(|t| {
        let n = t.norm.as_str();
        n.len() > 5
            && [
                "iste", "istes", "al", "ale", "aux", "ien", "ienne", "ain", "aine", "arme",
            ]
            .iter()
            .any(|e| n.ends_with(e))
    }) {
        h + 1
    } else {
        h
    };
    // `un pays`, `ce pays africain`: only definite references
    Some((i, last, kind, false))
}

/// The organisations whose seat stands for them (Brussels for the EU, Addis Ababa for
/// the AU) in this document: those it names, in a document that does not name their
/// host state otherwise.
#[derive(Debug)]
struct Seats<'a> {
    /// The host country and the first mention of its organisation.
    seated: Vec<(&'static str, &'a ActorMention)>,
}

impl<'a> Seats<'a> {
    fn new(actors: &'a [ActorMention]) -> Seats<'a> {
        const SEATS: &[(&str, &str)] = &[("BEL", "EU"), ("ETH", "AU")];
        let seated = SEATS
            .iter()
            .filter(|(country, _)| {
                !actors.iter().any(|a| {
                    a.kind != MentionKind::Capital
                        && a.org.is_none()
                        && a.country.as_deref() == Some(*country)
                })
            })
            .filter_map(|&(country, org)| {
                let named = actors.iter().find(|a| a.org.as_deref() == Some(org))?;
                Some((country, named))
            })
            .collect();
        Seats { seated }
    }

    /// The organisation the capital `m` stands for, as a mention at its place.
    fn of(&self, m: &ActorMention) -> Option<ActorMention> {
        if m.kind != MentionKind::Capital || m.locative {
            return None;
        }
        let country = m.country.as_deref()?;
        let (_, org_named) = self.seated.iter().find(|(c, _)| *c == country)?;
        let mut r = (*org_named).clone();
        r.span = m.span;
        r.text.clone_from(&m.text);
        r.entry = "anaphor:seat".to_string();
        r.locative = false;
        Some(r)
    }
}

/// A state body named with a possessive (`son armée`, `its army`).
fn owned_body(text: &str, m: &ActorMention) -> bool {
    let own = matches!(
        last_word_folded(text, 0, m.span.start as usize).as_str(),
        "son" | "sa" | "ses" | "leur" | "leurs" | "its" | "their"
    );
    own && is_state_body(&format!("le {}", m.text))
}

/// Where a dateline opening the text of `sentences` ends (`Bamako, 12 mars 2026 —`,
/// or a digest's heading, `TAÏWAN –`), or 0.
pub(crate) fn dateline_end(text: &str, sentences: &[Sentence]) -> u32 {
    let Some(first) = sentences.first() else {
        return 0;
    };
    let head = &text[first.span.start as usize..first.span.end as usize];
    head.char_indices()
        .take(60)
        .find(|&(_, c)| c == '—' || c == '–')
        .map_or(0, |(i, _)| first.span.start + i as u32)
}

/// The stories a document tells, as ranges of its sentences. A digest (`LE MONDE EN
/// BREF`, world briefs) tells unrelated stories one after the other, each opened at
/// the start of a paragraph by a heading in capitals and a dash (`TAÏWAN – Pékin a
/// déployé…`, `SUDAN - The army…`): each is a story of its own for salience, anaphora
/// and the acts a later sentence answers. A document with fewer than two headings after
/// its first sentence is one story (a title, `ANALYSE –`, and a dateline, `DAMAS –`,
/// open many documents the same way).
pub(crate) fn stories(text: &str, sentences: &[Sentence]) -> Vec<std::ops::Range<usize>> {
    let mut starts: Vec<usize> = (0..sentences.len())
        .filter(|&i| {
            (i == 0 || sentences[i - 1].paragraph != sentences[i].paragraph)
                && opens_on_heading(sentences[i].span.slice(text))
        })
        .collect();
    if starts.iter().filter(|&&i| i > 0).count() < 2 {
        let whole = 0..sentences.len();
        return vec![whole];
    }
    if starts[0] != 0 {
        starts.insert(0, 0);
    }
    starts.push(sentences.len());
    starts.windows(2).map(|w| w[0]..w[1]).collect()
}

/// Whether a sentence opens on a heading: one to four words in capitals, no digit,
/// then a dash between spaces (`RD CONGO – `, `SUDAN - `).
fn opens_on_heading(sentence: &str) -> bool {
    let Some(dash) = sentence
        .char_indices()
        .take(48)
        .find(|&(i, c)| {
            matches!(c, '–' | '—' | '-')
                && sentence[..i].ends_with(' ')
                && sentence[i + c.len_utf8()..].starts_with(' ')
        })
        .map(|(i, _)| i)
    else {
        return false;
    };
    let head = sentence[..dash].trim();
    !head.is_empty()
        && head.split_whitespace().count() <= 4
        && head.chars().any(char::is_alphabetic)
        && !head.chars().any(|c| c.is_lowercase() || c.is_ascii_digit())
}

/// Role nouns that name a state's rulers or forces (`le gouvernement de transition`,
/// `the junta`, `les militaires`), not its agents (`ses ambassadeurs`).
fn is_state_body(text: &str) -> bool {
    let folded = fold(text);
    let mut words = folded.split(|c: char| !c.is_alphanumeric());
    let first = words.next().unwrap_or("");
    if !matches!(first, "le" | "la" | "l" | "les" | "the") {
        return false;
    }
    const HEADS: &[&str] = &[
        "gouvernement",
        "chef",
        "president",
        "government",
        "junte",
        "junta",
        "militaires",
        "military",
        "armee",
        "army",
        "autorites",
        "authorities",
        "regime",
        "presidence",
        "presidency",
        "putschistes",
        "justice",
        "executif",
    ];
    folded
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| HEADS.contains(&w))
}

fn synthetic(
    text: &str,
    antecedent: &ActorMention,
    span: Span,
    how: &str,
    locative: bool,
) -> ActorMention {
    ActorMention {
        span,
        text: span.slice(text).to_string(),
        country: antecedent.country.clone(),
        org: antecedent.org.clone(),
        role: antecedent.role.clone(),
        code: antecedent.code.clone(),
        members: antecedent.members.clone(),
        entry: format!("anaphor:{how}"),
        kind: antecedent.kind,
        resolved: true,
        locative,
    }
}

#[cfg(test)]
mod tests {
    use super::{resolve, stories};
    use crate::actor_index::probe;
    use crate::Pipeline;

    /// A short story with every kind of reference the resolution follows: role nouns
    /// without a country, owned bodies, counted groups, duals, definite anaphora.
    const STORY: &str = "Le Mali, le Burkina Faso et le Niger ont annoncé lundi leur \
        retrait de la CEDEAO. Les trois pays accusent l’organisation de partialité. La \
        junte a dénoncé des sanctions, et son armée a abattu un drone algérien. L’engin \
        avait violé l’espace aérien, selon le gouvernement de transition. Les deux pays \
        ont rappelé leurs ambassadeurs. Le groupe a revendiqué l’attaque contre le pays.";

    /// The look-ups and folded bytes `resolve` spends on `copies` copies of the story.
    fn work(pipeline: &Pipeline, copies: usize) -> (usize, usize) {
        let text = vec![STORY; copies].join("\n\n");
        let coded = pipeline.mentions(&text, None, None);
        probe::take();
        let (actors, _) = resolve(
            &text,
            &coded.analysis,
            &coded.analysis.sentences,
            &coded.actors,
        );
        (probe::take(), actors.len())
    }

    /// Defect 7 of the hardening issue: `resolve` folded the whole document prefix
    /// for every role noun and scanned every actor for every sentence and anaphor, so
    /// one long document cost the square of its length. Doubling the document must
    /// about double the work (a quadratic cost would quadruple it).
    #[test]
    fn defect_7_resolve_work_is_linear_in_document_length() {
        let pipeline =
            Pipeline::new(vigie_lexicon::Lexicon::bundled().expect("actors")).expect("pipeline");
        let (one, resolved_one) = work(&pipeline, 1);
        assert!(one > 0 && resolved_one > 0, "the story resolves nothing");
        let copies = 20;
        let (half, resolved_half) = work(&pipeline, copies);
        let (full, resolved_full) = work(&pipeline, 2 * copies);
        assert_eq!(resolved_half, copies * resolved_one, "copies resolve alike");
        assert_eq!(resolved_full, 2 * resolved_half, "copies resolve alike");
        assert!(
            full * 10 <= half * 22,
            "{full} steps for {} copies against {half} for {copies}",
            2 * copies
        );
    }

    /// The stories of `text`, as the first words of their first sentences.
    fn openings(text: &str) -> Vec<String> {
        let analysis = vigie_text::analyze(text);
        stories(text, &analysis.sentences)
            .into_iter()
            .map(|r| {
                let first = &analysis.sentences[r.start];
                first.span.slice(text).chars().take(12).collect()
            })
            .collect()
    }

    #[test]
    fn a_digest_is_cut_at_its_headings_and_a_wire_story_is_one_story() {
        assert_eq!(
            openings(
                "EN BREF – 7 février 2026\n\nTAÏWAN – Pékin a déployé des navires. Taipei \
                 proteste.\n\nRD CONGO - Le M23 a pris Walikale."
            ),
            ["EN BREF – 7 ", "TAÏWAN – Pék", "RD CONGO - L"]
        );
        // a dateline has digits and lowercase letters; a live blog's times have digits
        for one in [
            "BAMAKO, 12 mars 2026 (ASP) – Le Mali a rappelé son ambassadeur.\n\nSUDAN – The \
             army said so.",
            "EN DIRECT\n\n07 h 12 – Six morts à Odessa.\n\n08 h 30 – La Moldavie proteste.",
            "ANALYSE – Une trêve fragile\n\nDAMAS – Rien ne dit que la trêve tiendra.",
        ] {
            assert_eq!(openings(one).len(), 1, "{one}");
        }
    }
}
