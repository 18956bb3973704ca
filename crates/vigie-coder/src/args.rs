//! Who did it and to whom: sources and targets from the clause around a trigger.
//!
//! This is a shallow analysis over tokens and actor mentions, not a parser:
//!
//! - the **clause** of a trigger runs from the last `;` (or the sentence start) to the
//!   next `;` (or the sentence end);
//! - the **source** is the nearest actor before the trigger in the clause that is
//!   neither a place (`à Bamako`) nor a claimant (`selon Alger`), with the actors
//!   coordinated with it (`le Tchad, le Soudan et la Libye`); in the passive
//!   (`a été reconquis par l’armée`) it is the actor after `par`/`by`, and the actor
//!   before becomes the target; a passive without agent takes the state where it
//!   happened as the source (`ont été interpellés au Bénin`);
//! - the **target** is the first actor after the trigger in the clause, with
//!   its coordinated actors (`au Mali et au Niger`); capitals named as places count
//!   there (`rappelé ses ambassadeurs à Alger` targets Algeria);
//! - a trigger with no source in its clause (a participle opening the sentence, a
//!   nominalisation) takes the nearest actor before it in the sentence, then the
//!   subject of the previous sentence, with a lower confidence;
//! - asides (dashes, brackets, `, qui …,`, `, avec l’appui de …,`) hold no subject;
//!   an actor named as a place is a target only when no other actor follows;
//!   adjectival participles (`l’appareil abattu`) make their noun the patient;
//!   present participles and coordinated verbs share the main clause's subject; a
//!   noun qualified by a country adjective (`le retrait français`) is that
//!   country's act; coordinated subjects that gather meet each other.
//!
//! The discourse-level rules (anaphora, implied targets) are in `discourse.rs` and
//! the coder's `lib.rs`.
//!
//! Actors without a country or organisation (a bare `le gouvernement`) are not used:
//! they cannot be coded.

use vigie_core::Token;
use vigie_lexicon::ActorMention;

/// An actor mention placed on the sentence's tokens.
#[derive(Debug, Clone)]
pub(crate) struct Placed<'a> {
    pub mention: &'a ActorMention,
    /// First token (sentence-relative).
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// Named after `selon`, `d’après`, `according to`.
    pub claimant: bool,
}

/// The arguments found for one trigger.
#[derive(Debug, Clone, Default)]
pub(crate) struct Arguments<'a> {
    pub sources: Vec<&'a ActorMention>,
    pub targets: Vec<&'a ActorMention>,
    /// The source came from outside the clause.
    pub borrowed_source: bool,
    /// The target is not named: it is what the document is about.
    pub implied_target: bool,
    /// Sources and targets are one list of actors acting together: each pair once.
    pub pairs: bool,
    /// An adjectival participle without agent: no source may be borrowed.
    pub patient_only: bool,
    /// A noun with its agent after `par`/`by`: it may take an implied target.
    pub agent_noun: bool,
    /// A passive verb that names neither agent nor place (`ont été arrêtés fin
    /// novembre`): the coder may give it the state the report comes from.
    pub agentless: bool,
}

