//! The event coder of vigie: who did what to whom, when, and how sure.
//!
//! [`Coder::code`] takes a document's text and what the earlier stages found (the
//! text layer's tokens and sentences, actor mentions, temporal expressions) and
//! returns coded [`Event`]s:
//!
//! 1. patterns (`data/events/*.txt`, format in [`pattern`]) find triggers in each
//!    sentence that is French or English and not a repeat of another (pull quotes are
//!    coded once);
//! 2. `discourse` resolves anaphora (`le pays`, `the junta`, `les deux pays`) into
//!    mentions and ranks actors by salience; [`args`] assigns sources and targets
//!    from the clause (coordination gives one event per source–target pair), and
//!    the coder fills what the clause leaves out from the discourse (borrowed
//!    subjects, implied targets, `la même décision`);
//! 3. [`modality`] tells facts from claims, possibilities, recommendations, plans,
//!    prevented and denied acts;
//! 4. [`dating`] dates the event from its sentence, the narrative, or the document;
//!    events that tell one incident in rival accounts are linked (`contested_with`);
//! 5. the CAMEO code is filled in with its name, Goldstein score, QuadClass and PLOVER
//!    type from `vigie-ontology`.
//!
//! Content never fails: a sentence without a match codes nothing.
#![deny(missing_docs)]

mod actor_index;
mod args;
mod contested;
mod cues;
pub mod dating;
mod discourse;
pub mod eval;
mod event;
mod lemmas;
mod matcher;
pub mod modality;
pub mod pattern;
mod pipeline;
mod retold;
mod tree;

use vigie_core::{Sentence, Token};
use vigie_lexicon::ActorMention;
use vigie_text::TextAnalysis;
use vigie_time::TimeAnalysis;

pub use event::{Event, EventActor, EventPlace, Trigger, Versions};
pub use modality::Modality;
pub use pattern::{Example, Pattern};
pub use pipeline::{Coded, Pipeline};

use cues::{
    days_after, implies_target, same_act, same_again, unnamed_adversary, ATTACKER_NOUNS,
    CIVILIAN_NOUNS, FORCES_NOUNS, PLACE_NOUNS, REACTION_NOUNS, VIOLENT_NOUNS,
};
use matcher::TriggerIndex;
use vigie_ontology::Ontology;

