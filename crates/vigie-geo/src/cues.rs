//! Context words for French and English: what makes a capitalised gazetteer match a
//! place, and what turns "le nord du Mali" into a region.
//!
//! All words are compared in folded form (`vigie_text::fold`). Cues are read backwards
//! from the token before a candidate, as sequences of up to four words.

use vigie_core::Lang;

/// Word sequences before a name that say it is a place (folded, last word last).
const LOCATIVE: &[&[&str]] = &[
    &["a"],
    &["au"],
    &["aux"],
    &["en"],
    &["dans"],
    &["vers"],
    &["depuis"],
    &["pres", "de"],
    &["proximite", "de"],
    &["environs", "de"],
    &["abords", "de"],
    &["large", "de"],
    &["in"],
    &["at"],
    &["near"],
    &["outside"],
    &["around"],
    &["across"],
    &["towards"],
    &["toward"],
    &["from"],
    &["into"],
    &["inside"],
    &["nearby"],
];

/// Nouns of towns and their parts that introduce a place name with `de`/`of` ("la ville
/// de", "the town of"); the division nouns of `REGION_NOUNS` introduce one too.
const FEATURE_NOUNS: &[&str] = &[
    "ville",
    "localite",
    "commune",
    "village",
    "cercle",
    "capitale",
    "town",
    "city",
    "capital",
    "outskirts",
    // plurals: "the towns of"
    "villes",
    "localites",
    "communes",
    "villages",
    "towns",
    "cities",
    // parts of towns
    "quartier",
    "quartiers",
];

/// Feature nouns that say a division (a region, not a town), singular and plural (`les
/// régions de Dosso et de Zinder`).
const REGION_NOUNS: &[&str] = &[
    "region",
    "regions",
    "province",
    "provinces",
    "wilaya",
    "wilayas",
    "district",
    "districts",
    "prefecture",
    "prefectures",
    "departement",
    "departements",
    "paroisse",
    "comte",
    "etat",
    "oblast",
    "county",
    "state",
    "governorate",
    "gouvernorat",
];

/// Lowercase nouns that, right after a name, say it names a division (`Kaduna state`,
/// "the Abu Salim district", `Tillabéri region`).
const REGION_AFTER: &[&str] = &[
    "state",
    "region",
    "province",
    "district",
    "county",
    "governorate",
    "prefecture",
    "department",
    "oblast",
    "division",
];

/// Direction words, folded: French and English nouns.
const DIRECTIONS: &[&str] = &[
    "nord",
    "sud",
    "est",
    "ouest",
    "centre",
    "nord-est",
    "nord-ouest",
    "sud-est",
    "sud-ouest",
    "north",
    "south",
    "east",
    "west",
    "centre",
    "center",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// English direction adjectives ("northern Mali").
const DIRECTION_ADJECTIVES: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
];

/// Capitalised words that begin sentences far more often than they name a place.
const COMMON: &[&str] = &[
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "de",
    "du",
    "et",
    "en",
    "au",
    "aux",
    "ce",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "il",
    "elle",
    "ils",
    "on",
    "nous",
    "selon",
    "mais",
    "pour",
    "par",
    "sur",
    "dans",
    "apres",
    "avant",
    "depuis",
    "lors",
    "plus",
    "tout",
    "tous",
    "president",
    "general",
    "paix",
    "force",
    "forces",
    "etat",
    "police",
    "armee",
    "the",
    "of",
    "and",
    "in",
    "on",
    "at",
    "for",
    "to",
    "with",
    "by",
    "from",
    "this",
    "that",
    "it",
    "he",
    "she",
    "they",
    "we",
    "but",
    "after",
    "before",
    "since",
    "during",
    "mission",
    "union",
    "justice",
    "liberte",
    "victoria",
    "march",
    "may",
    "june",
    "july",
    "mars",
    "mai",
    "juin",
    "juillet",
    "aout",
];

/// True when `words` (folded, in text order) ends with one of `cues`.
fn ends_with(words: &[&str], cues: &[&[&str]]) -> bool {
    cues.iter().any(|cue| words.ends_with(cue))
}

/// What the words before a name say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// A locative preposition (`à`, `près de`, `near`).
    Locative,
    /// A feature noun (`la ville de`, `the town of`, `dans la région de`).
    FeatureNoun {
        /// True for region nouns (`région`, `province`, `wilaya`).
        region: bool,
    },
    /// A direction (`au nord de`, `north of`).
    Direction,
}