/// Places the document's mentions that fall in the sentence on its tokens.
pub(crate) fn place<'a>(tokens: &[Token], mentions: &'a [ActorMention]) -> Vec<Placed<'a>> {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return Vec::new();
    };
    mentions
        .iter()
        .filter(|m| m.span.start >= first.span.start && m.span.end <= last.span.end)
        .filter(|m| m.country.is_some() || m.org.is_some())
        .filter_map(|m| {
            let first = tokens.partition_point(|t| t.span.end <= m.span.start);
            let end = tokens.partition_point(|t| t.span.start < m.span.end);
            let before = |k: usize| first.checked_sub(k).map_or("", |i| tokens[i].norm.as_str());
            // `selon un rapport publié le 12 mai par le Haut-Commissariat`: the author of
            // the source cited is a claimant too
            let cited = (2..12).any(|k| {
                matches!(before(k), "selon" | "according")
                    && (1..k).all(|j| !matches!(before(j), "," | ";" | "selon" | "according"))
                    && (1..k).any(|j| matches!(before(j), "par" | "by"))
            });
            // `sous la bannière de la Force multinationale mixte`, `under the auspices
            // of the AU`: the frame the act is done in, no party to it
            let frame = matches!(
                (before(3), before(2), before(1)),
                ("banniere" | "egide" | "cadre", "de" | "du", _)
                    | (_, "banniere" | "egide" | "cadre", "de" | "du" | "d'")
                    | ("banner" | "auspices" | "aegis" | "umbrella", "of", _)
                    | (_, "banner" | "auspices" | "aegis" | "umbrella", "of")
            );
            if frame {
                return None;
            }
            let claimant = cited
                || matches!(
                    (before(2), before(1)),
                    (_, "selon") | ("d'", "apres") | ("according", "to")
                );
            (first < end).then_some(Placed {
                mention: m,
                first,
                end,
                claimant,
            })
        })
        .collect()
}

/// The subject of a sentence: its first actor that acts, with those coordinated with
/// it (`le Tchad, le Nigeria et le Cameroun`).
pub(crate) fn subject_group<'a>(tokens: &[Token], actors: &[Placed<'a>]) -> Vec<&'a ActorMention> {
    let acting: Vec<&Placed> = actors
        .iter()
        .filter(|a| !a.mention.locative && !a.claimant)
        .collect();
    coordinated_forward(tokens, &acting)
}

fn is_boundary(t: &Token) -> bool {
    t.norm == ";"
}

/// Tokens that may stand between coordinated actors.
fn is_coordination(t: &Token) -> bool {
    matches!(
        t.norm.as_str(),
        "," | "et" | "and" | "ni" | "or" | "ou" | "ainsi" | "que" | "as" | "well" | "&"
    )
}

fn is_passive_marker(t: &Token) -> bool {
    matches!(
        t.norm.as_str(),
        "ete" | "etait" | "etaient" | "was" | "were" | "been" | "is" | "are"
    )
}

/// The word just before the verb at `trigger` and its auxiliaries and adverbs (`et
/// a aussi rappelé`, `and then expelled`): its index when it is a conjunction (`et`,
/// `and`, `mais`, `but`).
pub(crate) fn conjunction_before(tokens: &[Token], trigger: usize) -> Option<usize> {
    let mut k = trigger;
    while k > 0
        && matches!(
            tokens[k - 1].norm.as_str(),
            "a" | "ont"
                | "avait"
                | "avaient"
                | "has"
                | "have"
                | "had"
                | "also"
                | "aussi"
                | "then"
                | "ensuite"
        )
    {
        k -= 1;
    }
    let k = k.checked_sub(1)?;
    matches!(tokens[k].norm.as_str(), "et" | "and" | "mais" | "but").then_some(k)
}