/// Everything that can go wrong while loading event patterns.
#[derive(Debug, thiserror::Error)]
pub enum CoderError {
    /// A line of a pattern file is invalid.
    #[error("{file}:{line}: {message}")]
    Invalid {
        /// The file.
        file: String,
        /// The 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The block syntax itself is broken.
    #[error(transparent)]
    Syntax(#[from] vigie_lexicon::LexiconError),
    /// The bundled gazetteer could not be loaded (a corrupt build).
    #[error("gazetteer: {0}")]
    Gazetteer(String),
}

impl CoderError {
    pub(crate) fn invalid(file: &str, line: usize, message: impl Into<String>) -> CoderError {
        CoderError::Invalid {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// The bundled pattern files, by name.
const BUNDLED: &[(&str, &str)] = &[
    ("fr.txt", include_str!("../../../data/events/fr.txt")),
    ("en.txt", include_str!("../../../data/events/en.txt")),
    (
        "lemmas/01-05.txt",
        include_str!("../../../data/events/lemmas/01-05.txt"),
    ),
    (
        "lemmas/06-09-12-14.txt",
        include_str!("../../../data/events/lemmas/06-09-12-14.txt"),
    ),
    (
        "lemmas/10-11-15-17.txt",
        include_str!("../../../data/events/lemmas/10-11-15-17.txt"),
    ),
    (
        "lemmas/18-20.txt",
        include_str!("../../../data/events/lemmas/18-20.txt"),
    ),
];

/// The event coder: patterns compiled once, shared across threads.
pub struct Coder {
    patterns: Vec<Pattern>,
    /// The frame of each pattern that comes from the lemma lexicon.
    frames: Vec<Option<tree::Frame>>,
    examples: Vec<Example>,
    index: TriggerIndex,
    lemmas: lemmas::LemmaIndex,
    ontology: &'static Ontology,
    versions: Versions,
    /// PETRARCH verb dictionaries layered on the lemma lexicon, when the user names a
    /// folder (`vigie code --petrarch DIR`).
    petrarch: Option<PetrarchLayer>,
}

/// PETRARCH's verbs as extra lemma triggers: each rule that codes a CAMEO code of the
/// codebook is a pattern (with the default frame), found by its `file:line`.
struct PetrarchLayer {
    coder: vigie_petrarch::Coder,
    pattern_of: std::collections::HashMap<String, usize>,
}

/// One document as the earlier stages left it.
pub struct DocumentInput<'a> {
    /// The document id.
    pub doc: &'a str,
    /// Its text.
    pub text: &'a str,
    /// The text layer's analysis.
    pub analysis: &'a TextAnalysis,
    /// The syntax of each sentence, by sentence index (empty when not parsed: the
    /// coder then reads arguments from word order alone).
    pub syntax: &'a [vigie_syntax::SyntaxSentence],
    /// Actor mentions.
    pub actors: &'a [ActorMention],
    /// Place mentions.
    pub places: &'a [vigie_geo::PlaceMention],
    /// Temporal expressions.
    pub times: &'a TimeAnalysis,
    /// The publication date, `YYYY-MM-DD`, when known.
    pub published: Option<&'a str>,
}

impl Coder {
    /// The coder with the bundled patterns.
    pub fn bundled() -> Result<Coder, CoderError> {
        Coder::from_files(BUNDLED.iter().map(|&(f, t)| (f.to_string(), t.to_string())))
    }

    /// The coder with the patterns of these `(file name, text)` pairs.
    pub fn from_files(
        files: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Coder, CoderError> {
        let mut patterns = Vec::new();
        let mut examples = Vec::new();
        let mut lexicon = Vec::new();
        let mut hash = 0xcbf2_9ce4_8422_2325_u64;
        for (file, text) in files {
            for b in text.bytes() {
                hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
            // files under `lemmas/` are the lemma lexicon, the others surface patterns
            if file.starts_with("lemmas/") {
                lexicon.push((file, text));
                continue;
            }
            let (p, e) = pattern::parse_file(&file, &text)?;
            patterns.extend(p);
            examples.extend(e);
        }
        // the surface patterns are indexed by their first word; the lexicon's blocks
        // follow them in the pattern list, indexed by lemma
        let index = TriggerIndex::new(&patterns);
        let mut frames = vec![None; patterns.len()];
        let mut lemmas = lemmas::LemmaIndex::default();
        for (file, text) in lexicon {
            let parsed = lemmas::parse_file(&file, &text, patterns.len())?;
            for (p, f) in &parsed.patterns {
                patterns.push(p.clone());
                frames.push(Some(f.clone()));
            }
            lemmas.add(&parsed, &patterns)?;
            examples.extend(parsed.examples);
        }
        let ontology = Ontology::bundled();
        for p in &patterns {
            if ontology.cameo(&p.cameo).is_none() {
                let (file, line) = p.rule.rsplit_once(':').unwrap_or((&p.rule, "0"));
                return Err(CoderError::invalid(
                    file,
                    line.parse().unwrap_or(0),
                    format!("`{}` is not a code of the CAMEO codebook", p.cameo),
                ));
            }
        }
        Ok(Coder {
            patterns,
            frames,
            examples,
            index,
            lemmas,
            ontology,
            versions: Versions {
                vigie: env!("CARGO_PKG_VERSION").to_string(),
                patterns: format!("{hash:016x}"),
            },
            petrarch: None,
        })
    }

    /// Layers PETRARCH verb dictionaries under the coder's own patterns, for English:
    /// a verb they code becomes a trigger where neither a surface pattern nor the
    /// lemma lexicon found one, and like the lexicon's triggers it codes only an act
    /// whose doer and target the tree names among vigie's actors. Rules whose code
    /// is not in the CAMEO codebook, and codes told back from target to source
    /// (`[032:033]`), are left out. The patterns' hash in each event's versions
    /// changes with the rules.
    pub fn with_petrarch(mut self, coder: vigie_petrarch::Coder) -> Coder {
        let mut pattern_of = std::collections::HashMap::new();
        let mut hash = u64::from_str_radix(&self.versions.patterns, 16).unwrap_or(0);
        for (rule, code, name) in coder.rules() {
            let Some(cameo) = code.forward else { continue };
            if self.ontology.cameo(&cameo).is_none() || pattern_of.contains_key(&rule) {
                continue;
            }
            for b in rule.bytes().chain(cameo.bytes()) {
                hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
            pattern_of.insert(rule.clone(), self.patterns.len());
            self.patterns.push(Pattern {
                cameo,
                name: format!("petrarch {name}"),
                lang: vigie_core::Lang::En,
                rule,
                elements: Vec::new(),
            });
            self.frames.push(Some(tree::Frame::default()));
        }
        self.versions.patterns = format!("{hash:016x}");
        self.petrarch = Some(PetrarchLayer { coder, pattern_of });
        self
    }

    /// The versions every event records: vigie's and the patterns' hash.
    pub fn versions(&self) -> &Versions {
        &self.versions
    }

    /// The patterns, in file order.
    pub fn patterns(&self) -> &[Pattern] {
        &self.patterns
    }

    /// The examples the pattern files give.
    pub fn examples(&self) -> &[Example] {
        &self.examples
    }

    /// Codes the events of one document.
    pub fn code(&self, input: &DocumentInput<'_>) -> Vec<Event> {
        let dater = dating::Dater::new(input.times, input.published, input.text);
        let sentences = &input.analysis.sentences[..];
        let stories = discourse::stories(input.text, sentences);
        let mut events = if stories.len() == 1 {
            self.code_story(input, &dater, sentences, input.actors)
        } else {
            let mut events = Vec::new();
            for story in stories {
                let sentences = &sentences[story];
                let (Some(first), Some(last)) = (sentences.first(), sentences.last()) else {
                    continue;
                };
                let within: Vec<ActorMention> = input
                    .actors
                    .iter()
                    .filter(|a| a.span.start >= first.span.start && a.span.end <= last.span.end)
                    .cloned()
                    .collect();
                events.extend(self.code_story(input, &dater, sentences, &within));
            }
            events
        };
        retold::drop_retold(&mut events);
        contested::link(&mut events);
        events
    }

    /// Codes the events of one story of a document (`discourse::stories`): its
    /// `sentences` and the actor mentions among them.
    fn code_story(
        &self,
        input: &DocumentInput<'_>,
        dater: &dating::Dater<'_>,
        sentences: &[Sentence],
        actors: &[ActorMention],
    ) -> Vec<Event> {
        let (actors, salience) = discourse::resolve(input.text, input.analysis, sentences, actors);
        let actors = &actors[..];
        let mut events: Vec<Event> = Vec::new();
        let mut previous_subjects: Vec<&ActorMention> = Vec::new();
        // the last actors that acted together (`le Tchad, le Nigeria et le Cameroun se
        // sont réunis`), for `les participants`, `the signatories`
        let mut last_group: Vec<&ActorMention> = Vec::new();
        // who did the story's lead violent act (roots 17 to 20), or whom the victim
        // blames for it
        let mut lead_perpetrator: Option<EventActor> = None;
        let mut lead_victim: Option<EventActor> = None;
        // whether a violent act was told without its doer (`A wave of drones struck`)
        let mut doerless_violence = false;
        // the date of the last violent act, for `peu après l’attaque`
        let mut last_incident: Option<retold::IncidentDate> = None;
        // who made the last threat or used force (roots 13 to 20)
        let mut last_hostile: Option<EventActor> = None;
        // the charges told so far, as (who charges, who is charged): accusations, and
        // acts alleged by someone against their doer
        let mut charges: Vec<(EventActor, EventActor)> = Vec::new();
        for sentence in sentences {
            if sentence.repeat_of.is_some() || !sentence.lang.is_supported() {
                continue;
            }
            let tokens = input.analysis.sentence_tokens(sentence);
            let placed = args::place(tokens, sentence_actors(actors, tokens));
            let tree = input
                .syntax
                .get(sentence.index)
                .filter(|s| !s.words.is_empty())
                .map(|s| {
                    tree::Tree::new(
                        s,
                        sentence.tokens.start,
                        tokens.len(),
                        &placed,
                        sentence.lang,
                    )
                });
            let participants = !last_group.is_empty()
                && tokens.iter().take(4).any(|t| {
                    matches!(
                        t.norm.as_str(),
                        "participants" | "signataires" | "signatories" | "delegations"
                    )
                });
            let earlier_subjects = if participants {
                &last_group
            } else {
                &previous_subjects
            };
            let mut matches = self.index.matches(&self.patterns, tokens, sentence.lang);
            // a lemma alone is weaker evidence than a surface pattern: a trigger found
            // by lemma (ours or PETRARCH's) stands on a word no match covers, and
            // codes only an act whose doer and target the tree names (the target may
            // be left to the discourse when `target_optional`); its token
            let weak_trigger = |tree: &tree::Tree<'_>,
                                w: usize,
                                frame: &tree::Frame,
                                matches: &[matcher::Match],
                                target_optional: bool|
             -> Option<usize> {
                let t = tree.word(w).token.checked_sub(sentence.tokens.start)?;
                if matcher::covered(matches, t) {
                    return None;
                }
                let found = tree.arguments(w, frame);
                (found.subject == tree::Subject::Actor
                    && (target_optional || !found.targets.is_empty()))
                .then_some(t)
            };
            // words of the tree whose lemma the lexicon lists, where no surface
            // pattern matched already
            if let Some(tree) = &tree {
                for w in 0..tree.len() {
                    let Some(pattern) = self.lemmas.trigger(tree, w, sentence.lang) else {
                        continue;
                    };
                    // speech verbs are how acts are told (`a annoncé la destruction`,
                    // `revendiquer`): the tree's reported speech handles them
                    if self.patterns[pattern].cameo.starts_with("01") {
                        continue;
                    }
                    // an event noun stands on its support verb: when a pattern or
                    // a lemma other than speech codes that verb, it tells the act
                    // (`accorde une aide`, `fournit une aide`)
                    if let Some(v) = tree.support_verb(w) {
                        let covered = tree
                            .word(v)
                            .token
                            .checked_sub(sentence.tokens.start)
                            .is_some_and(|t| matcher::covered(&matches, t));
                        let coded = self
                            .lemmas
                            .trigger(tree, v, sentence.lang)
                            .is_some_and(|p| !self.patterns[p].cameo.starts_with("01"));
                        if covered || coded {
                            continue;
                        }
                    }
                    let frame = self.frames[pattern].clone().unwrap_or_default();
                    // `…, ce que Bakou dément`: a denial needs no target in its clause
                    // when a charge was told, in this sentence or before; it answers
                    // the charge (below)
                    let answers_charge = denial(&self.patterns[pattern].cameo)
                        && (!charges.is_empty()
                            || matches
                                .iter()
                                .any(|m| self.patterns[m.pattern].cameo.starts_with("112")));
                    // a show of force (`a massé des blindés près d’Assab`, `deployed
                    // brigades along the border`) aims at whoever the story faces
                    let posture = self.patterns[pattern].cameo.starts_with("15")
                        && tree.word(w).upos == vigie_syntax::Upos::Verb;
                    // force used on a place (`captured Goma`, `s’est emparé de la
                    // ville de Bunia`) acts on the state where it lies (below)
                    let on_place = matches!(
                        self.patterns[pattern].cameo.get(..2),
                        Some("18" | "19" | "20")
                    ) && tree.word(w).upos == vigie_syntax::Upos::Verb
                        && {
                            // (places are in text order: those after the verb in its
                            // sentence)
                            let after = tokens[tree.word(w).token - sentence.tokens.start].span.end;
                            let from = input.places.partition_point(|p| p.span.start < after);
                            input.places[from..]
                                .iter()
                                .take_while(|p| p.span.end <= sentence.span.end)
                                .any(|p| p.role == vigie_geo::PlaceRole::Place)
                        };
                    if let Some(t) = weak_trigger(
                        tree,
                        w,
                        &frame,
                        &matches,
                        answers_charge || posture || on_place,
                    ) {
                        matches.push(matcher::Match {
                            pattern,
                            trigger: t,
                            end: t + 1,
                        });
                    }
                }
                // PETRARCH's verbs, in English, where nothing of ours triggered
                if let (Some(layer), vigie_core::Lang::En) = (&self.petrarch, sentence.lang) {
                    let syntax = &input.syntax[sentence.index];
                    for found in layer.coder.verbs(syntax) {
                        let Some(&pattern) = layer.pattern_of.get(&found.rule) else {
                            continue;
                        };
                        if self.patterns[pattern].cameo.starts_with("01") {
                            continue;
                        }
                        let frame = tree::Frame::default();
                        if let Some(t) = weak_trigger(tree, found.word, &frame, &matches, false) {
                            matches.push(matcher::Match {
                                pattern,
                                trigger: t,
                                end: t + 1,
                            });
                        }
                    }
                }
                // surface patterns first: a lemma never displaces what one codes
                matches.sort_by_key(|m| (self.frames[m.pattern].is_some(), m.trigger));
            }
            let sentence_start = events.len();
            // `ont convenu d’échanger …`, `agreed to deploy`: an intent and the act it
            // governs are one event, the intent
            // a lemma match never swallows a surface pattern's act (`a eu un
            // entretien téléphonique avec`: the pattern's 041, not the verb's 040)
            // an act someone is charged with (`a accusé l’Algérie d’avoir livré`) is
            // an event of its own, alleged by the accuser
            let charging = |a: &matcher::Match| {
                tree.as_ref().is_some_and(|t| {
                    t.word_of_token(a.trigger)
                        .is_some_and(|w| tree::charges(t.lemma(w)))
                })
            };
            let may_govern = |a: &matcher::Match, b: &matcher::Match| {
                (self.frames[a.pattern].is_none() || self.frames[b.pattern].is_some())
                    && !charging(a)
            };
            let governed: Vec<bool> = matches
                .iter()
                .map(|b| {
                    matches.iter().any(|a| {
                        // (`a` is `à` in French, an article in English)
                        let link = |k: usize| {
                            tokens.get(k).is_some_and(|t| match t.norm.as_str() {
                                "de" | "d'" | "to" => true,
                                "a" => sentence.lang == vigie_core::Lang::Fr,
                                _ => false,
                            })
                        };
                        (a.end..=a.end + 2).contains(&b.trigger)
                            && (link(a.end - 1) || (b.trigger > a.end && link(a.end)))
                            && !self.patterns[a.pattern].cameo.starts_with("01")
                            && may_govern(a, b)
                    })
                })
                .collect();
            // `a rejeté cet ultimatum`, `condemned the attack`: a noun that is the
            // object of another trigger names an act told elsewhere; in the tree, an
            // act that is the object or the `xcomp` of another is part of it (`a
            // menacé de fermer`, `a lancé une offensive`)
            let word = |m: &matcher::Match| tree.as_ref().and_then(|t| t.word_of_token(m.trigger));
            let governed: Vec<bool> = matches
                .iter()
                .zip(governed)
                .map(|(b, g)| {
                    let head = tree.as_ref().zip(word(b)).and_then(|(t, w)| t.governor(w));
                    // (`condemns the arrest of four citizens by the Kosovo police`:
                    // an act named with its own doer is told here, and coded)
                    let own_doer = tree
                        .as_ref()
                        .zip(word(b))
                        .is_some_and(|(t, w)| t.has_own_agent(w));
                    g || (args::is_nominal(tokens, b.trigger)
                        && !own_doer
                        && matches.iter().any(|a| {
                            a.end + 1 == b.trigger && a.end < b.trigger && may_govern(a, b)
                        }))
                        || (head.is_some()
                            && matches.iter().any(|a| {
                                word(a) == head
                                    && !self.patterns[a.pattern].cameo.starts_with("01")
                                    && may_govern(a, b)
                            }))
                })
                .collect();
            // `a bombardé trois villages où sept civils ont été tués`, `shelled a
            // market, where 31 people were killed`: the toll told in a clause on what
            // the violent act hit is that act's, not another
            let violent = |m: &matcher::Match| {
                matches!(
                    self.patterns[m.pattern].cameo.get(..2),
                    Some("18" | "19" | "20")
                )
            };
            let governed: Vec<bool> = matches
                .iter()
                .zip(governed)
                .map(|(b, g)| {
                    g || (violent(b)
                        && tree.as_ref().zip(word(b)).is_some_and(|(t, w)| {
                            matches.iter().any(|a| {
                                !std::ptr::eq(a, b)
                                    && violent(a)
                                    && word(a).is_some_and(|v| t.toll_of(v, w))
                            })
                        }))
                })
                .collect();
            // `claimed to have attacked`: the claim is the act, told as a claim
            let governed: Vec<bool> = matches
                .iter()
                .zip(governed)
                .map(|(a, g)| {
                    g || (self.patterns[a.pattern].cameo.starts_with("01")
                        && matches.iter().any(|b| {
                            b.trigger >= a.end
                                && b.trigger <= a.end + 2
                                && !self.patterns[b.pattern].cameo.starts_with("01")
                        }))
                })
                .collect();
            // `a dénoncé une « agression caractérisée »`, `dismissed the move as "an
            // attempt to shift blame"`: a noun quoted is a word someone used, not an act
            let governed: Vec<bool> = matches
                .iter()
                .zip(governed)
                .map(|(m, g)| g || characterisation(tokens, m.trigger))
                .collect();
            // `… et appelé les deux pays au calme`, `and urged both sides`: the
            // conjunction before a verb told as an act of its own ends the clause
            // before it
            let conjunctions: Vec<usize> = matches
                .iter()
                .zip(&governed)
                .filter(|(b, g)| !**g && !args::is_nominal(tokens, b.trigger))
                .filter_map(|(b, _)| args::conjunction_before(tokens, b.trigger))
                .collect();
            for (m, _) in matches.iter().zip(&governed).filter(|(_, g)| !**g) {
                let found = self.code_match(
                    input,
                    sentence,
                    tokens,
                    (&placed, tree.as_ref()),
                    m,
                    earlier_subjects,
                    &conjunctions,
                    dater,
                    (actors, &salience),
                );
                if violent(m) && found.iter().all(|e| e.source.is_none()) {
                    doerless_violence = true;
                }
                // `a condamné ce massacre`, `opened an investigation into the
                // abduction`: a reaction to a violent act targets its perpetrator
                // (a claim of one, `a revendiqué l’attaque`, targets its victim)
                let violent_object = tokens[m.trigger + 1..]
                    .iter()
                    .take(m.end - m.trigger + 4)
                    .any(|t| VIOLENT_NOUNS.iter().any(|v| t.norm.starts_with(v)));
                let claim = self.patterns[m.pattern].cameo.starts_with("01");
                // `Taipei a dénoncé une « intimidation »`, `rejected the allegations`:
                // a reaction to an act its object names without a doer answers
                // whoever did the last such act in the story
                let at = tree.as_ref().zip(word(m));
                let answered = at
                    .filter(|_| reaction(&self.patterns[m.pattern].cameo))
                    .and_then(|(t, w)| {
                        let p = self.lemmas.trigger(t, t.answered_act(w)?, sentence.lang)?;
                        Some(family(&self.patterns[p].cameo))
                    })
                    // (violence answers the story's lead act, below)
                    .filter(|f| *f != "18");
                let tells_act = at.is_some_and(|(t, w)| t.has_clause_complement(w));
                let told = &events[sentence_start..];
                let joined = args::conjunction_before(tokens, m.trigger).is_some();
                let found: Vec<Event> = found
                    .into_iter()
                    .map(|mut e| {
                        let mut implied = e.target.as_ref().is_some_and(|t| {
                            t.span.start < sentence.span.start || t.span.end > sentence.span.end
                        });
                        // `N’Djamena a démenti ces accusations et a dénoncé une
                        // campagne`: a verb coordinated with the one before, sharing
                        // its subject, shares its object's owner
                        if implied {
                            if let Some(o) = coordinated_with(told, &e, joined, actors) {
                                e.target.clone_from(&o.target);
                                implied = false;
                            }
                        }
                        if let Some(act) = answered {
                            let doer = events
                                .iter()
                                .rev()
                                .filter(|x| x.modality.is_factual() && family(&x.cameo) == act)
                                .filter_map(|x| x.source.as_ref())
                                .find(|d| e.source.as_ref().is_some_and(|s| !same_actor(s, d)));
                            if let Some(d) = doer {
                                e.target = Some(d.clone());
                                implied = false;
                            }
                        }
                        let wanted = if claim {
                            &lead_victim
                        } else {
                            &lead_perpetrator
                        };
                        if implied && violent_object {
                            if let Some(p) = wanted {
                                if e.source.as_ref().is_some_and(|s| !same_actor(s, p)) {
                                    e.target = Some(p.clone());
                                }
                            }
                        }
                        // `Kenya accused Somalia of arming militias. Mogadishu
                        // rejected the charge`: a denial or rejection answers the
                        // last charge against the one who denies it
                        // (`tout en démentant avoir fourni des armes au Polisario`:
                        // whom the denied act was aimed at is not whom the denial is)
                        if (implied || e.target.is_none() || tells_act) && denial(&e.cameo) {
                            let charged = told.iter().filter_map(charge_of);
                            let earlier = charges.iter().rev().map(|(a, c)| (a, c));
                            if let Some((accuser, _)) = e.source.as_ref().and_then(|s| {
                                charged
                                    .chain(earlier)
                                    .find(|(a, c)| same_actor(c, s) && !same_actor(a, s))
                            }) {
                                e.target = Some(accuser.clone());
                            }
                        }
                        // `Bamako et Ouagadougou ont averti qu’une intervention …`
                        // after the Cedeao threatened force: a warning answers the
                        // last threat or use of force by another
                        // (another state: the army and the government of one are
                        // one side)
                        let warning = e.cameo.starts_with("13");
                        if implied && warning && !violent_object {
                            if let Some(p) = &last_hostile {
                                if e.source.as_ref().is_some_and(|s| {
                                    !same_actor(s, p)
                                        && (s.country.is_none() || s.country != p.country)
                                }) {
                                    e.target = Some(p.clone());
                                }
                            }
                        }
                        e
                    })
                    .collect();
                // `and some of them set fire to one of its doors`, `certains d’entre
                // eux`: part of the group that acted first in the sentence
                let partitive = tokens[..m.trigger].windows(2).rev().take(4).any(|w| {
                    matches!(
                        (w[0].norm.as_str(), w[1].norm.as_str()),
                        ("of", "them") | ("entre", "eux" | "elles")
                    )
                });
                let first = events[sentence_start..].first().cloned();
                let found: Vec<Event> = found
                    .into_iter()
                    .map(|mut e| {
                        if let Some(f) = first.as_ref().filter(|_| partitive) {
                            e.source.clone_from(&f.source);
                            e.target.clone_from(&f.target);
                        }
                        e
                    })
                    .collect();
                // one event per dyad and root in a sentence: two patterns, or a
                // name and its anaphor, telling one act
                for e in found {
                    // `…, tuant onze personnes`, `…, killing six officers`: the toll of
                    // the attack just told, not a second act
                    let toll = (e.cameo.starts_with("18") || e.cameo.starts_with("20"))
                        && e.trigger.text.split_whitespace().next().is_some_and(|w| {
                            let w = vigie_text::fold(w);
                            (w.ends_with("ant") || w.ends_with("ing")) && w.len() >= 5
                        });
                    let twice = events[sentence_start..].iter().any(|o: &Event| {
                        same_act(o, &e)
                            || (toll
                                && matches!(o.cameo.get(..2), Some("18" | "19" | "20"))
                                && o.source
                                    .as_ref()
                                    .zip(e.source.as_ref())
                                    .is_some_and(|(a, b)| same_actor(a, b))
                                && (e.target.is_none()
                                    || o.target.as_ref().map(|t| &t.country)
                                        == e.target.as_ref().map(|t| &t.country)))
                    });
                    if !twice {
                        events.push(e);
                    }
                }
            }
            // a sentence whose subject is a pronoun (`Il a aussi accueilli le
            // ministre russe`) keeps the previous subject
            let pronoun_subject = opens_on_pronoun(tokens, &placed, tokens.len());
            // `le Niger a pris la même décision`, `Chad followed suit`: the act of the
            // last event told, by a new actor, on the same target unless one is named
            if matches.is_empty() {
                if let Some((trigger, end)) = same_again(tokens) {
                    // the main act of the last sentence that told one
                    let told = |e: &&Event| e.target.is_some() && e.modality.is_factual();
                    let last = events.iter().rev().find(told).and_then(|l| {
                        events
                            .iter()
                            .filter(told)
                            .find(|e| e.sentence == l.sentence)
                            .cloned()
                    });
                    let pattern = last
                        .as_ref()
                        .and_then(|e| self.patterns.iter().position(|p| p.rule == e.rule));
                    if let (Some(last), Some(pattern)) = (last, pattern) {
                        let m = matcher::Match {
                            pattern,
                            trigger,
                            end,
                        };
                        let found = self.code_match(
                            input,
                            sentence,
                            tokens,
                            (&placed, tree.as_ref()),
                            &m,
                            earlier_subjects,
                            &[],
                            dater,
                            (actors, &salience),
                        );
                        for mut e in found {
                            let named = e.target.as_ref().is_some_and(|t| {
                                t.span.start >= sentence.span.start
                                    && t.span.end <= sentence.span.end
                            });
                            if !named {
                                e.target.clone_from(&last.target);
                            }
                            if e.target.as_ref().is_some_and(|t| {
                                e.source.as_ref().is_some_and(|s| same_actor(t, s))
                            }) {
                                continue;
                            }
                            events.push(e);
                        }
                    }
                }
            }
            // A lemma alone adds an act only between actors no surface pattern of the
            // sentence already relates (`met their Moroccan counterpart`, `sent experts
            // to assist`: one act, told by the pattern).
            let lemma_only = |e: &Event| e.rule.starts_with("lemmas/");
            let pair = |e: &Event| {
                let key = |a: &Option<EventActor>| a.as_ref().map(|a| a.code.clone());
                let (a, b) = (key(&e.source), key(&e.target));
                if a <= b {
                    (a, b)
                } else {
                    (b, a)
                }
            };
            // (a target inferred from the story is no act the sentence relates)
            let told: Vec<_> = events[sentence_start..]
                .iter()
                .filter(|e| !lemma_only(e) && !e.implied_target)
                .map(|e| (pair(e), e.trigger.span))
                .collect();
            // (within a few words: a second verb further on may tell a second act)
            let near = |a: vigie_core::Span, b: vigie_core::Span| {
                a.start.abs_diff(b.end).min(b.start.abs_diff(a.end)) <= 40
            };
            let mut index = 0;
            events.retain(|e| {
                index += 1;
                index <= sentence_start
                    || !lemma_only(e)
                    || !told
                        .iter()
                        .any(|(p, span)| *p == pair(e) && near(*span, e.trigger.span))
            });
            if let Some(incident) = last_incident
                .as_ref()
                .filter(|_| retold::after_incident(tokens))
            {
                let days = days_after(tokens);
                for e in &mut events[sentence_start..] {
                    incident.apply(e, days);
                }
            }
            if let Some(d) = events[sentence_start..]
                .iter()
                .find_map(retold::IncidentDate::of)
            {
                last_incident = Some(d);
            }
            if let Some(e) = events[sentence_start..].iter().find(|e| {
                e.modality.is_factual()
                    && matches!(
                        e.cameo.get(..2),
                        Some("13" | "15" | "17" | "18" | "19" | "20")
                    )
            }) {
                last_hostile.clone_from(&e.source);
            }
            if let Some(e) = events[sentence_start..].iter().find(|e| {
                e.modality.is_factual()
                    && matches!(e.cameo.get(..2), Some("17" | "18" | "19" | "20"))
            }) {
                // `Les FSR ont pilonné El-Obeid. L’armée a répliqué par des frappes.
                // Le Conseil a condamné ces bombardements`: a reaction answers the
                // story's lead act, not the reply to it
                if lead_perpetrator.is_none() {
                    lead_perpetrator.clone_from(&e.source);
                    lead_victim.clone_from(&e.target);
                }
            } else if lead_perpetrator.is_none() && doerless_violence {
                // `A wave of drones struck …; the government blamed the RSF`: an act
                // told without its doer has the doer its victim blames
                if let Some(e) = events[sentence_start..]
                    .iter()
                    .find(|e| e.modality.is_factual() && e.cameo.starts_with("112"))
                {
                    lead_perpetrator.clone_from(&e.target);
                    lead_victim.clone_from(&e.source);
                }
            }
            for (a, c) in events[sentence_start..].iter().filter_map(charge_of) {
                charges.push((a.clone(), c.clone()));
            }
            let subjects = args::subject_group(tokens, &placed);
            if subjects.len() > 1 && events.len() > sentence_start {
                last_group.clone_from(&subjects);
            }
            if !subjects.is_empty() && !pronoun_subject {
                previous_subjects = subjects;
            }
        }
        events
    }

    #[allow(clippy::too_many_arguments)]
    fn code_match<'a>(
        &self,
        input: &DocumentInput<'_>,
        sentence: &Sentence,
        tokens: &[Token],
        (placed, tree): (&[args::Placed<'a>], Option<&tree::Tree<'_>>),
        m: &matcher::Match,
        previous_subjects: &[&'a ActorMention],
        conjunctions: &[usize],
        dater: &dating::Dater<'_>,
        (actors, salience): (&'a [ActorMention], &discourse::Salience),
    ) -> Vec<Event> {
        let pattern = &self.patterns[m.pattern];
        let mut arguments = args::assign(tokens, placed, m.trigger, m.end, conjunctions);
        let read = tree.and_then(|t| {
            let w = t.word_of_token(m.trigger)?;
            let frame = self.frames[m.pattern]
                .clone()
                .unwrap_or_else(|| tree::default_frame(&pattern.cameo, sentence.lang));
            let mut found = t.arguments(w, &frame);
            // a pattern that ends on its complementizer (`y voyant la preuve que`,
            // `saw it as proof that`) aims at the subject of the clause it introduces,
            // wherever the parser hung that clause
            if found.targets.is_empty() {
                if let Some(c) = m.end.checked_sub(1).and_then(|e| t.word_of_token(e)) {
                    found.targets = t.complement_subject(c);
                }
            }
            // to condemn or reject an act is to condemn or reject whoever did it
            if found.targets.is_empty() && matches!(pattern.cameo.get(..2), Some("11" | "12")) {
                found.targets = t.doers_of_object(w);
            }
            Some((t, w, found))
        });
        let mut subject_known = false;
        if let Some((t, w, found)) = &read {
            subject_known = tree::apply_tree(&mut arguments, placed, t, *w, found);
        }
        // `Saudi Arabia and Egypt condemned the strikes`: those who demand, blame,
        // reject, threaten or protest together do not do it to each other (unless the
        // text says they do it mutually)
        if arguments.pairs
            && matches!(
                pattern.cameo.get(..2),
                Some("10" | "11" | "12" | "13" | "14")
            )
        {
            arguments.targets.clear();
            arguments.pairs = false;
        }
        // `…sa frontière avec son voisin, qu’il accuse de …`: the pronoun after the
        // relative stands for the sentence's subject, the relative for its object
        let relative_pronoun = (m.trigger.saturating_sub(4)..m.trigger).find(|&r| {
            matches!(tokens[r].norm.as_str(), "que" | "qu'" | "which" | "whom")
                && tokens[r + 1..m.trigger].iter().any(|t| {
                    matches!(
                        t.norm.as_str(),
                        "il" | "ils" | "elle" | "elles" | "they" | "it"
                    )
                })
        });
        if let Some(r) = relative_pronoun {
            let antecedent = placed
                .iter()
                .rev()
                .find(|a| a.end <= r && !a.claimant)
                .map(|a| a.mention);
            let before: Vec<args::Placed> = placed.iter().filter(|a| a.end <= r).cloned().collect();
            let subjects: Vec<&ActorMention> = args::subject_group(tokens, &before)
                .into_iter()
                .filter(|s| antecedent.is_none_or(|a| !std::ptr::eq(*s, a)))
                .collect();
            if !subjects.is_empty() {
                arguments.sources = subjects;
                if arguments.targets.is_empty() {
                    arguments.targets.extend(antecedent);
                }
            }
        }
        // an act without a subject in its sentence (`Le lendemain, il a riposté`) is
        // the previous subject's, unless it is a noun (`le retrait`, `une frappe`)
        let noun = m.trigger > 0
            && matches!(
                tokens[m.trigger - 1].norm.as_str(),
                "le" | "la"
                    | "les"
                    | "l'"
                    | "du"
                    | "des"
                    | "au"
                    | "aux"
                    | "un"
                    | "une"
                    | "the"
                    | "an"
            )
            // English `a` is an article, French `a` the auxiliary (`il a menacé`)
            || (m.trigger > 0
                && sentence.lang == vigie_core::Lang::En
                && tokens[m.trigger - 1].norm == "a");
        // `warned that the United States might cut its funding`: a forecast about
        // another, not a threat to it
        let forecast = pattern.cameo.starts_with("13")
            && tokens[m.trigger..m.end.min(tokens.len())]
                .iter()
                .chain(tokens.get(m.end))
                .any(|t| matches!(t.norm.as_str(), "that" | "que" | "qu'"))
            && tokens[m.end..].iter().take(7).any(|t| {
                matches!(
                    t.norm.as_str(),
                    "might" | "could" | "may" | "pourrait" | "pourraient" | "risque" | "risquent"
                )
            });
        if forecast {
            return Vec::new();
        }
        // `l’Africa Corps, appelé à prendre le relais`: a participle without its
        // auxiliary is passive, called upon rather than calling
        let bare_participle = pattern.cameo.starts_with("02")
            && matches!(
                tokens[m.trigger].norm.as_str(),
                "appele" | "appelee" | "appeles" | "appelees"
            )
            && m.trigger.checked_sub(1).is_none_or(|k| {
                !matches!(
                    tokens[k].norm.as_str(),
                    "a" | "ont"
                        | "avait"
                        | "avaient"
                        | "aurait"
                        | "auraient"
                        | "aussi"
                        | "egalement"
                        | "ensuite"
                        | "deja"
                        | "notamment"
                        | "encore"
                        | "alors"
                        | "lui"
                        | "leur"
                        | "pas"
                        | "l'"
                        | "les"
                        | "se"
                        | "s'"
                        | "est"
                        | "sont"
                        | "et"
                        | "puis"
                        | "mais"
                )
            });
        if bare_participle {
            return Vec::new();
        }
        // `any attack on French nationals`, `toute intervention`: no act in particular
        let any = m
            .trigger
            .checked_sub(1)
            .map(|k| tokens[k].norm.as_str())
            .is_some_and(|w| matches!(w, "any" | "toute" | "tout" | "aucun" | "aucune" | "no"));
        if any {
            return Vec::new();
        }
        // `Deux kamikazes se sont fait exploser …, tuant onze personnes`: unnamed
        // attackers as the subject are the story's armed group, not a state named
        // after them
        if matches!(pattern.cameo.get(..2), Some("18" | "19" | "20")) {
            let attackers = tokens[..m.trigger]
                .iter()
                .position(|t| ATTACKER_NOUNS.contains(&t.norm.as_str()));
            let named_before = |k: usize| {
                placed
                    .iter()
                    .any(|a| a.first < k && !a.mention.locative && !a.claimant)
            };
            if attackers.is_some_and(|k| !named_before(k)) {
                if let Some(group) = salience.implied_group(actors, &[]) {
                    arguments.sources = vec![group];
                }
            }
        }
        // `des centaines de personnes ont manifesté à Niamey`: protesters are of the
        // place where they marched
        if arguments.sources.is_empty() && pattern.cameo.starts_with("14") {
            if let Some(place) = placed
                .iter()
                .find(|a| a.mention.locative && a.first > m.trigger && a.mention.org.is_none())
            {
                arguments.sources.push(place.mention);
                arguments
                    .targets
                    .retain(|t| !std::ptr::eq(*t, place.mention));
            } else if let Some(place) = actors.iter().rev().find(|a| {
                // (`Des manifestants ont brûlé un drapeau`: of the last place named)
                a.locative && a.org.is_none() && a.span.end <= tokens[m.trigger].span.start
            }) {
                if arguments.targets.iter().all(|t| t.country != place.country) {
                    arguments.sources.push(place);
                }
            }
        }
        // `Quatre employés … ont été arrêtés fin novembre` in a report from Bamako: an
        // arrest without agent or place is made by the state the report comes from
        if arguments.agentless && pattern.cameo.starts_with("17") {
            let dateline = discourse::dateline_end(input.text, &input.analysis.sentences);
            // (the dateline's city, a capital read as its state or not)
            let home = input
                .places
                .iter()
                .filter(|p| {
                    matches!(
                        p.role,
                        vigie_geo::PlaceRole::Place | vigie_geo::PlaceRole::Actor
                    )
                })
                .find(|p| p.span.end <= dateline)
                .and_then(|p| p.country.as_ref());
            if let Some(home) = home {
                // (the state, not the patients: `employés maliens` are not their own
                // captors)
                let patient =
                    |a: &ActorMention| arguments.targets.iter().any(|t| std::ptr::eq(*t, a));
                arguments.sources.extend(
                    actors.iter().chain(input.actors).find(|a| {
                        a.country.as_ref() == Some(home) && a.org.is_none() && !patient(a)
                    }),
                );
            }
        }
        if arguments.sources.is_empty() && !noun && !arguments.patient_only && !subject_known {
            // a sentence that opens on a subject pronoun (`Elle a rejeté … et
            // déploré`) keeps the previous subject for all its verbs
            let opens_on_pronoun =
                opens_on_pronoun(tokens, placed, m.trigger) && !previous_subjects.is_empty();
            let patient = |a: &args::Placed| {
                arguments
                    .targets
                    .iter()
                    .any(|t| std::ptr::eq(*t, a.mention))
            };
            let fallback = placed
                .iter()
                .rev()
                .find(|a| a.end <= m.trigger && !a.mention.locative && !a.claimant && !patient(a))
                .map(|a| a.mention)
                .filter(|_| !opens_on_pronoun);
            match fallback {
                Some(f) => arguments.sources.push(f),
                // `Les participants ont convenu…`, `Ils ont signé…`: the previous
                // sentence's subjects, together
                None => {
                    let plural = tokens[..m.trigger].iter().rev().take(4).any(|t| {
                        matches!(
                            t.norm.as_str(),
                            "ils"
                                | "elles"
                                | "they"
                                | "participants"
                                | "signataires"
                                | "delegations"
                                | "signatories"
                        )
                    });
                    let n = if plural { previous_subjects.len() } else { 1 };
                    arguments
                        .sources
                        .extend(previous_subjects.iter().take(n).copied());
                }
            }
            arguments.borrowed_source = true;
            if arguments.sources.len() > 1 && arguments.targets.is_empty() {
                arguments.targets = arguments.sources.clone();
                arguments.pairs = true;
            }
        }
        // `Ethiopia and Eritrea signed a peace agreement in Riyadh`: where two parties
        // meet, agree or sign is the venue, not their counterpart (a visit's host is)
        let cooperative = matches!(
            pattern.cameo.get(..2),
            Some("03" | "04" | "05" | "06" | "07" | "08")
        ) && !matches!(pattern.cameo.get(..3), Some("042" | "043"));
        if cooperative
            && arguments.sources.len() > 1
            && !arguments.targets.is_empty()
            && arguments.targets.iter().all(|t| t.locative)
        {
            arguments.targets = arguments.sources.clone();
            arguments.pairs = true;
        }
        // a target that is the source itself (`la Cedeao a protesté au nom de ses
        // membres`: the members are the Cedeao) is no target
        let own = |t: &ActorMention| {
            arguments.sources.iter().all(|s| {
                (s.org.is_some() && s.org == t.org)
                    || (s.org.is_none() && t.org.is_none() && s.country == t.country)
            })
        };
        let mutual = arguments
            .targets
            .iter()
            .any(|t| arguments.sources.iter().any(|s| std::ptr::eq(*s, *t)));
        if !mutual && !arguments.sources.is_empty() && arguments.targets.iter().all(|t| own(t)) {
            arguments.targets.clear();
        }
        // `Bamako et Ouagadougou ont averti … contre leurs deux pays`: of several
        // sources, none is a target of the others unless they act on each other
        if !mutual && !arguments.pairs && arguments.sources.len() > 1 {
            let others: Vec<&ActorMention> = arguments
                .targets
                .iter()
                .copied()
                .filter(|t| {
                    !arguments.sources.iter().any(|s| {
                        s.org.is_none()
                            && t.org.is_none()
                            && s.country.is_some()
                            && s.country == t.country
                    })
                })
                .collect();
            // (all of them: the two sides of one joint act, kept, unless the sources'
            // own, `contre leurs deux pays`)
            let theirs = arguments.targets.iter().any(|t| {
                t.entry == "anaphor:dual" && {
                    let f = vigie_text::fold(&t.text);
                    f.starts_with("leurs") || f.starts_with("their")
                }
            });
            if !others.is_empty() || theirs {
                arguments.targets = others;
            }
        }
        // a clause that names no target acts on the actor the document is about
        // (not when the subject too is guessed, unless a pronoun stands for it)
        let pronoun = tokens[..m.trigger].iter().rev().take(4).any(|t| {
            matches!(
                t.norm.as_str(),
                "il" | "ils" | "elle" | "elles" | "they" | "it" | "he" | "she"
            )
        });
        // (unnamed civilians killed are the victims, see `civilians`)
        let killing = matches!(pattern.cameo.get(..2), Some("18" | "19" | "20"))
            && tokens
                .iter()
                .any(|t| CIVILIAN_NOUNS.contains(&t.norm.as_str()));
        if arguments.targets.is_empty()
            && !killing
            && !arguments.sources.is_empty()
            && (!arguments.borrowed_source || pronoun)
            && (implies_target(tokens, m.trigger, &pattern.cameo)
                || (arguments.agent_noun && !pattern.cameo.starts_with("18"))
                || own_forces_leave(tokens, m.trigger, &pattern.cameo))
        {
            // `qu’il accuse`, `which Rwanda denies`: the object is what the relative
            // pronoun stands for, the actor before it
            let relative = tokens[..m.trigger]
                .iter()
                .rposition(|t| matches!(t.norm.as_str(), "que" | "qu'" | "which" | "what" | "whom"))
                .filter(|&r| m.trigger - r <= 4);
            // `rejected the criticism`, `a dénoncé cette décision`: an object that
            // points back at the previous act targets whoever did it
            // (the noun may be part of the pattern: `démenti ces accusations`)
            let reaction = tokens[m.trigger + 1..]
                .iter()
                .take(m.end - m.trigger + 2)
                .any(|t| REACTION_NOUNS.contains(&t.norm.as_str()));
            let previous = previous_subjects
                .iter()
                .find(|p| {
                    arguments.sources.iter().all(|s| {
                        let same_org = s.org.is_some() && s.org == p.org;
                        let same_state =
                            s.org.is_none() && p.org.is_none() && s.country == p.country;
                        !same_org && !same_state
                    })
                })
                .copied();
            // `…, ce que Paris a démenti`, `…, which Bamako denied`: the relative
            // stands for the whole clause before it, told by the sentence's subject
            let clausal = relative.filter(|&r| {
                r > 0
                    && (tokens[r - 1].norm == "ce"
                        || (tokens[r - 1].norm == "," && tokens[r].norm == "which"))
            });
            let speaker = clausal.and_then(|r| {
                let before: Vec<args::Placed> =
                    placed.iter().filter(|a| a.end <= r).cloned().collect();
                args::subject_group(tokens, &before).into_iter().find(|t| {
                    arguments
                        .sources
                        .iter()
                        .all(|s| s.country != t.country || s.org != t.org)
                })
            });
            match relative {
                Some(_) if speaker.is_some() => arguments.targets.extend(speaker),
                None if reaction && previous.is_some() => arguments.targets.extend(previous),
                Some(r) => arguments.targets.extend(
                    placed
                        .iter()
                        .rev()
                        .find(|a| a.end <= r && !a.claimant)
                        .map(|a| a.mention)
                        .filter(|t| {
                            arguments
                                .sources
                                .iter()
                                .all(|s| s.country != t.country || s.org != t.org)
                        }),
                ),
                // `contre les groupes armés`, `against jihadists`: the act has a
                // target, unnamed; the story's other state is not it, its armed
                // group may be
                None if unnamed_adversary(tokens, &pattern.cameo) => arguments
                    .targets
                    .extend(salience.implied_group(actors, &arguments.sources)),
                None => arguments.targets.extend(salience.implied_target(
                    actors,
                    &arguments.sources,
                    &pattern.cameo,
                )),
            }
            arguments.implied_target = !arguments.targets.is_empty();
        }
        // `…, Human Rights Watch said in a report`, `…, a indiqué l’ONU`, `selon
        // Washington`: who tells the act is no party to it
        arguments.targets.retain(|t| {
            let Some(p) = placed.iter().find(|p| std::ptr::eq(p.mention, *t)) else {
                return true;
            };
            // (`selon Washington`, `according to Kyiv`: whoever the act is told by)
            if p.claimant {
                return false;
            }
            let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
            let after_comma = p.first > 0 && w(p.first - 1) == ",";
            let tells = (p.end..p.end + 2).any(|k| {
                matches!(w(k), "said" | "says" | "told" | "reported" | "added")
                    || (w(k) == "a"
                        && ["indiqu", "declar", "affirm", "precis", "rapport", "annonc"]
                            .iter()
                            .any(|v| w(k + 1).starts_with(v)))
            });
            let inverted = p.first > 1
                && w(p.first - 2) == ","
                && [
                    "indiqu", "declar", "affirm", "precis", "rapport", "annonc", "said", "says",
                ]
                .iter()
                .any(|v| w(p.first - 1).starts_with(v));
            !((after_comma && tells) || inverted)
        });
        // `des passagers, parmi lesquels des commerçants maliens et togolais`: the
        // victims are one group, whatever the list of who was among them
        if let Some(k) = tokens[m.end..]
            .iter()
            .position(|t| matches!(t.norm.as_str(), "lesquels" | "lesquelles" | "including"))
        {
            let from = tokens[m.end + k].span.end;
            let listed = arguments
                .targets
                .iter()
                .filter(|t| t.span.start >= from)
                .count();
            if listed > 1 {
                let mut seen = false;
                arguments.targets.retain(|t| {
                    let keep = t.span.start < from || !seen;
                    seen |= t.span.start >= from;
                    keep
                });
            }
        }
        let claimant = placed
            .iter()
            .find(|a| a.claimant)
            .map(|a| a.mention)
            .or_else(|| reporter(tokens, placed, m.trigger));
        let clause_start = tokens[..m.trigger]
            .iter()
            .rposition(|t| t.norm == ";")
            .map_or(0, |i| i + 1);
        let mut modality = modality::modality(tokens, clause_start, m.trigger, claimant.is_some());
        // `Pyongyang denied the report`: a denial coded as one (rejection, denied
        // responsibility) is made, not denied
        let denial_code = pattern.cameo.starts_with("12") || pattern.cameo.starts_with("016");
        let denial_word = |t: &Token| t.norm.starts_with("deni") || t.norm.starts_with("dement");
        if denial_code
            && modality == modality::Modality::Negated
            && denial_word(&tokens[m.trigger])
            && !tokens[clause_start..m.trigger]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "pas" | "not" | "n't" | "never" | "jamais"))
        {
            modality = modality::Modality::Asserted;
        }
        let mut claimant = claimant;
        // the tree's reading, where it marks one: negation and mood on the verb,
        // the verb that governs it, the speech verb whose complement it is
        if let Some((t, w, _)) = &read {
            if let Some((m, speaker)) = t.modality(*w) {
                modality = m;
                if claimant.is_none() {
                    claimant = speaker.map(|p| placed[p].mention);
                }
            }
        }
        let trigger_span = tokens[m.trigger].span.cover(tokens[m.end - 1].span);
        // `plus de 400 personnes auraient été tuées`, `hundreds of villagers were
        // killed`: a killing of a hundred civilians or more is a mass killing
        // `Le Pakistan a protesté contre…`, `Islamabad protested to Kabul`: a state or
        // a body that protests complains officially; crowds demonstrate
        let official = |a: &&ActorMention| {
            use vigie_lexicon::MentionKind::{Capital, Country, Org, Person};
            matches!(a.kind, Country | Capital | Person | Org) && !a.locative
        };
        let cameo = if pattern.cameo.starts_with("18") && mass_killing(tokens) {
            "202"
        } else if pattern.cameo == "141"
            && !arguments.sources.is_empty()
            && arguments.sources.iter().all(official)
        {
            "114"
        } else if pattern.cameo == "181"
            && !arguments.sources.is_empty()
            && arguments.sources.iter().all(|a| state_force(a))
            && ["seiz", "arraison", "board"]
                .iter()
                .any(|w| tokens[m.trigger].norm.starts_with(w))
        {
            // `US forces seized an Iranian-flagged tanker`: a state that seizes or
            // boards a ship confiscates it; pirates and armed groups hijack
            "1711"
        } else {
            pattern.cameo.as_str()
        };
        let info = self.ontology.cameo(cameo);
        let plover = self.ontology.plover(cameo);
        // the trigger's clause ends at `;` or at a comma before a new coordinated
        // clause (`, et le Parlement a adopté`, `, and Paris`)
        let clause_end = tokens[m.end..]
            .iter()
            .enumerate()
            .find(|(k, t)| {
                t.norm == ";"
                    || (t.norm == ","
                        && tokens.get(m.end + k + 1).is_some_and(|n| {
                            matches!(
                                n.norm.as_str(),
                                "et" | "and" | "mais" | "but" | "puis" | "while" | "alors"
                            )
                        })
                        // a new clause has its own verb soon (`, et le Parlement a
                        // adopté`), a list of nouns does not (`, and two officers`)
                        && tokens[m.end + k + 1..].iter().take(6).any(|n| {
                            (n.norm == "a" && sentence.lang == vigie_core::Lang::Fr)
                                || matches!(
                                n.norm.as_str(),
                                "ont"
                                    | "avait"
                                    | "avaient"
                                    | "has"
                                    | "have"
                                    | "had"
                                    | "was"
                                    | "were"
                                    | "est"
                                    | "sont"
                            )
                        }))
            })
            .map_or(sentence.span.end, |(_, t)| t.span.start);
        // what someone says, demands or denies is dated near the verb: a date further
        // on (`accused … of expelling migrants earlier in July`) dates what was said
        let speech = matches!(
            pattern.cameo.get(..2),
            Some("01" | "02" | "10" | "11" | "12" | "13")
        );
        // a verb that judges, answers or asks about an act: its object has a day of
        // its own
        let reacts = matches!(
            pattern.cameo.get(..2),
            Some("01" | "02" | "05" | "10" | "11" | "12" | "13")
        );
        let clause_end = if speech {
            clause_end.min(trigger_span.end + 30)
        } else {
            clause_end
        };
        let mut date = dater.date(
            sentence.index,
            trigger_span.start,
            (sentence.span.start, clause_end),
            |x| {
                read.as_ref().is_some_and(|(t, w, _)| {
                    t.in_noun_clause(*w, x.span.start) || (reacts && t.dates_object(*w, x.span))
                })
            },
        );
        // `Deux jours après le départ des soldats, …`: N days after the act just told
        // and `a rappelé mercredi son ambassadeur, au lendemain de l’expulsion de …`:
        // the act the noun names took place the day before the clause's
        let after = days_after(tokens).filter(|_| {
            date.as_ref()
                .is_some_and(|d| d.source == dating::DateSource::Narrative)
        });
        let offset = read
            .as_ref()
            .and_then(|(t, w, _)| t.day_offset(*w))
            .filter(|_| {
                date.as_ref()
                    .is_some_and(|d| d.precision == vigie_time::Precision::Day)
            });
        for n in after.into_iter().chain(offset) {
            if let Some(d) = date.as_mut().filter(|d| d.date_end.is_none()) {
                if let Some(day) = dating::shift_day(&d.date, n) {
                    d.date = day;
                }
            }
        }
        // the member of a counted series, an act named as a cause without a date of
        // its own: told before, or background (`retold.rs`)
        let own_date = date
            .as_ref()
            .is_some_and(|d| d.source == dating::DateSource::Sentence);
        if retold::counted_series(tokens, m.trigger)
            || (!own_date && noun && retold::named_as_cause(tokens, m.trigger))
        {
            return Vec::new();
        }
        let place = event_place(input.places, sentence.span, trigger_span);
        let mut confidence: f32 = 0.5;
        if !arguments.borrowed_source {
            confidence += 0.2;
        }
        if arguments.implied_target {
            confidence -= 0.1;
        }
        if m.end - m.trigger > 1 {
            confidence += 0.1;
        }
        let mut out = Vec::new();
        let sources = expand_members(input.text, &arguments.sources);
        let violent = matches!(pattern.cameo.get(..2), Some("18" | "19" | "20"));
        // `delivered medical supplies to the hospital in Bol`: aid goes where it is
        // delivered, not to the story's other actor; `ont pilonné plusieurs quartiers
        // d’El-Obeid`: force acts on the state where it is used, its own too (its
        // people) when what is hit is the place (`ont touché la localité d’Adré`)
        let hits_place = violent
            && tokens[m.end..]
                .iter()
                .take_while(|t| t.norm != "," && t.norm != ";")
                .any(|t| PLACE_NOUNS.contains(&t.norm.as_str()));
        // (an armed group fights the state where it acts, its own too)
        let armed = !sources.is_empty()
            && sources
                .iter()
                .all(|s| s.org.is_some() && armed_role(s.role.as_deref()));
        let local = || {
            let p = place.as_ref().filter(|p| {
                (hits_place
                    || armed
                    || sources
                        .iter()
                        .all(|s| s.country.as_ref() != Some(&p.country)))
                    && input
                        .actors
                        .iter()
                        .any(|a| a.country.as_ref() == Some(&p.country))
            })?;
            let own = !armed
                && sources
                    .iter()
                    .any(|s| s.country.as_ref() == Some(&p.country));
            let role = own.then(|| "CVL".to_string());
            // the words written (`Bol`), not the gazetteer's name for them
            Some(EventActor {
                text: p.span.slice(input.text).to_string(),
                span: p.span,
                code: format!("{}{}", p.country, role.as_deref().unwrap_or_default()),
                country: Some(p.country.clone()),
                org: None,
                role,
            })
        };
        let targets: Vec<Option<EventActor>> = if arguments.targets.is_empty() {
            // `plus de 400 personnes auraient été tuées`, `executed 223 villagers`,
            // `arrested 12 protesters`: unnamed civilians, of the country where it
            // happened
            let coerced = violent || pattern.cameo.starts_with("17");
            let victims = coerced
                .then(|| civilians(input, sentence, tokens, place.as_ref(), &sources))
                .flatten()
                .or_else(|| violent.then(local).flatten());
            vec![victims]
        } else if arguments.implied_target
            && matches!(
                pattern.cameo.get(..2),
                Some("07" | "15" | "17" | "18" | "19" | "20")
            )
        {
            match local() {
                Some(t) => vec![Some(t)],
                None => expand_members(input.text, &arguments.targets)
                    .into_iter()
                    .map(Some)
                    .collect(),
            }
        } else {
            expand_members(input.text, &arguments.targets)
                .into_iter()
                .map(Some)
                .collect()
        };
        for (i, s) in sources.iter().enumerate() {
            for (j, t) in targets.iter().enumerate() {
                // coordinated subjects that act together: each pair once
                if arguments.pairs && j <= i {
                    continue;
                }
                let (s, t) = (s.clone(), t.clone());
                let civilian = t.as_ref().is_some_and(|t| t.role.as_deref() == Some("CVL"));

                if !civilian && t.as_ref().is_some_and(|t| same_actor(t, &s)) {
                    continue;
                }
                let mut event = Event {
                    doc: input.doc.to_string(),
                    id: String::new(),
                    sentence: sentence.index,
                    span: sentence.span,
                    text: sentence.span.slice(input.text).to_string(),
                    trigger: Trigger {
                        text: trigger_span.slice(input.text).to_string(),
                        span: trigger_span,
                    },
                    confidence: if t.is_some() {
                        confidence + 0.1
                    } else {
                        confidence
                    },
                    implied_target: arguments.implied_target && t.is_some(),
                    source: Some(s),
                    target: t,
                    cameo: cameo.to_string(),
                    cameo_name: info.map(|i| i.name.clone()),
                    goldstein: info.map(|i| i.goldstein),
                    quad_class: info.map(|i| i.quad_class),
                    plover: plover.map(|p| p.name.to_string()),
                    plover_mode: plover.and_then(|p| p.mode).map(str::to_string),
                    date: None,
                    date_end: None,
                    date_precision: None,
                    date_source: None,
                    place: None,
                    modality,
                    claimed_by: claimant
                        .filter(|_| {
                            matches!(
                                modality,
                                Modality::Alleged | Modality::Reported | Modality::Negated
                            )
                        })
                        .map(EventActor::from_mention),
                    contested_with: Vec::new(),
                    rule: pattern.rule.clone(),
                    versions: self.versions.clone(),
                };
                event.set_date(date.clone());
                event.place = place.clone();
                event.id = format!("{}:{}:{}", input.doc, sentence.index, trigger_span.start);
                out.push(event);
            }
        }
        // `Ouagadougou pourrait expulser des diplomates si Abidjan ne livre pas …`: a
        // hostile act made conditional is also a threat, told as the act would be
        // (a condition on the other side, `si Abidjan ne livre pas`, `unless`; not
        // `si la crise s’aggrave`)
        let rest: Vec<&str> = tokens[m.end..]
            .iter()
            .map(|t| t.norm.as_str())
            .take_while(|w| *w != ";")
            .collect();
        let conditional = rest.iter().any(|w| matches!(*w, "unless" | "faute"))
            || rest
                .iter()
                .position(|w| matches!(*w, "si" | "if"))
                .is_some_and(|k| {
                    rest[k..].iter().any(|w| {
                        matches!(*w, "pas" | "not" | "n't" | "fails" | "refuse" | "refuses")
                    })
                });
        let hostile = matches!(
            pattern.cameo.get(..2),
            Some("15" | "16" | "17" | "18" | "19" | "20")
        );
        if conditional && hostile && modality == Modality::Hypothetical {
            let threat = "130";
            let info = self.ontology.cameo(threat);
            let plover = self.ontology.plover(threat);
            let told = if claimant.is_some() {
                Modality::Reported
            } else {
                Modality::Asserted
            };
            let threats: Vec<Event> = out
                .iter()
                .filter(|e| e.target.is_some())
                .map(|e| {
                    let mut t = e.clone();
                    t.cameo = threat.to_string();
                    t.cameo_name = info.map(|i| i.name.clone());
                    t.goldstein = info.map(|i| i.goldstein);
                    t.quad_class = info.map(|i| i.quad_class);
                    t.plover = plover.map(|p| p.name.to_string());
                    t.plover_mode = plover.and_then(|p| p.mode).map(str::to_string);
                    t.modality = told;
                    t.claimed_by = claimant
                        .filter(|_| told == Modality::Reported)
                        .map(EventActor::from_mention);
                    t.rule = format!("{} (conditional threat)", e.rule);
                    t
                })
                .collect();
            out.extend(threats);
        }
        for (n, e) in out.iter_mut().enumerate() {
            e.id = format!("{}:{n}", e.id);
        }
        out
    }
}

/// The actors, sorted by position, that may lie within `tokens`: a binary search
/// rather than a scan of the document's actors for every sentence (defect 7).
fn sentence_actors<'a>(actors: &'a [ActorMention], tokens: &[Token]) -> &'a [ActorMention] {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return &[];
    };
    let lo = actors.partition_point(|a| a.span.start < first.span.start);
    let hi = actors.partition_point(|a| a.span.start <= last.span.end);
    &actors[lo..hi.max(lo)]
}

/// The actors of an event; an organisation of states named through a count of its
/// members (`les trois pays de l’AES`, `the three AES countries`) stands for each.
fn expand_members(text: &str, mentions: &[&ActorMention]) -> Vec<EventActor> {
    let mut out = Vec::new();
    for m in mentions {
        let start = m.span.start as usize;
        let lead = text[..start]
            .char_indices()
            .rev()
            .nth(24)
            .map_or(0, |(i, _)| i);
        let before = vigie_text::fold(&text[lead..start]);
        // only a count of members names them one by one (`les trois pays de l’AES`);
        // `les pays de l’AES` is the group itself
        let before = before.trim_end();
        let counted = before.split_whitespace().rev().take(4).any(|w| {
            matches!(
                w,
                "deux" | "trois" | "quatre" | "cinq" | "two" | "three" | "four" | "five"
            )
        });
        let through_members = counted
            && ["pays", "membres", "countries", "members", "states", "etats"]
                .iter()
                .any(|w| before.contains(w));
        if m.members.is_empty() || !through_members {
            out.push(EventActor::from_mention(m));
            continue;
        }
        for country in &m.members {
            out.push(EventActor {
                text: m.text.clone(),
                span: m.span,
                country: Some(country.clone()),
                org: None,
                role: None,
                code: country.clone(),
            });
        }
    }
    out
}

/// The place of an event: the place named in its sentence closest to the trigger,
/// preferring one after it (`abattu près de Tin Zaouatine`), regions aside; a country
/// counts only through the part of it a region description names (`dans le nord du
/// Mali`), which is then the place.
fn event_place(
    places: &[vigie_geo::PlaceMention],
    sentence: vigie_core::Span,
    trigger: vigie_core::Span,
) -> Option<EventPlace> {
    places
        .iter()
        .filter(|p| p.role == vigie_geo::PlaceRole::Place && p.country.is_some())
        .filter_map(|p| match &p.part {
            Some(part) => Some((p, part.span, part.text.as_str(), part.lat, part.lon)),
            None if p.feature != vigie_geo::Feature::Country => {
                Some((p, p.span, p.name.as_str(), p.lat, p.lon))
            }
            None => None,
        })
        .filter(|(_, span, ..)| span.start >= sentence.start && span.end <= sentence.end)
        .min_by_key(|(_, span, ..)| {
            if span.start >= trigger.end {
                span.start - trigger.end
            } else {
                2 * (trigger.start - span.end.min(trigger.start))
            }
        })
        .map(|(p, span, name, lat, lon)| EventPlace {
            name: name.to_string(),
            country: p.country.clone().unwrap_or_default(),
            lat,
            lon,
            geonames_id: p.geonames_id,
            span,
        })
}

/// A noun of withdrawal followed by the actor's own forces (`le départ de ses
/// soldats`, `the withdrawal of its troops`): they leave the story's other actor.
fn own_forces_leave(tokens: &[Token], trigger: usize, cameo: &str) -> bool {
    cameo.starts_with("087")
        && tokens[trigger + 1..].iter().take(3).any(|t| {
            matches!(
                t.norm.as_str(),
                "ses" | "son" | "sa" | "leurs" | "leur" | "its" | "their"
            )
        })
}

/// Whether a sentence counts its dead by the hundred (`plus de 400 personnes`,
/// `des centaines de civils`, `at least 223 villagers`).
fn mass_killing(tokens: &[Token]) -> bool {
    tokens.windows(2).any(|w| {
        let count = matches!(
            w[0].norm.as_str(),
            "centaines" | "milliers" | "hundreds" | "thousands"
        ) || w[0]
            .norm
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .parse::<u32>()
            .is_ok_and(|n| n >= 100);
        let people = (w[1].norm == "de" || w[1].norm == "of")
            || CIVILIAN_NOUNS.contains(&w[1].norm.as_str());
        count && people
    })
}

/// Unnamed civilians (`des villageois`, `400 personnes`, `civilians`) in a sentence,
/// as victims of the country where it happened: the event's place, else the last
/// place the document named before, else the country of the state that acted.
fn civilians(
    input: &DocumentInput<'_>,
    sentence: &Sentence,
    tokens: &[Token],
    place: Option<&EventPlace>,
    sources: &[EventActor],
) -> Option<EventActor> {
    let civilian = tokens
        .iter()
        .find(|t| CIVILIAN_NOUNS.contains(&t.norm.as_str()));
    // `attacked a police convoy near Mandera`: the forces of the place's state, when
    // an armed group attacks them
    let by_group = sources.first().is_some_and(|s| s.org.is_some());
    let forces = tokens
        .iter()
        .find(|t| by_group && FORCES_NOUNS.contains(&t.norm.as_str()));
    let (noun, role) = match (civilian, forces) {
        (Some(n), _) => (n, "CVL"),
        (None, Some(n))
            if matches!(
                n.norm.as_str(),
                "police" | "policiers" | "gendarmes" | "gendarmerie"
            ) =>
        {
            (n, "COP")
        }
        (None, Some(n)) => (n, "MIL"),
        (None, None) => return None,
    };
    // a place in a country the story names (a village name may exist elsewhere too),
    // or a city, whose name is seldom another country's village (`Russian missiles
    // killed 12 civilians in Kharkiv`)
    let named = |c: &String| input.actors.iter().any(|a| a.country.as_ref() == Some(c));
    let city = |p: &&EventPlace| {
        input
            .places
            .iter()
            .any(|m| m.span == p.span && m.feature == vigie_geo::Feature::City)
    };
    let country = place
        .filter(|p| city(p) || named(&p.country))
        .map(|p| p.country.clone())
        .or_else(|| {
            input
                .places
                .iter()
                .rev()
                .filter(|p| p.role == vigie_geo::PlaceRole::Place)
                .filter(|p| p.span.end <= sentence.span.end)
                .filter_map(|p| p.country.clone())
                .find(named)
        })
        // no place: a state's forces at home
        .or_else(|| {
            sources
                .first()
                .filter(|s| s.org.is_none() && role == "CVL")
                .and_then(|s| s.country.clone())
        })?;
    Some(EventActor {
        text: noun.span.slice(input.text).to_string(),
        span: noun.span,
        code: format!("{country}{role}"),
        country: Some(country),
        org: None,
        role: Some(role.to_string()),
    })
}

/// Whether token `i` stands inside a quoted characterisation: quotation marks that
/// open after an article or `as`, `comme`, `de` (`une « agression caractérisée »`,
/// `dismissed the move as "an attempt to shift blame"`), a phrase someone used
/// rather than an act told.
fn characterisation(tokens: &[Token], i: usize) -> bool {
    let mut open: Vec<usize> = Vec::new();
    for (k, t) in tokens[..i].iter().enumerate() {
        match t.norm.as_str() {
            "«" | "“" => open.push(k),
            "»" | "”" => {
                open.pop();
            }
            "\"" if open.last().is_some_and(|&o| tokens[o].norm == "\"") => {
                open.pop();
            }
            "\"" => open.push(k),
            _ => {}
        }
    }
    open.first().is_some_and(|&o| {
        o > 0
            && matches!(
                tokens[o - 1].norm.as_str(),
                "un" | "une" | "des" | "de" | "d'" | "comme" | "an" | "as" | "the" | "of"
            )
    })
}

/// The event told just before `e` in its sentence whose verb `e`'s is coordinated
/// with (`a démenti … et a dénoncé`, `rejected … and accused`): `joined` when a
/// conjunction stands before `e`'s verb (see [`args::conjunction_before`]), the same
/// source, and no actor named between the two triggers.
fn coordinated_with<'e>(
    told: &'e [Event],
    e: &Event,
    joined: bool,
    actors: &[ActorMention],
) -> Option<&'e Event> {
    let o = told.last()?;
    let (from, to) = (o.trigger.span.end, e.trigger.span.start);
    // (`actors` are sorted by position)
    let named = actors[actors.partition_point(|a| a.span.start < from)..]
        .iter()
        .take_while(|a| a.span.start <= to)
        .any(|a| a.span.end <= to);
    let same_source = o
        .source
        .as_ref()
        .zip(e.source.as_ref())
        .is_some_and(|(a, b)| same_actor(a, b));
    (joined && from <= to && !named && same_source && o.target.is_some()).then_some(o)
}

/// Whether a code reacts to an act told elsewhere: a demand, a disapproval, a
/// rejection (roots 10 to 12).
fn reaction(cameo: &str) -> bool {
    matches!(cameo.get(..2), Some("10" | "11" | "12"))
}

/// The family of acts a code belongs to, for matching a reaction's object with the
/// act it names: violence (roots 18 to 20), threats and shows of force (13, 15),
/// coercion and cut ties (16, 17), charges and denials (11, 12); otherwise the root.
fn family(cameo: &str) -> &str {
    match cameo.get(..2).unwrap_or("") {
        "18" | "19" | "20" => "18",
        "13" | "15" => "13",
        "16" | "17" => "16",
        "11" | "12" => "11",
        root => root,
    }
}

/// Whether a code is a denial or a rejection (roots 12, and 016 deny responsibility).
fn denial(cameo: &str) -> bool {
    cameo.starts_with("12") || cameo.starts_with("016")
}

/// The charge an event tells, as (who charges, who is charged): an accusation, or an
/// act alleged by someone against its doer.
fn charge_of(e: &Event) -> Option<(&EventActor, &EventActor)> {
    let charge = match (&e.source, &e.target, &e.claimed_by) {
        (Some(s), Some(t), _) if e.cameo.starts_with("112") => Some((s, t)),
        (Some(s), _, Some(c)) if e.modality == Modality::Alleged => Some((c, s)),
        _ => None,
    };
    charge.filter(|(a, c)| !same_actor(a, c))
}

/// Whether an actor's role is that of an armed group or a private army (rebels,
/// insurgents, separatists, unidentified armed forces, criminal gangs, military
/// companies): such a group fights the state it carries, it does not act as it.
/// Whether a mention is a state or its forces: a country, with no organisation and
/// no armed group's role.
fn state_force(a: &ActorMention) -> bool {
    a.country.is_some() && a.org.is_none() && !armed_role(a.role.as_deref())
}

fn armed_role(role: Option<&str>) -> bool {
    matches!(role, Some("REB" | "INS" | "SEP" | "UAF" | "CRM" | "PMC"))
}

/// Whether two actors are one: the same organisation, or the same country with the
/// same role or no role on one side (`l’Algérie` and `Alger`). The army and the
/// government of one country are two actors (a coup).
fn same_actor(a: &EventActor, b: &EventActor) -> bool {
    match (&a.org, &b.org) {
        (Some(x), Some(y)) => x == y,
        (None, None) => {
            a.country == b.country && (a.role == b.role || a.role.is_none() || b.role.is_none())
        }
        // a state body (`Barkhane`, `les Fama`) is its state; an armed group that
        // fights in it (`Fano`, the Houthis: `ETHREB`, `YEMREB`) is not
        _ => {
            let body = if a.org.is_some() { a } else { b };
            !armed_role(body.role.as_deref()) && a.country.is_some() && a.country == b.country
        }
    }
}

/// The actor who reports an act told in a complement clause: the subject of a
/// reporting verb followed by `que` / `that` before the trigger (`Bamako a affirmé que
/// ...`, `Algiers said that ...`).
fn reporter<'a>(
    tokens: &[Token],
    placed: &[args::Placed<'a>],
    trigger: usize,
) -> Option<&'a ActorMention> {
    const VERBS: [&str; 14] = [
        "affirm", "declar", "assur", "indiqu", "precis", "estim", "soutien", "expliqu", "said",
        "says", "claim", "stat", "told", "insist",
    ];
    let verb = (0..trigger).rev().find(|&r| {
        let next = tokens.get(r + 1).map_or("", |t| t.norm.as_str());
        VERBS.iter().any(|v| tokens[r].norm.starts_with(v))
            && matches!(next, "que" | "qu'" | "that")
    })?;
    placed
        .iter()
        .rev()
        .find(|a| a.end <= verb && !a.mention.locative)
        .map(|a| a.mention)
}

/// Whether a subject pronoun (`il`, `elles`, `they`...) comes before the first actor
/// of the sentence that is neither a place nor a claimant, and before `until`.
fn opens_on_pronoun(tokens: &[Token], placed: &[args::Placed<'_>], until: usize) -> bool {
    let first_actor = placed
        .iter()
        .filter(|a| !a.mention.locative && !a.claimant)
        .map(|a| a.first)
        .min()
        .unwrap_or(tokens.len());
    tokens[..first_actor.min(until)].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "il" | "elle" | "ils" | "elles" | "it" | "they" | "he" | "she"
        )
    })
}
