//! Modality: was the act told as a fact, someone's claim, a possibility, a
//! recommendation, a plan, a prevented act, or denied?
//!
//! Cues are looked for in the words just before the trigger (and in the trigger
//! itself, for French conditional forms), inside the trigger's clause. In order of
//! precedence:
//!
//! | modality | French cues | English cues |
//! |---|---|---|
//! | `prevented` | `empêch*`, `déjou*` earlier in the sentence | `prevent*`, `thwart*`, `foil*` |
//! | `negated` | `ne … pas/jamais/plus`, `démenti`, `nié` | `not`, `n't`, `never`, `denied` |
//! | `recommended` | `devrait`, `devraient`, `gagnerait`, `il faut` | `should`, `ought`, `must` |
//! | `hypothetical` | `pourrait`, `pourraient`, `pourra`, `risque de` | `could`, `might`, `may` |
//! | `planned` | `s’apprête`, `compte`, `prévoit de`, `va`, `vont` | `will`, `plans`, `intends`, `set to` |
//! | `alleged` | `aurait`, `auraient`, `serait`, conditional trigger | `reportedly`, `allegedly` |
//! | `hypothetical` (opinion) | `estime que`, `juge que`, `considère que` | `believes that`, `thinks that` |
//! | `reported` | `selon X`, `d’après X` | `according to X` |
//!
//! Otherwise the act is `asserted`. The claimant of an alleged or reported act is the
//! actor named after `selon` / `according to`, or the subject of a reporting verb
//! before the clause (`Bamako a affirmé que`).

use serde::{Deserialize, Serialize};
use vigie_core::Token;

/// How an event is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Told as a fact.
    Asserted,
    /// Someone's claim, in the conditional or marked as alleged.
    Alleged,
    /// Reported speech: someone said it happened.
    Reported,
    /// A possibility.
    Hypothetical,
    /// A recommendation.
    Recommended,
    /// An intention or plan.
    Planned,
    /// An act that was prevented.
    Prevented,
    /// An act that is denied or said not to have happened.
    Negated,
}

impl Modality {
    /// Whether the event is told as having happened (asserted, alleged or reported).
    pub fn is_factual(self) -> bool {
        matches!(
            self,
            Modality::Asserted | Modality::Alleged | Modality::Reported
        )
    }

    /// The lowercase name used in outputs and gold files.
    pub fn name(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Alleged => "alleged",
            Modality::Reported => "reported",
            Modality::Hypothetical => "hypothetical",
            Modality::Recommended => "recommended",
            Modality::Planned => "planned",
            Modality::Prevented => "prevented",
            Modality::Negated => "negated",
        }
    }
}

/// Whether a denial verb before the trigger denies it: not when a conjunction stands
/// between them (`Pyongyang denied the report and accused Seoul`: the accusation is
/// a second act, made).
fn denial_before(window: &[Token]) -> bool {
    window
        .iter()
        .rposition(|t| {
            t.norm.starts_with("deni")
                || t.norm.starts_with("dement")
                || matches!(t.norm.as_str(), "nie" | "nient" | "niant")
        })
        .is_some_and(|d| {
            !window[d + 1..]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "and" | "et" | "but" | "mais"))
        })
}

/// How many tokens before the trigger the auxiliary cues may stand.
const WINDOW: usize = 4;

/// The modality of the act triggered at `trigger` in `tokens`; `reported` says
/// whether the sentence attributes what it says to someone (`selon X`).
pub(crate) fn modality(
    tokens: &[Token],
    clause_start: usize,
    trigger: usize,
    reported: bool,
) -> Modality {
    let window = &tokens[trigger.saturating_sub(WINDOW).max(clause_start)..trigger];
    // a noun takes the mood of the verb after it (`une rencontre pourrait avoir lieu`)
    let following: &[Token] = if crate::args::is_nominal(tokens, trigger) {
        let end = (trigger + 1 + WINDOW).min(tokens.len());
        let stop = tokens[trigger + 1..end]
            .iter()
            .position(|t| {
                matches!(
                    t.norm.as_str(),
                    "," | ";" | "." | "que" | "qui" | "that" | "which"
                )
            })
            .map_or(end, |p| trigger + 1 + p);
        &tokens[trigger + 1..stop]
    } else {
        &[]
    };
    let words = || window.iter().chain(following).map(|t| t.norm.as_str());
    let trigger_word = tokens[trigger].norm.as_str();
    let before_in_sentence = || tokens[..trigger].iter().map(|t| t.norm.as_str());
    let after = tokens
        .get(trigger + 1..(trigger + 3).min(tokens.len()))
        .unwrap_or(&[]);

    if before_in_sentence().any(|w| {
        ["empech", "dejou", "prevent", "thwart", "foil", "averted"]
            .iter()
            .any(|p| w.starts_with(p))
    }) {
        return Modality::Prevented;
    }
    let negation = words().any(|w| matches!(w, "pas" | "jamais" | "not" | "n't" | "never"))
        || window
            .iter()
            // `No group claimed the attack`, `aucun pays n’a condamné`
            .any(|t| matches!(t.norm.as_str(), "no" | "aucun" | "aucune" | "nul" | "nulle"))
        || (words().any(|w| matches!(w, "ne" | "n'"))
            && after
                .iter()
                .any(|t| matches!(t.norm.as_str(), "pas" | "jamais" | "plus" | "guere")))
        || trigger_word.starts_with("deni")
        || denial_before(window)
        || following
            .iter()
            .any(|t| t.norm.starts_with("deni") || t.norm.starts_with("dement"));
    if negation {
        return Modality::Negated;
    }
    if words().any(|w| {
        matches!(
            w,
            "devrait"
                | "devraient"
                | "should"
                | "ought"
                | "must"
                | "gagnerait"
                | "gagneraient"
                | "faudrait"
        )
    }) {
        return Modality::Recommended;
    }
    if words().any(|w| {
        matches!(
            w,
            "pourrait"
                | "pourraient"
                | "pourra"
                | "pourront"
                | "could"
                | "might"
                | "may"
                | "risque"
                | "risquent"
        )
    }) {
        return Modality::Hypothetical;
    }
    if words().any(|w| {
        w.starts_with("s'appret")
            || w.starts_with("appret")
            || matches!(
                w,
                "va" | "vont"
                    | "compte"
                    | "comptent"
                    | "prevoit"
                    | "prevoient"
                    | "will"
                    | "plans"
                    | "intends"
                    | "envisage"
            )
    }) {
        return Modality::Planned;
    }
    let conditional = |w: &str| matches!(w, "aurait" | "auraient" | "serait" | "seraient");
    if words().any(|w| {
        conditional(w) || matches!(w, "reportedly" | "allegedly" | "alleged" | "purportedly")
    }) || ((trigger_word.ends_with("rait") || trigger_word.ends_with("raient"))
        && trigger_word.len() > 6
        // `retrait`, `extrait`: nouns, not conditionals
        && !trigger_word.ends_with("trait"))
    {
        return Modality::Alleged;
    }
    // `Alger estime que l’accord a été signé`, `Paris believes that`: an opinion
    // about the act, not a report of it
    let opinion = (clause_start..trigger).any(|r| {
        [
            "estim", "jug", "consider", "pens", "believ", "think", "thought",
        ]
        .iter()
        .any(|v| tokens[r].norm.starts_with(v))
            && tokens[r + 1..trigger]
                .iter()
                .take(4)
                .any(|t| matches!(t.norm.as_str(), "que" | "qu'" | "that"))
    });
    if opinion {
        return Modality::Hypothetical;
    }
    if reported {
        return Modality::Reported;
    }
    Modality::Asserted
}