/// Finds sources and targets for the trigger at `trigger`, whose match ends at `end`.
///
/// `conjunctions` are the `et`/`and` that join another verb to the sentence
/// (`a condamné l’attaque et appelé les deux pays au calme`): the clause of a trigger
/// before one ends there.
pub(crate) fn assign<'a>(
    tokens: &[Token],
    actors: &[Placed<'a>],
    trigger: usize,
    end: usize,
    conjunctions: &[usize],
) -> Arguments<'a> {
    let clause_start = tokens[..trigger]
        .iter()
        .rposition(is_boundary)
        .map_or(0, |i| i + 1);
    // what the act founds is no party to it (`ont signé le traité instituant la
    // Confédération des États du Sahel`, `signed the charter establishing the AES`)
    // nor is what the subject says next (`vowed to retaliate and said Algeria would
    // be informed`, `et a déclaré que`)
    let says_next = |i: usize| {
        matches!(tokens[i].norm.as_str(), "and" | "et" | "but" | "mais")
            && tokens.get(i + 1).is_some_and(|n| {
                matches!(
                    n.norm.as_str(),
                    "said" | "says" | "added" | "warned" | "insisted" | "stressed"
                ) || (n.norm == "a"
                    && tokens.get(i + 2).is_some_and(|v| {
                        [
                            "declar", "ajout", "affirm", "precis", "assur", "averti", "indiqu",
                        ]
                        .iter()
                        .any(|p| v.norm.starts_with(p))
                    }))
            })
    };
    let clause_end = (end..tokens.len())
        .find(|&i| {
            let t = &tokens[i];
            // `…, une opération financée par l’Union européenne`: an apposition
            // after the object says more of it, it names no other party
            let apposition = t.norm == ","
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.norm.as_str(), "une" | "un"))
                && tokens.get(i + 2).is_some_and(|n| {
                    matches!(
                        n.norm.as_str(),
                        "operation" | "programme" | "mission" | "initiative"
                    )
                });
            is_boundary(t)
                || says_next(i)
                || conjunctions.contains(&i)
                || apposition
                || matches!(
                    t.norm.as_str(),
                    "instituant"
                        | "creant"
                        | "fondant"
                        | "prevoyant"
                        | "establishing"
                        | "creating"
                        | "founding"
                )
        })
        .unwrap_or(tokens.len());
    // a noun qualified by a country adjective is that country's act (`le retrait
    // français`, `les frappes maliennes`)
    if let Some(agent) = actors.iter().find(|a| {
        a.first <= trigger
            && trigger < a.end
            && a.mention.kind == vigie_lexicon::MentionKind::Qualified
    }) {
        let after: Vec<&Placed> = actors
            .iter()
            .filter(|a| a.first >= agent.end && a.end <= clause_end && !a.claimant)
            .collect();
        return Arguments {
            sources: vec![agent.mention],
            targets: coordinated_forward(tokens, &after),
            ..Arguments::default()
        };
    }
    // a passive verb, or a noun whose agent follows `par`/`by` (`la fermeture de la
    // frontière par le Niger`)
    // a participle right after its noun is an adjective (`l’appareil abattu`): the
    // noun is its patient
    let adjectival = trigger > 0
        && actors.iter().any(|a| {
            !a.claimant && (a.end == trigger || (a.end + 1 == trigger && tokens[a.end].norm == ","))
        })
        && is_past_participle(&tokens[trigger].norm);
    let passive = adjectival
        || tokens[trigger.saturating_sub(2)..trigger]
            .iter()
            .any(is_passive_marker);
    let nominal = is_nominal(tokens, trigger);
    let aside = asides(tokens);
    let before: Vec<&Placed> = actors
        .iter()
        .filter(|a| a.end <= trigger && a.first >= clause_start && !a.claimant)
        .filter(|a| !aside[a.first] || aside[trigger])
        .collect();
    // the target may stand inside the match (`appelé le Niger au dialogue`)
    let after: Vec<&Placed> = actors
        .iter()
        .filter(|a| a.first > trigger && a.end <= clause_end && !a.claimant)
        .filter(|a| !aside[a.first] || aside[trigger])
        .collect();

    if passive || nominal {
        // a noun's agent follows it closely (`la fermeture de la frontière par le
        // Niger`); further on, `par` belongs to another act
        let reach = if passive { clause_end } else { end + 10 };
        let agent = after.iter().filter(|a| a.first <= reach).position(|a| {
            // `par l’armée`, `par son armée` (the mention may leave its determiner out)
            tokens[a.first.saturating_sub(2)..a.first]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "par" | "by"))
                // `des frappes attribuées à l’armée malienne`, `attributed to`
                || (a.first >= trigger + 3
                    && matches!(tokens[a.first - 1].norm.as_str(), "a" | "au" | "aux" | "to")
                    && ["attribu", "imput"]
                        .iter()
                        .any(|p| tokens[a.first - 2].norm.starts_with(p)))
                || tokens[end.min(a.first)..a.first]
                    .iter()
                    .any(|t| matches!(t.norm.as_str(), "par" | "by"))
        });
        // the patient is the subject rather than a noun's complement (`l’accord
        // d’Alger`), unless only complements name an organisation (`les combattants du
        // FLA, dont le bastion a été repris`)
        let complement = |a: &Placed| {
            a.first > 0 && is_of(&tokens[a.first - 1].norm) || is_of(&tokens[a.first].norm)
        };
        let patient = || {
            let candidates = || before.iter().rev().filter(|a| !a.mention.locative);
            candidates()
                .find(|a| !complement(a))
                .or_else(|| candidates().find(|a| a.mention.org.is_some()))
                .map(|a| vec![a.mention])
                .unwrap_or_default()
        };
        if let Some(k) = agent {
            if nominal && !passive {
                // `la destruction par son armée d’un drone`: the noun's object is a
                // `de` complement after it, if any; the subject before is who tells it
                let object = after[..k]
                    .iter()
                    .chain(after[k + 1..].iter())
                    .find(|a| a.first > 0 && is_of(&tokens[a.first - 1].norm) && a.first <= reach)
                    .map(|a| a.mention);
                return Arguments {
                    sources: coordinated_forward(tokens, &after[k..]),
                    targets: object.into_iter().collect(),
                    agent_noun: true,
                    ..Arguments::default()
                };
            }
            return Arguments {
                sources: coordinated_forward(tokens, &after[k..]),
                targets: patient(),
                borrowed_source: false,
                ..Arguments::default()
            };
        }
        if adjectival {
            return Arguments {
                targets: patient(),
                patient_only: true,
                ..Arguments::default()
            };
        }
        // no agent: the state where it happened acted (`ont été interpellés au Bénin`)
        if let Some(place) = after
            .iter()
            .find(|a| a.mention.locative)
            .filter(|_| passive)
        {
            return Arguments {
                sources: vec![place.mention],
                targets: patient(),
                borrowed_source: true,
                ..Arguments::default()
            };
        }
        // neither: the patient is no agent of its own arrest (not `was leaving`,
        // `was ready`)
        let word = tokens[trigger].norm.as_str();
        let participle = is_past_participle(word)
            || word.ends_with("ed")
            || word.ends_with("en")
            || word.ends_with('e')
            || word.ends_with("es")
            || matches!(word, "held" | "shot" | "hit" | "caught" | "kept");
        if passive && participle && !word.ends_with("ing") {
            return Arguments {
                targets: patient(),
                agentless: true,
                ..Arguments::default()
            };
        }
    }

    let mut subjects: Vec<&Placed> = before
        .iter()
        .copied()
        .filter(|a| !a.mention.locative)
        .collect();
    // a present participle after a comma (`…, accusant le royaume`, `…, violant
    // l’espace aérien`) has the subject of the main clause: the first actor of the
    // clause that is not a complement
    // (`…, tuant neuf personnes`, `…, killing 17 soldiers`)
    let participle = (tokens[trigger].norm.ends_with("ant")
        || tokens[trigger].norm.ends_with("ing"))
        && tokens[trigger].norm.len() > 5
        && tokens[..trigger]
            .iter()
            .rev()
            .take(3)
            .any(|t| t.norm == ",");
    // so does a verb coordinated with the main one (`X accused Y …, and expelled`,
    // `X a accusé Y et rappelé`)
    let coordinated_verb = conjunction_before(tokens, trigger)
        .is_some_and(|k| matches!(tokens[k].norm.as_str(), "et" | "and"));
    let participle = participle || coordinated_verb;
    if participle {
        let governed = |a: &Placed| {
            a.first > 0 && {
                let p = tokens[a.first - 1].norm.as_str();
                is_of(p) || matches!(p, "par" | "by")
            }
        };
        match subjects.iter().position(|a| !governed(a)) {
            Some(k) => subjects.truncate(k + 1),
            None => subjects.clear(),
        }
        // `En accusant Alger de …, Bamako a …`: the subject follows the gerund
        if subjects.is_empty() {
            if let Some(k) = after
                .iter()
                .position(|a| !a.mention.locative && tokens[a.first - 1].norm == ",")
            {
                return Arguments {
                    sources: vec![after[k].mention],
                    targets: coordinated_forward(tokens, &after[..k]),
                    ..Arguments::default()
                };
            }
        }
    }
    let mut sources = coordinated_backward(tokens, &subjects);
    // `des soldats maliens accompagnés d’instructeurs d’Africa Corps`, `escorted by`:
    // the escort and those it escorts act together
    let head = sources
        .first()
        .and_then(|s| subjects.iter().find(|a| std::ptr::eq(a.mention, *s)));
    if let Some(head) = head {
        let escort = (head.first.saturating_sub(3)..head.first).find(|&k| {
            ["accompagn", "appuye", "escort", "alongside"]
                .iter()
                .any(|e| tokens[k].norm.starts_with(e))
        });
        let main = escort.and_then(|k| subjects.iter().rev().find(|a| a.end <= k));
        if let Some(main) = main {
            sources.insert(0, main.mention);
        }
    }
    // a nominalisation without a subject takes its `de` complement as the agent
    // (`le retrait du Mali de la Cedeao`, `les accusations de Bamako contre Alger`)
    if sources.is_empty() {
        let agent = after.iter().position(|a| {
            let near = a.first <= end + 2 && !a.mention.locative;
            near && (is_of(&tokens[a.first].norm) || is_of(&tokens[a.first - 1].norm))
        });
        if let Some(k) = agent {
            return Arguments {
                sources: coordinated_forward(tokens, &after[k..=k]),
                targets: coordinated_forward(tokens, &after[k + 1..]),
                borrowed_source: false,
                ..Arguments::default()
            };
        }
    }
    // an actor named as a place (`à Niamey`) is the target only when no other actor
    // follows (`rappelé ses ambassadeurs à Alger`): `agreed in Niamey to deploy a
    // force against JNIM` acts on JNIM
    // (nor is the subject's own state further on: `le rappel de son ambassadeur à
    // Alger, deux jours après la destruction d’un drone de l’armée malienne`)
    let own = |a: &Placed| {
        !sources.is_empty()
            && sources.iter().all(|s| {
                s.org.is_none() && a.mention.org.is_none() && s.country == a.mention.country
            })
    };
    let acting_after: Vec<&Placed> = after
        .iter()
        .copied()
        .filter(|a| !a.mention.locative && !own(a))
        .collect();
    // (not a place in what is said: `ont averti qu’une intervention au Niger serait
    // …` warns whoever would intervene, not Niger)
    let said = |a: &&Placed| {
        tokens[(trigger + 1).min(a.first)..a.first]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "que" | "qu'" | "that"))
    };
    let places_after: Vec<&Placed> = after.iter().copied().filter(|a| !said(a)).collect();
    let mut targets = if acting_after.is_empty() {
        coordinated_forward(tokens, &places_after)
    } else {
        coordinated_forward(tokens, &acting_after)
    };
    // `le Tchad, le Nigeria et le Cameroun se sont réunis à N’Djamena pour lutter
    // contre l’ISWAP`: coordinated subjects that gather meet each other, whatever
    // follows (unless they met `avec` someone)
    let gathering = tokens[trigger.saturating_sub(3)..=trigger]
        .iter()
        .any(|t| matches!(t.norm.as_str(), "se" | "s'"))
        || (["met", "meet", "reuni", "gather", "convened"]
            .iter()
            .any(|p| tokens[trigger].norm.starts_with(p))
            // `met in Niamey`, not `met their counterpart` (an object is met)
            && tokens.get(end).is_none_or(|t| {
                matches!(
                    t.norm.as_str(),
                    "in" | "on" | "at" | "for" | "," | "." | "a" | "en" | "le" | "les" | "pour"
                )
            }));
    let with_partner = after.first().is_some_and(|a| {
        a.first > 0 && matches!(tokens[a.first - 1].norm.as_str(), "avec" | "with")
    });
    if gathering && sources.len() > 1 && !with_partner {
        targets.clear();
    }
    // `la Russie et le Mali ont renforcé leur coopération`: coordinated subjects act
    // on each other
    if targets.is_empty() && sources.len() > 1 {
        // `ont fermé leurs espaces aériens respectifs`: each acted on the other
        let mutual = tokens.iter().any(|t| {
            ["respecti", "mutuel", "reciproque", "mutual", "reciprocal"]
                .iter()
                .any(|p| t.norm.starts_with(p))
                || t.norm == "other"
        });
        if mutual {
            return Arguments {
                targets: sources.clone(),
                sources,
                borrowed_source: false,
                ..Arguments::default()
            };
        }
        return Arguments {
            targets: sources.clone(),
            sources,
            pairs: true,
            ..Arguments::default()
        };
    }
    Arguments {
        sources,
        targets,
        borrowed_source: false,
        ..Arguments::default()
    }
}