/// The cue that ends `before` (folded words before the name, in order), if any.
pub(crate) fn cue_before(before: &[&str], lang: Lang) -> Option<Cue> {
    let mut before = before;
    while let [rest @ .., "le" | "la" | "les" | "l'" | "the"] = before {
        before = rest;
    }
    let n = before.len();
    let last = *before.last()?;
    if matches!(last, "de" | "d'" | "du" | "des" | "of") && n >= 2 {
        let head = before[n - 2];
        let head = if matches!(head, "la" | "l'" | "the") && n >= 3 {
            before[n - 3]
        } else {
            head
        };
        let region = REGION_NOUNS.contains(&head);
        if region || FEATURE_NOUNS.contains(&head) {
            return Some(Cue::FeatureNoun { region });
        }
        if DIRECTIONS.contains(&before[n - 2]) {
            return Some(Cue::Direction);
        }
    }
    if last == "a" && lang == Lang::En {
        return None;
    }
    if last == "to" && lang == Lang::En && n >= 2 && MOTION_TO.contains(&before[n - 2]) {
        return Some(Cue::Locative);
    }
    ends_with(before, LOCATIVE).then_some(Cue::Locative)
}

/// What the words right before a name say of its kind, in French: `à Québec` names the
/// town (towns take no article), `au Québec`, `en Abitibi`, `dans le Nord-Kivu` name a
/// division or a country (they take one). `Some(true)` for a division, `Some(false)`
/// for a town, `None` when the words say neither (English, `de`, no preposition).
pub(crate) fn area_hint(before: &[&str], lang: Lang) -> Option<bool> {
    if lang != Lang::Fr {
        return None;
    }
    match before {
        [.., "a"] => Some(false),
        [.., "au" | "aux" | "en"] => Some(true),
        [.., "dans" | "vers" | "depuis", "le" | "la" | "l'" | "les"] => Some(true),
        _ => None,
    }
}

/// Words before `to` that say a movement towards a place ("fled to", "the road to",
/// "flights to"): English `to` alone is no cue (`talk to`, `to Paris's dismay`).
const MOTION_TO: &[&str] = &[
    "fled",
    "flee",
    "fleeing",
    "returned",
    "return",
    "returning",
    "moved",
    "travelled",
    "traveled",
    "travelling",
    "traveling",
    "headed",
    "heading",
    "went",
    "sent",
    "deployed",
    "evacuated",
    "relocated",
    "displaced",
    "flew",
    "flown",
    "driven",
    "drove",
    "transferred",
    "diverted",
    "rerouted",
    "marched",
    "advanced",
    "retreated",
    "withdrew",
    "withdrawn",
    "escaped",
    "migrated",
    "spread",
    "extends",
    "extended",
    "road",
    "roads",
    "route",
    "routes",
    "way",
    "journey",
    "trip",
    "visit",
    "visits",
    "flight",
    "flights",
    "bound",
    "back",
];

/// Prepositions of place after a name that open its container (`Kidal, dans le nord
/// du Mali`, "Tripoli in northern Lebanon", `Gao (Mali)`).
const CONTAINER: &[&str] = &["in", "dans", "au", "aux", "en", "("];

/// Nouns of land features, camps and crossings, French and English, folded: after a
/// name (`the Kamuku forest`, "the Tihama plain", "the Ras Ajdir border crossing") or
/// before it with `de`/`of` (`le poste frontalier de Bunagana`, `la forêt de Sambisa`,
/// `le camp de Mbera`), they say the name is a place.
const LAND_NOUNS: &[&str] = &[
    "forest",
    "forests",
    "plain",
    "plains",
    "valley",
    "plateau",
    "desert",
    "basin",
    "delta",
    "hills",
    "highlands",
    "mountains",
    "crossing",
    "camp",
    "camps",
    "oasis",
    "wetlands",
    "swamp",
    "peninsula",
    "foret",
    "vallee",
    "plaine",
    "massif",
    "frontalier",
    "frontiere",
    "desert",
    "bassin",
    "collines",
    "marais",
    "presqu'ile",
];

/// True for a lowercase noun of a land feature, camp or crossing (see `LAND_NOUNS`).
pub(crate) fn is_land_noun(word: &str) -> bool {
    LAND_NOUNS.contains(&word)
}

/// True when the words before a name end on a noun of a land feature, camp or
/// crossing and `de`/`of` (`le poste frontalier de`, `la forêt de`, "the camp of").
pub(crate) fn land_noun_before(before: &[&str]) -> bool {
    matches!(before, [.., noun, "de" | "d'" | "du" | "des" | "of"] if is_land_noun(noun))
}

