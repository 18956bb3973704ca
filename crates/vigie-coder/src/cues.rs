//! Word cues the coder reads around a trigger to fill what its clause leaves out:
//! `deux jours après`, `la même décision`, reactions to an earlier act, violent
//! nouns, and whether an act may take the document's other actor as its target.

use vigie_core::Token;

use crate::{Event, EventActor};

/// `deux jours après …`, `three days after …` before the trigger: the number of days.
pub(crate) fn days_after(tokens: &[Token]) -> Option<i64> {
    tokens.windows(3).find_map(|w| {
        let unit = matches!(w[1].norm.as_str(), "jours" | "days");
        let after = matches!(w[2].norm.as_str(), "apres" | "after");
        if !(unit && after) {
            return None;
        }
        match w[0].norm.as_str() {
            "deux" | "two" => Some(2),
            "trois" | "three" => Some(3),
            "quatre" | "four" => Some(4),
            "cinq" | "five" => Some(5),
            "six" => Some(6),
            "sept" | "seven" => Some(7),
            "dix" | "ten" => Some(10),
            n => n.parse().ok().filter(|&n: &i64| n > 0 && n < 60),
        }
    })
}

/// Where a sentence says its actor did the same as the last one (`a pris la même
/// décision`, `fait de même`, `did the same`, `followed suit`): the verb's token and
/// one past the phrase.
pub(crate) fn same_again(tokens: &[Token]) -> Option<(usize, usize)> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    (0..tokens.len()).find_map(|i| match (w(i), w(i + 1), w(i + 2), w(i + 3)) {
        (_, "la" | "les", "meme" | "memes", "decision" | "decisions" | "mesure" | "mesures")
            if i + 1 < tokens.len() =>
        {
            Some((i, i + 4))
        }
        ("fait" | "fera" | "font" | "ont", "de", "meme", _) => Some((i, i + 3)),
        ("did" | "does" | "do", "the", "same", _) => Some((i, i + 3)),
        ("followed" | "follows" | "follow", "suit", _, _) => Some((i, i + 2)),
        (_, "the", "same", "step" | "decision" | "measure" | "steps" | "measures") => {
            Some((i, i + 4))
        }
        _ => None,
    })
}

/// Whether two events of one sentence tell the same act: same source, same target,
/// same CAMEO root, both told as facts or both not, and triggers close together
/// (`imposé des sanctions … et fermé les frontières` are two acts) unless the act is
/// violent.
pub(crate) fn same_act(a: &Event, b: &Event) -> bool {
    let id = |x: &Option<EventActor>| {
        x.as_ref()
            .map(|x| x.org.clone().or_else(|| x.country.clone()))
    };
    let (x, y) = (a.trigger.span, b.trigger.span);
    // (force told by several verbs of one sentence is one act: `a riposté par des
    // frappes qui ont neutralisé trente assaillants`)
    let violent = matches!(a.cameo.get(..2), Some("18" | "19" | "20"));
    // (nor are two verbs of one code with the same mentions for doer and target: `a
    // rejeté « des allégations », tout en démentant avoir fourni …`, both answering
    // the charge told before)
    let span = |x: &Option<EventActor>| x.as_ref().map(|x| x.span);
    let shared = a.cameo == b.cameo
        && span(&a.source) == span(&b.source)
        && span(&a.target) == span(&b.target);
    let close = x.start.max(y.start) <= x.end.min(y.end) + 12 || violent || shared;
    a.target.is_some()
        && id(&a.source) == id(&b.source)
        && id(&a.target) == id(&b.target)
        && a.cameo.get(..2) == b.cameo.get(..2)
        && close
        && a.modality.is_factual() == b.modality.is_factual()
}

/// Nouns of violent acts (prefixes): reacting to one targets who did it.
pub(crate) const VIOLENT_NOUNS: &[&str] = &[
    "attaque",
    "attack",
    "massacre",
    "tuerie",
    "killing",
    "abduction",
    "kidnapping",
    "enlevement",
    "attentat",
    "frappe",
    "strike",
    "bombing",
    "bombardement",
    "assaut",
    "assault",
    "raid",
    "ambush",
    "embuscade",
    "execution",
];