/// Whether the trigger is a noun: a determiner stands just before it, or before one of
/// the adjectives that come before nouns (`une nouvelle rencontre`). English `a` is
/// left out: in French it is the auxiliary (`a rejeté`).
pub(crate) fn is_nominal(tokens: &[Token], trigger: usize) -> bool {
    let determiner = |i: usize| {
        matches!(
            tokens[i].norm.as_str(),
            "le" | "la"
                | "les"
                | "l'"
                | "un"
                | "une"
                | "du"
                | "des"
                | "au"
                | "aux"
                | "sa"
                | "son"
                | "ses"
                | "leur"
                | "leurs"
                | "cette"
                | "ce"
                | "cet"
                | "ces"
                | "these"
                | "the"
                | "an"
                | "its"
                | "their"
                | "this"
        )
    };
    let adjective = |i: usize| {
        matches!(
            tokens[i].norm.as_str(),
            "nouvelle"
                | "nouveau"
                | "nouvel"
                | "nouvelles"
                | "nouveaux"
                | "premiere"
                | "premier"
                | "deuxieme"
                | "troisieme"
                | "second"
                | "seconde"
                | "vaste"
                | "grande"
                | "grand"
                | "large"
                | "breve"
                | "recente"
                | "new"
                | "first"
                | "major"
                | "fresh"
                | "recent"
                | "large-scale"
                | "brief"
                | "joint"
                | "conjointe"
                | "massive"
                | "violente"
                | "violent"
        )
    };
    (trigger >= 1 && determiner(trigger - 1))
        || (trigger >= 2 && adjective(trigger - 1) && determiner(trigger - 2))
}