/// True when the tokens between a name and the next place say the name lies near it,
/// as an apposition (`l'Acadiane, autour de Lafayette`, "Essakane, 60 kilometres west
/// of Timbuktu", "a camp outside Maiduguri"): a comma, at most a distance and a
/// direction, and a word of nearness or a direction with `de`/`of`.
pub(crate) fn is_nearness(between: &[vigie_core::Token]) -> bool {
    let words: Vec<&str> = between.iter().map(|t| &*t.norm).collect();
    let near = |w: &&str| {
        matches!(
            *w,
            "pres" | "autour" | "proximite" | "environs" | "abords" | "near" | "outside" | "around"
        ) || is_direction(w)
    };
    let filler = |w: &&str| {
        near(w)
            || matches!(
                *w,
                "," | "de"
                    | "d'"
                    | "du"
                    | "des"
                    | "of"
                    | "a"
                    | "au"
                    | "the"
                    | "la"
                    | "le"
                    | "l'"
                    | "km"
                    | "kilometres"
                    | "kilometers"
                    | "miles"
                    | "to"
            )
            || w.chars().all(|c| c.is_ascii_digit())
    };
    !words.is_empty() && words.len() <= 7 && words.iter().all(filler) && words.iter().any(near)
}

/// True when the tokens between two names join them as members of one list of places
/// (`de Naqoura à Khiam`, `Mistissini et d'Oujé-Bougoumou`, "from Kidal to Gao", "Cary
/// and Chapel Hill"): at most three words, list words only, one of them a conjunction,
/// `à` or `to` (a comma or `de` alone also joins a place to a person or a body).
pub(crate) fn joins_list(text: &str, between: &[vigie_core::Token]) -> bool {
    let join = |t: &vigie_core::Token| {
        matches!(&*t.norm, "et" | "ou" | "and" | "or" | "to") || t.span.slice(text) == "à"
    };
    !between.is_empty()
        && between.len() <= 3
        && between
            .iter()
            .all(|t| join(t) || matches!(&*t.norm, "," | "d'" | "de"))
        && between.iter().any(join)
}

/// True when the tokens between a place and the next name say that name holds it:
/// a preposition of place, then only articles, `de`/`of` and direction words.
pub(crate) fn is_containment(between: &[vigie_core::Token]) -> bool {
    let words: Vec<&str> = between.iter().map(|t| &*t.norm).collect();
    let Some(at) = words.iter().position(|w| CONTAINER.contains(w)) else {
        return false;
    };
    words.len() <= 6
        && words[..at].iter().all(|w| *w == ",")
        && words[at + 1..].iter().all(|w| {
            matches!(
                *w,
                "le" | "la" | "l'" | "les" | "the" | "du" | "de" | "d'" | "of"
            ) || is_direction(w)
                || is_direction_adjective(w)
        })
}

/// True for a word of a division's own name (`Kaduna State`, `Laurel County`,
/// `Province du Nord`): the nouns after names and the region nouns before them.
pub(crate) fn is_division_word(word: &str) -> bool {
    REGION_AFTER.contains(&word)
        || REGION_NOUNS.contains(&word)
        || matches!(word, "parish" | "municipality" | "territory" | "territoire")
}

/// True for a lowercase noun that, right after a name, says it is a division.
pub(crate) fn is_region_after(word: &str) -> bool {
    REGION_AFTER.contains(&word)
}

/// True for a direction noun (`nord`, `north`).
pub(crate) fn is_direction(word: &str) -> bool {
    DIRECTIONS.contains(&word)
}

/// True for a direction adjective (`northern`).
pub(crate) fn is_direction_adjective(word: &str) -> bool {
    DIRECTION_ADJECTIVES.contains(&word)
}

/// The compass point of a direction word, as (north-south, west-east) in -1..=1.
pub(crate) fn compass(word: &str) -> (f64, f64) {
    let w = word.trim_end_matches("ern").trim_end_matches("al");
    let ns = if w.starts_with("nord") || w.starts_with("north") {
        1.0
    } else if w.starts_with("sud") || w.starts_with("south") {
        -1.0
    } else {
        0.0
    };
    let ew = if (w.ends_with("est") && !w.ends_with("ouest") && !w.ends_with("west"))
        || w.ends_with("east")
    {
        1.0
    } else if w.ends_with("ouest") || w.ends_with("west") {
        -1.0
    } else {
        0.0
    };
    (ns, ew)
}

/// True for words that are too common to be taken alone for a place.
pub(crate) fn is_common(word: &str) -> bool {
    COMMON.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cues_backwards() {
        assert_eq!(
            cue_before(&["a", "proximite", "de"], Lang::Fr),
            Some(Cue::Locative)
        );
        assert_eq!(
            cue_before(&["dans", "la", "region", "de"], Lang::Fr),
            Some(Cue::FeatureNoun { region: true })
        );
        assert_eq!(cue_before(&["north", "of"], Lang::En), Some(Cue::Direction));
        assert_eq!(cue_before(&["a"], Lang::En), None);
        assert_eq!(cue_before(&["accord", "de"], Lang::Fr), None);
        assert_eq!(compass("nord-est"), (1.0, 1.0));
        assert_eq!(compass("southwestern"), (-1.0, -1.0));
        assert_eq!(compass("ouest"), (0.0, -1.0));
        assert_eq!(compass("centre"), (0.0, 0.0));
    }
}
