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

use vigie_core::{Span, Token};
use vigie_lexicon::{ActorMention, MentionKind};
use vigie_text::TextAnalysis;

/// Countries that are kingdoms, for `le royaume` / `the kingdom`.
const KINGDOMS: &[&str] = &[
    "MAR", "ESP", "GBR", "BEL", "NLD", "SAU", "JOR", "SWZ", "LSO", "NOR", "SWE", "DNK", "THA",
    "BHR", "KWT", "OMN", "QAT", "ARE", "KHM", "BTN", "TON",
];

/// What an anaphoric noun may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
        | "organisations" | "organizations" | "institution" => Kind::Org,
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
}

/// The identity of an actor for salience: its organisation, else its country.
fn key(m: &ActorMention) -> Option<&str> {
    m.org.as_deref().or(m.country.as_deref())
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
            match s.actors.iter_mut().find(|a| a.0 == k) {
                Some(a) => a.1 += w,
                None => s
                    .actors
                    .push((k.to_string(), w, m.span.start, m.org.is_none())),
            }
        }
        // most named first; among equals, the one named first
        s.actors.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
        s
    }

    fn rank(&self, k: &str) -> usize {
        self.actors
            .iter()
            .position(|a| a.0 == k)
            .unwrap_or(usize::MAX)
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
        self.best(actors.iter(), |m| {
            (m.kind == MentionKind::Group || m.role.as_deref() == Some("REB"))
                && sources.iter().all(|s| key(s) != key(m))
        })
    }

    /// The target of an event that names none: the most salient actor of the document
    /// other than its sources, among `actors`.
    ///
    /// Diplomatic and cooperative acts (`diplomatic`: roots 03–08 and 16) are
    /// between states and organisations: their implied target is no armed group.
    pub(crate) fn implied_target<'a>(
        &self,
        actors: &'a [ActorMention],
        sources: &[&ActorMention],
        diplomatic: bool,
    ) -> Option<&'a ActorMention> {
        let other = |m: &ActorMention| {
            !(diplomatic && m.kind == MentionKind::Group)
                && sources.iter().all(|s| {
                    let same_state = s.country.is_some() && s.country == m.country;
                    let member = s.members.iter().any(|c| Some(c) == m.country.as_ref())
                        || m.members.iter().any(|c| Some(c) == s.country.as_ref());
                    key(s) != key(m) && !same_state && !member
                })
        };
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
pub(crate) fn resolve(
    text: &str,
    analysis: &TextAnalysis,
    actors: &[ActorMention],
) -> (Vec<ActorMention>, Salience) {
    let salience = Salience::new(actors, dateline_end(text, analysis));
    // (salience counts the dateline for nothing; the mentions there are dropped below)
    let mut out: Vec<ActorMention> = Vec::with_capacity(actors.len() + 8);
    let mut recent: Vec<std::ops::Range<u32>> = Vec::new();
    let mut previous_state: Option<String> = None;
    for sentence in &analysis.sentences {
        let tokens = analysis.sentence_tokens(sentence);
        let (start, end) = (sentence.span.start, sentence.span.end);
        let subject_state = actors
            .iter()
            .filter(|m| m.span.start >= start && m.span.end <= end && !m.locative)
            .find(|m| m.country.is_some() || m.org.is_some())
            .and_then(|m| m.country.clone().filter(|_| m.org.is_none()));
        recent.push(start..end);
        if recent.len() > 3 {
            recent.remove(0);
        }
        let window_start = recent.first().map_or(start, |r| r.start);
        let in_sentence = || {
            actors
                .iter()
                .filter(move |m| m.span.start >= start && m.span.end <= end)
        };
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
            let governed = {
                let before = vigie_text::fold(&text[start as usize..m.span.start as usize]);
                let last = before.split_whitespace().last().unwrap_or("");
                matches!(
                    last,
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
                )
            };
            if m.country.is_none() && m.org.is_none() && !governed && is_state_body(&m.text) {
                // the state it acts on is named just after it (`the junta accused
                // France`), or just before it (`la France et les militaires`)
                let near = |o: &ActorMention| {
                    o.span.start < m.span.end + 60 && m.span.start < o.span.end + 60
                };
                let named: Vec<&str> = in_sentence()
                    .filter(|o| !o.locative && near(o))
                    .filter_map(|o| o.country.as_deref())
                    .collect();
                // the state that was the last sentence's subject, else the most
                // talked-about one
                let country = previous_state
                    .clone()
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
        let earlier = |before: u32| {
            actors
                .iter()
                .filter(move |m| m.span.start >= window_start && m.span.end <= before)
        };
        // `les trois chefs d’État`, `the four landlocked countries`: the last states
        // named together that many
        for (span, n) in counted_groups(tokens) {
            let named = actors.iter().any(|m| {
                m.span.start < span.end
                    && span.start < m.span.end
                    && (m.country.is_some() || m.org.is_some())
            });
            if named {
                continue;
            }
            if let Some(group) = last_group_of(text, actors, span.start, n) {
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
            let named = actors.iter().any(|m| {
                m.span.start < span.end
                    && span.start < m.span.end
                    && (m.country.is_some() || m.org.is_some())
            });
            if named {
                continue;
            }
            let prev = first.checked_sub(1).map_or("", |p| tokens[p].norm.as_str());
            let locative = is_locative_prep(prev)
                || (prev == "de" || prev == "du") && kind == Kind::Country && !dual;
            let subjects: Vec<&str> = in_sentence()
                .filter(|o| !o.locative && o.span.end <= span.start)
                .filter_map(key)
                .collect();
            let fits = |m: &ActorMention| match kind {
                Kind::Country => m.org.is_none() && m.country.is_some(),
                Kind::Kingdom => m
                    .country
                    .as_deref()
                    .is_some_and(|c| m.org.is_none() && KINGDOMS.contains(&c)),
                Kind::Neighbour => {
                    m.org.is_none()
                        && m.country.is_some()
                        && !subjects.contains(&key(m).unwrap_or(""))
                }
                Kind::Group => m.kind == MentionKind::Group || m.role.as_deref() == Some("REB"),
                // `l’organisation`, `the alliance`: any organisation, also named
                // through a role (`les ministres de l’AES`), not an armed group
                Kind::Org => m.org.is_some() && m.kind != MentionKind::Group,
                Kind::Court => matches!(m.org.as_deref(), Some("ICJ" | "ICC")),
                Kind::Any => true,
                Kind::Craft => false,
            };
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
                let from_salience = pair.is_empty();
                for (k, ..) in salience.actors.iter().filter(|_| from_salience) {
                    if let Some(m) = actors
                        .iter()
                        .find(|m| key(m) == Some(k.as_str()) && !m.locative && fits(m))
                    {
                        pair.push(m);
                        if pair.len() == 2 {
                            break;
                        }
                        continue;
                    }
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
                        .find_map(|a| {
                            actors
                                .iter()
                                .find(|m| key(m) == Some(a.0.as_str()) && m.org.is_none())
                        })
                }
                Kind::Kingdom | Kind::Group | Kind::Org | Kind::Court => {
                    earlier(span.start).rfind(|m| fits(m)).or_else(|| {
                        salience.best(actors.iter().filter(|m| m.span.end <= span.start), |m| {
                            fits(m) && !m.locative
                        })
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
    let seats: Vec<ActorMention> = actors.iter().filter_map(|m| seat_of(m, actors)).collect();
    // a dateline names where the news was filed: no actor
    let dateline = dateline_end(text, analysis);
    out.extend(seats);
    out.extend(
        actors
            .iter()
            .filter(|m| m.span.end > dateline && seat_of(m, actors).is_none() && !landmark(text, m))
            .cloned(),
    );
    out.sort_by_key(|m| (m.span.start, m.span.end));
    // a resolved role noun replaces its unresolved self
    out.dedup_by(|b, a| a.span == b.span && a.country.is_some() && b.country.is_none());
    (out, salience)
}

/// A place told by a country adjective after `près de`, `near`, `along` (`près de
/// la frontière algérienne`, `near the Malian border`): where, not who.
fn landmark(text: &str, m: &ActorMention) -> bool {
    let before = text.get(..m.span.start as usize).unwrap_or_default();
    let last: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(2)
        .map(vigie_text::fold)
        .collect();
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
/// Niger`, `ministers of Mali, Burkina Faso, Niger and Chad`).
fn last_group_of<'a>(
    text: &str,
    actors: &'a [ActorMention],
    before: u32,
    n: usize,
) -> Option<Vec<&'a ActorMention>> {
    let states: Vec<&ActorMention> = actors
        .iter()
        .filter(|m| m.span.end <= before && m.org.is_none() && m.country.is_some())
        .collect();
    let joined = |a: &ActorMention, b: &ActorMention| {
        a.span.end <= b.span.start
            && vigie_text::fold(&text[a.span.end as usize..b.span.start as usize])
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
    };
    let mut run: Vec<&ActorMention> = Vec::new();
    let mut best = None;
    for m in states {
        if run.last().is_some_and(|p| !joined(p, m)) {
            run.clear();
        }
        if run.iter().all(|r| r.country != m.country) {
            run.push(m);
        }
        if run.len() == n {
            best = Some(run.clone());
        }
    }
    best
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

/// The organisation a capital stands for when it is the seat of one the document
/// names, and the host state is not otherwise named: Brussels for the EU, Addis
/// Ababa for the AU.
fn seat_of(m: &ActorMention, actors: &[ActorMention]) -> Option<ActorMention> {
    const SEATS: &[(&str, &str)] = &[("BEL", "EU"), ("ETH", "AU")];
    if m.kind != MentionKind::Capital || m.locative {
        return None;
    }
    let country = m.country.as_deref()?;
    let (_, org) = SEATS.iter().find(|(c, _)| *c == country)?;
    let org_named = actors.iter().find(|a| a.org.as_deref() == Some(*org))?;
    let state_named = actors.iter().any(|a| {
        a.kind != MentionKind::Capital && a.org.is_none() && a.country.as_deref() == Some(country)
    });
    if state_named {
        return None;
    }
    let mut r = org_named.clone();
    r.span = m.span;
    r.text.clone_from(&m.text);
    r.entry = "anaphor:seat".to_string();
    r.locative = false;
    Some(r)
}

/// A state body named with a possessive (`son armée`, `its army`).
fn owned_body(text: &str, m: &ActorMention) -> bool {
    let before = vigie_text::fold(&text[..m.span.start as usize]);
    let last = before.split_whitespace().last().unwrap_or("");
    let own = matches!(
        last,
        "son" | "sa" | "ses" | "leur" | "leurs" | "its" | "their"
    );
    own && is_state_body(&format!("le {}", m.text))
}

/// Where a dateline opening the text ends (`Bamako, 12 mars 2026 —`), or 0.
pub(crate) fn dateline_end(text: &str, analysis: &TextAnalysis) -> u32 {
    let Some(first) = analysis.sentences.first() else {
        return 0;
    };
    let head = &text[first.span.start as usize..first.span.end as usize];
    head.char_indices()
        .take(60)
        .find(|&(_, c)| c == '—' || c == '–')
        .map_or(0, |(i, _)| first.span.start + i as u32)
}

/// Role nouns that name a state's rulers or forces (`le gouvernement de transition`,
/// `the junta`, `les militaires`), not its agents (`ses ambassadeurs`).
fn is_state_body(text: &str) -> bool {
    let folded = vigie_text::fold(text);
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