/// French past participles that cannot be a present tense (`abattu`, `détenues`,
/// `repris`, `visées`).
fn is_past_participle(norm: &str) -> bool {
    norm.len() > 4
        && ["u", "us", "ues", "ee", "ees", "is", "ises"]
            .iter()
            .any(|e| norm.ends_with(e))
}

fn is_of(norm: &str) -> bool {
    matches!(norm, "de" | "du" | "des" | "d'" | "of")
}

/// Which tokens stand inside an aside: between two dashes, in parentheses, or a
/// relative clause or a phrase of support between commas. Actors there (`l’AES – qui
/// regroupe le Mali et le Niger – a condamné`) are not subjects.
fn asides(tokens: &[Token]) -> Vec<bool> {
    let mut inside = vec![false; tokens.len()];
    // `l’Algérie, qui partage une frontière avec le Niger, a rejeté`: a relative
    // clause between commas
    let mut i = 0;
    while i + 1 < tokens.len() {
        // and a phrase of support (`, avec l’appui des paramilitaires russes,`,
        // `, backed by Wagner,`)
        let support = matches!(
            tokens[i + 1].norm.as_str(),
            "avec" | "with" | "backed" | "supported"
        ) || [
            "appuye",
            "soutenu",
            "accompagne",
            "epaule",
            "affilie",
            "lie",
            "linked",
            "affiliated",
        ]
        .iter()
        .any(|p| tokens[i + 1].norm.starts_with(p));
        if tokens[i].norm == ","
            && (support
                || matches!(
                    tokens[i + 1].norm.as_str(),
                    "qui" | "which" | "who" | "dont" | "whose"
                ))
        {
            if let Some(k) = tokens[i + 1..]
                .iter()
                .position(|t| t.norm == "," || t.norm == ";")
            {
                let close = i + 1 + k;
                if tokens[close].norm == "," && close > i + 2 {
                    inside[i..=close].iter_mut().for_each(|x| *x = true);
                    i = close;
                }
            }
        }
        i += 1;
    }
    let mut open: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate() {
        match (t.norm.as_str(), open) {
            ("–" | "—" | "(", None) => open = Some(i),
            ("–" | "—", Some(o)) if tokens[o].norm != "(" => {
                inside[o..=i].iter_mut().for_each(|x| *x = true);
                open = None;
            }
            (")", Some(o)) if tokens[o].norm == "(" => {
                // a parenthesised acronym right after its name is part of it
                if i - o > 2 {
                    inside[o..=i].iter_mut().for_each(|x| *x = true);
                }
                open = None;
            }
            _ => {}
        }
    }
    inside
}