/// Nouns that, as the object of a reaction, point back at the act before it.
pub(crate) const REACTION_NOUNS: &[&str] = &[
    "criticism",
    "criticisms",
    "accusation",
    "accusations",
    "charge",
    "charges",
    "decision",
    "remarks",
    "statement",
    "report",
    "allegations",
    "claims",
    "move",
    "critiques",
    "decision",
    "propos",
    "rapport",
    "mesure",
    "allegations",
    "declarations",
    "annonce",
    "ultimatum",
    "demande",
    "request",
    "demand",
    "offer",
    "offre",
];

/// Whether an event whose clause names no target may take the document's other
/// actor as its target: verbs only (a noun, `l’ultimatum`, `the attacks`, tells of an
/// act told elsewhere), not infinitives governed by another word (`prêt à partager`,
/// `pour exprimer`), and not killings, whose victims are people rather than a state.
pub(crate) fn implies_target(tokens: &[Token], trigger: usize, cameo: &str) -> bool {
    let before = trigger
        .checked_sub(1)
        .map_or("", |i| tokens[i].norm.as_str());
    let word = tokens[trigger].norm.as_str();
    // a participle (`en qualifiant`, `, accusing`) says how, not to whom
    let participle = (word.ends_with("ant") || word.ends_with("ing")) && word.len() > 5;
    !crate::args::is_nominal(tokens, trigger)
        && !participle
        && !matches!(before, "de" | "d'" | "pour" | "to" | "of")
        && !cameo.starts_with("18")
}

/// Whether a use of force (roots 15 to 20) names its target without naming who it is
/// (`contre les groupes armés`, `against jihadists`, `les terroristes`): then no
/// actor of the document may be guessed for it.
pub(crate) fn unnamed_adversary(tokens: &[Token], cameo: &str) -> bool {
    if !matches!(
        cameo.get(..2),
        Some("15" | "16" | "17" | "18" | "19" | "20")
    ) {
        return false;
    }
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    (0..tokens.len()).any(|k| {
        matches!(
            w(k),
            "jihadistes"
                | "djihadistes"
                | "terroristes"
                | "rebelles"
                | "insurges"
                | "assaillants"
                | "jihadists"
                | "terrorists"
                | "rebels"
                | "insurgents"
                | "militants"
                | "gunmen"
        ) || matches!(
            (w(k), w(k + 1)),
            ("groupes" | "groupe", "armes") | ("armed", "groups" | "group")
        )
    })
}

/// Nouns of people who are no party to a conflict: killed or hurt, they are the
/// civilians of the country where it happened.
pub(crate) const CIVILIAN_NOUNS: &[&str] = &[
    "civils",
    "civilians",
    "villageois",
    "villagers",
    "habitants",
    "residents",
    "personnes",
    "people",
    "enfants",
    "children",
    "femmes",
    "women",
    "fideles",
    "worshippers",
    "deplaces",
    "refugies",
    "refugees",
    "passagers",
    "passengers",
    "pecheurs",
    "fishermen",
    "bergers",
    "herders",
    "orpailleurs",
    "miners",
    "manifestants",
    "protesters",
    "protestors",
    "demonstrators",
    "etudiants",
    "students",
    "journalistes",
    "journalists",
    "opposants",
    "opponents",
    "activists",
];

/// Nouns of a state's forces or posts that an armed group attacks (`a police convoy`,
/// `une base militaire`, `le poste de gendarmerie`).
pub(crate) const FORCES_NOUNS: &[&str] = &[
    "police",
    "policiers",
    "gendarmes",
    "gendarmerie",
    "soldats",
    "soldiers",
    "troops",
    "officers",
    "convoi",
    "convoy",
    "base",
    "camp",
    "caserne",
    "barracks",
    "patrouille",
    "patrol",
    "poste",
    "post",
    "checkpoint",
];

/// Nouns of attackers who are not named (`deux kamikazes`, `des hommes armés`,
/// `gunmen`): the subject of an attack that only the story's armed group can be.
pub(crate) const ATTACKER_NOUNS: &[&str] = &[
    "kamikazes",
    "kamikaze",
    "assaillants",
    "gunmen",
    "attackers",
    "bombers",
    "jihadistes",
    "djihadistes",
    "terroristes",
    "insurges",
    "jihadists",
    "terrorists",
    "insurgents",
];

/// Nouns of inhabited places: a violent act on one acts on its state.
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "localite",
    "ville",
    "village",
    "quartier",
    "quartiers",
    "town",
    "city",
    "neighbourhood",
    "neighbourhoods",
    "neighborhoods",
    "district",
];