/// The last actor of `list` and those coordinated with it before it.
fn coordinated_backward<'a>(tokens: &[Token], list: &[&Placed<'a>]) -> Vec<&'a ActorMention> {
    let Some(mut current) = list.last() else {
        return Vec::new();
    };
    let mut out = vec![current.mention];
    for prev in list.iter().rev().skip(1) {
        let group = |p: &Placed| p.mention.entry == "anaphor:group";
        let together = group(prev) && group(current) && prev.first == current.first;
        if together
            || (prev.end <= current.first
                && tokens[prev.end..current.first].iter().all(is_coordination))
        {
            out.push(prev.mention);
            current = prev;
        } else {
            break;
        }
    }
    out.reverse();
    out
}

/// The first actor of `list` and those coordinated with it after it. Prepositions
/// repeated before each (`au Mali et au Niger`) are part of the mentions.
fn coordinated_forward<'a>(tokens: &[Token], list: &[&Placed<'a>]) -> Vec<&'a ActorMention> {
    let Some(mut current) = list.first() else {
        return Vec::new();
    };
    let mut out = vec![current.mention];
    for next in &list[1..] {
        // the members of a counted group (`les trois chefs d’État`) share its span
        let group = |p: &Placed| p.mention.entry == "anaphor:group";
        if group(current) && group(next) && next.first == current.first {
            out.push(next.mention);
            current = next;
            continue;
        }
        if current.end > next.first {
            break;
        }
        let between = &tokens[current.end..next.first];
        let glue = between.iter().all(|t| {
            is_coordination(t)
                || matches!(
                    t.norm.as_str(),
                    "a" | "au" | "aux" | "en" | "de" | "du" | "des" | "to" | "in"
                )
        });
        // the halves of a dual (`les deux pays`) touch
        let dual = next.mention.entry == "anaphor:dual" && current.mention.entry == "anaphor:dual";
        if current.end <= next.first && glue && (!between.is_empty() || dual) {
            out.push(next.mention);
            current = next;
        } else {
            break;
        }
    }
    out
}
