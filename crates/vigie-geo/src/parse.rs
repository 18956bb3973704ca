//! The geoparser: gazetteer matches on token boundaries, gated by context.
//!
//! A candidate starts at a capitalised word and extends token by token while the name
//! index says a longer name can continue (so "Burkina Faso" and "Côte d'Ivoire" match
//! whole). Whether a candidate is a place is decided from its context: a locative cue
//! or feature noun before it, a country statement around it, being a country or a large
//! city, being one of the countries the document is about, or an earlier accepted
//! mention of the same name in the document. A capitalised word just before or after the
//! match means it is part of a longer proper name (a person, an organisation), and a
//! span the actor recogniser took is an actor, not a place, unless a locative
//! preposition precedes it. Resolution is in `resolve.rs`.

use vigie_core::{Span, Token, TokenKind};
use vigie_text::TextAnalysis;

use crate::cues::{self, Cue};
use crate::resolve::{DocCountries, Resolver};
use crate::{Feature, Gazetteer, PlaceId, PlaceMention};

/// Lowercase generic words that open French names of physical features.
/// First words of Arabic, French and English place names that say what the place is
/// (father of, cape, well, valley, mountain, hill, spring, saint, gate...): alone they
/// are no name of the place a longer name calls.
const NAME_GENERIC: &[&str] = &[
    "abu", "abou", "ras", "bir", "wadi", "oued", "jebel", "djebel", "jabal", "tell", "tel", "ain",
    "sidi", "saint", "sainte", "st", "bab", "deir", "dayr", "kafr", "beit", "bayt", "beni", "bani",
    "umm", "oum", "hassi", "ksar", "khor", "qasr", "tal", "jisr", "marsa", "mina", "sheikh",
    "cheikh", "al", "el",
];

/// The end of the name a generic first word opens (`Abu Salim`, `Bab el-Tebbaneh`):
/// the adjacent capitalised words, or a word joined by an Arabic article, after it.
fn name_rest(text: &str, tokens: &[Token], i: usize, limit: usize) -> Option<usize> {
    let mut j = i + 1;
    while j < limit
        && matches!(tokens[j].kind, TokenKind::Word | TokenKind::Elision)
        && adjacent(text, &tokens[j - 1], &tokens[j])
    {
        let word = text.get(tokens[j].span.range()).unwrap_or_default();
        let article = ["el-", "al-", "ad-", "ed-", "ech-", "es-", "ash-", "as-"]
            .iter()
            .any(|a| word.starts_with(a));
        if !(capitalised(text, &tokens[j]) || article) {
            break;
        }
        j += 1;
    }
    (j > i + 1).then_some(j)
}

const GENERIC: &[&str] = &[
    "mer",
    "lac",
    "fleuve",
    "golfe",
    "ocean",
    "detroit",
    "canal",
    "baie",
    "mont",
    "monts",
    "massif",
    "desert",
    "plateau",
    "ile",
    "iles",
    "riviere",
    "delta",
    "bassin",
    "chaine",
    "cap",
    "presqu",
    "peninsule",
    "archipel",
    "vallee",
    "foret",
];

/// Longest place name, in tokens.
const MAX_TOKENS: usize = 8;
/// Tokens after a name searched for a country statement.
const AFTER_WINDOW: usize = 8;

/// Finds and resolves place mentions. Build once, share across threads.
#[derive(Debug, Clone, Copy)]
pub struct Geoparser<'g> {
    gazetteer: &'g Gazetteer,
}

/// Where a region description lies around a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Direction {
    /// First token of the description.
    pub first: usize,
    /// Last token of the description (inclusive).
    pub last: usize,
    /// The direction word's token.
    pub word: usize,
}

/// A gazetteer match and its context.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    /// Token range of the name.
    pub tokens: std::ops::Range<usize>,
    /// The name index line.
    pub line: usize,
    /// The cue before it.
    pub cue: Option<Cue>,
    /// A country stated around it ("une ville algérienne", "(Mali)").
    pub explicit: Option<[u8; 3]>,
    /// The point of the division named after it (`Hugo, Oklahoma`): namesakes near
    /// it are preferred.
    pub within: Option<(f64, f64)>,
    /// For a region description ("le nord du Mali", "Mali's north"): its first and
    /// last token and the direction word.
    pub direction: Option<Direction>,
    /// True when capitalised words around it make it part of a longer name.
    pub inside_name: bool,
    /// True when it opens its sentence (where any word is capitalised).
    pub opens_sentence: bool,
    /// True when a span of the actor recogniser covers it.
    pub actor: bool,
    /// What the words before it say of its kind (French articles, `cues::area_hint`):
    /// `Some(true)` a division or country, `Some(false)` a town.
    pub area: Option<bool>,
    /// The division or country it names, fixed by the place named before it (`Paris,
    /// Ontario`: the province in which that Paris lies).
    pub pinned: Option<PlaceId>,
    /// Bytes of its last token that are not part of the name (`-based` in
    /// "Tripoli-based").
    pub trim: u32,
    /// Its byte offset in the text.
    pub at: u32,
    /// True when it was found under its English spelling (`Abou Dhabi`).
    pub transliterated: bool,
}

/// Lowercase words that end an English hyphenated compound whose first part is a place
/// or a country adjective ("Tripoli-based", "Iranian-aligned", "Sudan-born").
const COMPOUND_TAILS: &[&str] = &[
    "based",
    "born",
    "led",
    "backed",
    "aligned",
    "allied",
    "controlled",
    "held",
    "run",
    "bound",
    "owned",
    "funded",
    "brokered",
    "registered",
    "flagged",
    "headquartered",
    "linked",
    "made",
    "style",
    "area",
    "wide",
    "bred",
    "centred",
    "centered",
    "oriented",
    "affiliated",
    "sponsored",
    "supported",
    "dominated",
    "friendly",
    "leaning",
    "listed",
];

impl<'g> Geoparser<'g> {
    /// A geoparser over `gazetteer`.
    pub fn new(gazetteer: &'g Gazetteer) -> Geoparser<'g> {
        Geoparser { gazetteer }
    }

    /// The place mentions of `text`, in order. `actor_spans` are the spans the actor
    /// recogniser took as actors (a capital that acts, "Alger a riposté").
    pub fn parse(
        &self,
        text: &str,
        analysis: &TextAnalysis,
        actor_spans: &[Span],
    ) -> Vec<PlaceMention> {
        let actors = SpanSet::new(actor_spans);
        let mut candidates = Vec::new();
        for sentence in &analysis.sentences {
            self.sentence_candidates(text, analysis, sentence, &actors, &mut candidates);
        }
        let doc = DocCountries::collect(self.gazetteer, analysis, &candidates);
        let mut resolver = Resolver::new(self.gazetteer, &doc);
        resolver.anchor(&analysis.tokens, &candidates);
        let (mut places, doubted) = resolver.resolve_all(text, &analysis.tokens, &candidates);
        self.add_demonyms(text, analysis, &mut places);
        crate::neighbour::add_unknown_names(self.gazetteer, text, analysis, &actors, &mut places);
        crate::neighbour::place_doubted(text, analysis, doubted, &mut places);
        places
    }

    /// Country adjectives and demonyms (`l'armée malienne`, "Canadian troops", `les
    /// Algériens`) as mentions of their country, at its representative point, unless a
    /// place mention already covers the word.
    fn add_demonyms(&self, text: &str, analysis: &TextAnalysis, places: &mut Vec<PlaceMention>) {
        let g = self.gazetteer;
        let tokens = &analysis.tokens;
        let before = places.len();
        let mut next = 0;
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            i += 1;
            if t.kind != TokenKind::Word {
                continue;
            }
            while next < before && places[next].span.end <= t.span.start {
                next += 1;
            }
            if next < before && places[next].span.overlaps(t.span) {
                continue;
            }
            // "South African", "North African": two words, one adjective
            let pair = tokens
                .get(i)
                .filter(|n| n.kind == TokenKind::Word && adjacent(text, t, n))
                .map(|n| (format!("{} {}", t.norm, n.norm), t.span.cover(n.span)))
                .filter(|(key, span)| {
                    (g.demonym(key).is_some() || g.region_adjective(key).is_some())
                        && !(next < before && places[next].span.overlaps(*span))
                });
            let (key, span) = match &pair {
                Some((key, span)) => {
                    i += 1;
                    (key.as_str(), *span)
                }
                None => (&*t.norm, t.span),
            };
            // "Iranian-aligned", "pro-Russian": the adjective inside the compound
            let (code, span) = match g.demonym(key) {
                Some(code) => (Some(code), span),
                None => demonym_part(g, text, t),
            };
            let id = match code {
                Some(code) => std::str::from_utf8(&code).ok().and_then(|c| g.country(c)),
                // `les alliés européens`, "the Baltic": a continent or world region,
                // not inside a longer capitalised name (`Union européenne`)
                None => g
                    .region_adjective(key)
                    .filter(|_| !inside_capitalised_name(text, tokens, span)),
            };
            let Some(id) = id else {
                continue;
            };
            let p = g.place(id);
            let reason = if code.is_some() {
                "country adjective"
            } else {
                "region adjective"
            };
            places.push(PlaceMention {
                span,
                text: span.slice(text).to_string(),
                name: p.name.to_string(),
                country: p.country_code().map(str::to_string),
                lat: p.lat,
                lon: p.lon,
                geonames_id: p.geonames_id,
                feature: p.feature,
                border_km: None,
                confidence: 0.9,
                reason: reason.to_string(),
                role: crate::PlaceRole::Demonym,
                part: None,
            });
        }
        if places.len() > before {
            places.sort_by_key(|m| (m.span.start, m.span.end));
        }
    }

    fn sentence_candidates(
        &self,
        text: &str,
        analysis: &TextAnalysis,
        sentence: &vigie_core::Sentence,
        actors: &SpanSet,
        out: &mut Vec<Candidate>,
    ) {
        let tokens = &analysis.tokens;
        let range = sentence.tokens.clone();
        let first_in_sentence = out.len();
        let mut i = range.start;
        while i < range.end {
            let acronym = self.country_acronym(tokens, i);
            let starts = matches!(tokens[i].kind, TokenKind::Word | TokenKind::Elision)
                || dateline_caps(text, tokens, i, range.clone())
                || state_after_comma(text, tokens, i, range.start)
                || acronym;
            // French names of seas, rivers and mountains start with a lowercase
            // generic word (`mer Rouge`, `fleuve Niger`, `golfe d'Aden`): they count
            // when the whole name ends on a capitalised word.
            let generic = starts && GENERIC.contains(&&*tokens[i].norm);
            if !(starts && (generic || capitalised(text, &tokens[i]))) {
                i += 1;
                continue;
            }
            let compound = self.compound_head(text, &tokens[i]);
            let before = words_before(tokens, range.start, i);
            let before_refs: Vec<&str> = before.iter().map(|t| &*t.norm).collect();
            let mut transliterated = false;
            let Some((end, mut line)) = compound
                .map(|(line, _)| (i + 1, line))
                .or_else(|| self.longest_match(text, tokens, i, range.end, false))
                // `la paroisse de Plaquemines`: known only as `Plaquemines Parish`
                .or_else(|| {
                    self.division_by_noun(&before_refs, tokens, i, i + 1)
                        .map(|line| (i + 1, line))
                })
                .or_else(|| {
                    let found = self.longest_transliterated(text, tokens, i, range.end);
                    transliterated = found.is_some();
                    found
                })
            else {
                i += 1;
                continue;
            };
            let trim = compound.map_or(0, |(_, trim)| trim);
            // `la crue du Niger`, `the banks of the Niger`: after a word of water, a
            // name that is also a river's is the river (`Niger River`, `fleuve Niger`)
            let river = self.river_after_water_word(tokens, range.start, i, end);
            if let Some(r) = river {
                line = r;
            }
            let key_single = end == i + 1;
            // `la province du Lac`, "the state of Victoria", "in eastern Victoria": after
            // a division noun or a lowercase region description, a capitalised generic
            // or common word is the division's name
            let named_division = key_single
                && capitalised(text, &tokens[i])
                && (matches!(
                    cues::cue_before(&before_refs, sentence.lang),
                    Some(Cue::FeatureNoun { region: true })
                ) || direction_before(tokens, range.start, i, end)
                    .is_some_and(|d| !capitalised(text, &tokens[d.word])));
            if generic && !named_division && (key_single || !capitalised(text, &tokens[end - 1])) {
                i += 1;
                continue;
            }
            if key_single && tokens[i].kind == TokenKind::Elision {
                i += 1;
                continue;
            }
            // `Abu Salim`, `Ras Lanuf`, `Bab el-Tebbaneh`: a longer name the gazetteer
            // lacks, whose first word is a generic (father of, cape, well, gate, saint)
            // that also names some village abroad; better no place than that village
            if key_single && compound.is_none() && NAME_GENERIC.contains(&&*tokens[i].norm) {
                if let Some(rest) = name_rest(text, tokens, i, range.end) {
                    i = rest;
                    continue;
                }
            }
            // (a country's two-letter acronym, `UK`, `US`, is a name, not a short word)
            if key_single
                && !acronym
                && compound.is_none()
                && (tokens[i].norm.len() < 3 || cues::is_common(&tokens[i].norm) && !named_division)
            {
                i += 1;
                continue;
            }
            if self.gazetteer.demonym(&tokens[i].norm).is_some() && key_single && compound.is_none()
            {
                i += 1;
                continue;
            }
            // "South African troops", "North Korean": a two-word adjective, not the
            // place called like its first word
            if key_single && self.two_word_adjective(text, tokens, i, range.end) {
                i += 2;
                continue;
            }
            let sentence_start = tokens[range.start..i]
                .iter()
                .all(|t| t.kind == TokenKind::Punct);
            let prev_capital = i > range.start
                && !sentence_start
                && tokens[i - 1].kind == TokenKind::Word
                && capitalised(text, &tokens[i - 1])
                && !cues::is_common(&tokens[i - 1].norm)
                && adjacent(text, &tokens[i - 1], &tokens[i]);
            let next_capital = end < range.end
                && tokens[end].kind == TokenKind::Word
                && capitalised(text, &tokens[end])
                && adjacent(text, &tokens[end - 1], &tokens[end]);
            let span = tokens[i].span.cover(tokens[end - 1].span);
            let mut cue = cues::cue_before(&before_refs, sentence.lang);
            // `the Shiroro district`, `Kaduna state`: the division, not the town
            if end < range.end
                && cues::is_region_after(&tokens[end].norm)
                && !capitalised(text, &tokens[end])
                && !matches!(cue, Some(Cue::FeatureNoun { .. }) | Some(Cue::Direction))
            {
                cue = Some(Cue::FeatureNoun { region: true });
            }
            // `la paroisse de Terrebonne`, `le comté de Lamar`: the division's own name
            if let Some(l) = self.division_by_noun(&before_refs, tokens, i, end) {
                line = l;
            }
            out.push(Candidate {
                tokens: i..end,
                line,
                cue,
                explicit: None,
                within: None,
                direction: direction_before(tokens, range.start, i, end)
                    .or_else(|| direction_after(tokens, i, end, range.end)),
                inside_name: prev_capital || next_capital,
                opens_sentence: sentence_start,
                // the river, not the country the actor recogniser saw in its name
                // (nor in a longer name of water: `golfe du Mexique`, `Gulf of Aden`)
                actor: river.is_none()
                    && actors.overlaps(span)
                    && !(end > i + 1
                        && crate::resolve::names_physical_feature(self.gazetteer.key_of(line))),
                area: cues::area_hint(&before_refs, sentence.lang),
                pinned: None,
                trim,
                at: span.start,
                transliterated,
            });
            i = end;
        }
        for c in first_in_sentence..out.len() {
            let stop = out.get(c + 1).map_or(range.end, |n| n.tokens.start);
            let contained = self.contained_in(tokens, &out[c], out.get(c + 1));
            out[c].within = contained.and_then(|(_, point, _)| point);
            if let Some((_, _, area)) = contained {
                out[c + 1].pinned = Some(area);
            }
            out[c].explicit = contained
                .map(|(code, _, _)| code)
                .or_else(|| self.explicit_country(tokens, &out[c], range.start, stop));
        }
        // `les régions de Tillabéri, de Dosso et de Zinder`, "the towns of Gao and
        // Kidal": names listed after a feature noun share its cue
        for c in first_in_sentence + 1..out.len() {
            let (prev, this) = (&out[c - 1], &out[c]);
            if let Some(Cue::FeatureNoun { region }) = prev.cue {
                let joined = tokens[prev.tokens.end..this.tokens.start].iter().all(|t| {
                    matches!(
                        &*t.norm,
                        "," | "et"
                            | "and"
                            | "ou"
                            | "or"
                            | "de"
                            | "d'"
                            | "du"
                            | "of"
                            | "la"
                            | "le"
                            | "l'"
                            | "the"
                    )
                });
                if joined && !matches!(this.cue, Some(Cue::FeatureNoun { .. })) {
                    let area = this.area.or(Some(region));
                    out[c].cue = Some(Cue::FeatureNoun { region });
                    out[c].area = area;
                }
            }
        }
    }

    /// True when tokens `i` and `i + 1` are one country or region adjective of two
    /// words ("South African", "North African").
    fn two_word_adjective(&self, text: &str, tokens: &[Token], i: usize, limit: usize) -> bool {
        i + 1 < limit
            && tokens[i + 1].kind == TokenKind::Word
            && adjacent(text, &tokens[i], &tokens[i + 1])
            && {
                let key = format!("{} {}", tokens[i].norm, tokens[i + 1].norm);
                self.gazetteer.demonym(&key).is_some()
                    || self.gazetteer.region_adjective(&key).is_some()
            }
    }

    /// The name of a hyphenated compound's first part when the rest is a lowercase
    /// participle or adjective ("Tripoli-based", "Iranian-aligned"): the place's name
    /// line (none for a country adjective, which `add_demonyms` reads) and the bytes to
    /// trim from the token's end.
    fn compound_head(&self, text: &str, t: &Token) -> Option<(usize, u32)> {
        if t.kind != TokenKind::Word {
            return None;
        }
        let (head, tail) = compound_split(text, t)?;
        let mut key = String::new();
        push_key_words(&mut key, &vigie_text::fold(head));
        let line = self.gazetteer.probe_key(&key).exact?;
        let _ = tail;
        Some((line, (t.span.range().len() - head.len()) as u32))
    }

    /// After a division noun (`la paroisse de`, `le comté de`), the division's name
    /// in the gazetteer's form (`Terrebonne Parish`, `Lamar County`).
    fn division_by_noun(
        &self,
        before: &[&str],
        tokens: &[Token],
        i: usize,
        end: usize,
    ) -> Option<usize> {
        let n = before.len();
        if n < 2 || !matches!(before[n - 1], "de" | "d'" | "du") {
            return None;
        }
        let generic = match before[n - 2] {
            "paroisse" => "parish",
            "comte" => "county",
            _ => return None,
        };
        let mut name = String::new();
        for t in &tokens[i..end] {
            push_key_words(&mut name, &t.norm);
        }
        self.gazetteer.probe_key(&format!("{name} {generic}")).exact
    }

    /// The country of a division or country named right after a place, after a comma
    /// (`Paris, Texas`, `Laurel County, Kentucky`, `Tripoli, Lebanon`), when the place
    /// has a namesake there: a reader's admin containment.
    fn contained_in(
        &self,
        tokens: &[Token],
        c: &Candidate,
        next: Option<&Candidate>,
    ) -> Option<Containment> {
        let next = next?;
        let g = self.gazetteer;
        let between = tokens.get(c.tokens.end..next.tokens.start)?;
        if between.len() != 1 || &*between[0].norm != "," {
            // `Kidal, dans le nord du Mali`, "Tripoli in northern Lebanon", `Gao (Mali)`:
            // a preposition of place and at most a region description; a country is
            // never inside another (`Mali in Algeria` is its embassy)
            let country = g
                .places_of(c.line)
                .any(|id| g.place(id).feature == Feature::Country);
            if country || !cues::is_containment(between) {
                return None;
            }
        }
        let mut areas: Vec<(PlaceId, &crate::Place)> = g
            .places_of(next.line)
            .map(|id| (id, g.place(id)))
            .filter(|(_, p)| matches!(p.feature, Feature::Country | Feature::Region))
            .collect();
        // The country first, then the largest division.
        areas.sort_by_key(|(_, p)| {
            (
                p.feature != Feature::Country,
                std::cmp::Reverse(p.population),
            )
        });
        areas.iter().find_map(|&(area_id, area)| {
            let code = area.country?;
            let point = (area.feature == Feature::Region).then_some((area.lat, area.lon));
            g.places_of(c.line)
                .any(|id| g.place(id).country == Some(code) && id != area_id)
                .then_some((code, point, area_id))
        })
    }

    /// The name line of the river called like tokens `i..end` when a word of water
    /// stands just before them (`fleuve`, `crue`, `rives`, `river`, `banks`).
    fn river_after_water_word(
        &self,
        tokens: &[Token],
        sentence_start: usize,
        i: usize,
        end: usize,
    ) -> Option<usize> {
        const WATER: &[&str] = &[
            "fleuve", "riviere", "crue", "crues", "rive", "rives", "berge", "berges", "lit",
            "river", "banks", "bank", "flood", "floods", "waters",
        ];
        // words of a river's level, flow and course (`le niveau du Congo`, `la route
        // qui longe le Niger`, "upstream on the Niger")
        const COURSE: &[&str] = &[
            "niveau",
            "niveaux",
            "debit",
            "debits",
            "longe",
            "longent",
            "longeant",
            "amont",
            "aval",
            "embouchure",
            "affluent",
            "affluents",
            "estuaire",
            "delta",
            "level",
            "levels",
            "along",
            "upstream",
            "downstream",
            "tributary",
            "tributaries",
            "estuary",
            "mouth",
        ];
        let before = words_before(tokens, sentence_start, i);
        if !before
            .iter()
            .rev()
            .take(3)
            .any(|t| WATER.contains(&&*t.norm) || COURSE.contains(&&*t.norm))
        {
            return None;
        }
        let mut name = String::new();
        for t in &tokens[i..end] {
            push_key_words(&mut name, &t.norm);
        }
        [
            format!("{name} river"),
            format!("fleuve {name}"),
            format!("river {name}"),
        ]
        .iter()
        .find_map(|k| self.gazetteer.probe_key(k).exact)
    }

    /// The longest name starting at token `i` written the French way (`Abou Dhabi`,
    /// `Djeddah`: `ou` for `u`, `dj` for `j`), found under its English form, when no
    /// name matches as written.
    fn longest_transliterated(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
        limit: usize,
    ) -> Option<(usize, usize)> {
        let norm = &tokens[i].norm;
        if !(norm.contains("ou") || norm.contains("dj")) {
            return None;
        }
        self.longest_match(text, tokens, i, limit, true)
    }

    /// The longest name starting at token `i`, in English spelling when `english`
    /// (`english_spelling`): its end token and name line.
    fn longest_match(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
        limit: usize,
        english: bool,
    ) -> Option<(usize, usize)> {
        let mut key = String::with_capacity(32);
        let mut best = None;
        for j in i..limit.min(i + MAX_TOKENS) {
            let t = &tokens[j];
            if j > i && !adjacent(text, &tokens[j - 1], t) {
                break;
            }
            if !matches!(
                t.kind,
                TokenKind::Word | TokenKind::Elision | TokenKind::Acronym
            ) {
                break;
            }
            if english {
                push_key_words(&mut key, &english_spelling(&t.norm));
            } else {
                push_key_words(&mut key, &t.norm);
            }
            let probe = self.gazetteer.probe_key(&key);
            if let Some(line) = probe.exact {
                best = Some((j + 1, line));
            }
            if !probe.longer {
                break;
            }
        }
        best
    }

    /// An acronym that names a country (`RDC`, `UAE`, `UK`, `USA`, `U.S.`): the text
    /// layer reads it as an acronym, the press as the country, even where a village
    /// somewhere has the same letters for a name (ranking then prefers the country).
    fn country_acronym(&self, tokens: &[Token], i: usize) -> bool {
        if tokens[i].kind != TokenKind::Acronym {
            return false;
        }
        let mut key = String::new();
        push_key_words(&mut key, &tokens[i].norm);
        let g = self.gazetteer;
        g.probe_key(&key).exact.is_some_and(|line| {
            g.places_of(line)
                .any(|id| g.place(id).feature == Feature::Country)
        })
    }

    /// A country stated next to a candidate: an adjective after it (", une ville
    /// algérienne", "du côté malien") up to the next candidate, or before it ("la ville
    /// malienne de Gao").
    fn explicit_country(
        &self,
        tokens: &[Token],
        c: &Candidate,
        sentence_start: usize,
        stop: usize,
    ) -> Option<[u8; 3]> {
        let after_end = stop.min(c.tokens.end + AFTER_WINDOW);
        for t in &tokens[c.tokens.end..after_end] {
            if t.kind == TokenKind::Punct && matches!(&*t.norm, "." | ";" | "!" | "?") {
                break;
            }
            if let Some(code) = self.gazetteer.demonym(&t.norm) {
                return Some(code);
            }
        }
        let from = c.tokens.start.saturating_sub(3).max(sentence_start);
        tokens[from..c.tokens.start]
            .iter()
            .rev()
            .find_map(|t| self.gazetteer.demonym(&t.norm))
    }
}

/// Spans sorted by start, with the largest end of each prefix: whether any of them
/// overlaps a span is one binary search, so checking every candidate of a document
/// against every actor span stays n log n in the document's length (defect 7).
#[derive(Debug)]
pub(crate) struct SpanSet {
    starts: Vec<u32>,
    max_end: Vec<u32>,
}

impl SpanSet {
    pub(crate) fn new(spans: &[Span]) -> SpanSet {
        let mut sorted = spans.to_vec();
        sorted.sort_by_key(|s| s.start);
        let starts = sorted.iter().map(|s| s.start).collect();
        let max_end = sorted
            .iter()
            .scan(0u32, |max, s| {
                *max = (*max).max(s.end);
                Some(*max)
            })
            .collect();
        SpanSet { starts, max_end }
    }

    /// Whether one of the spans overlaps `span` ([`Span::overlaps`]).
    pub(crate) fn overlaps(&self, span: Span) -> bool {
        // of the spans that start before `span` ends, one overlaps it when the
        // furthest-reaching of them ends after it starts
        let k = self.starts.partition_point(|&s| s < span.end);
        k > 0 && self.max_end[k - 1] > span.start
    }
}

/// Appends a token's folded form to a name key, hyphens and apostrophes as spaces.
fn push_key_words(key: &mut String, norm: &str) {
    for word in norm.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(word);
    }
}

/// A folded French transliteration in English spelling: `ou` as `u`, `dj` as `j`
/// (`abou` → `abu`, `djeddah` → `jeddah`).
fn english_spelling(norm: &str) -> String {
    norm.replace("ou", "u").replace("dj", "j")
}

/// True when the token's first letter is a capital in the original text.
pub(crate) fn capitalised(text: &str, t: &Token) -> bool {
    text.get(t.span.range())
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_uppercase)
}

/// The country of a containing division or country, the division's point, and the
/// division or country itself.
type Containment = ([u8; 3], Option<(f64, f64)>, PlaceId);

/// A hyphenated word split into a capitalised head and a lowercase tail of
/// `COMPOUND_TAILS` ("Tripoli-based" → "Tripoli", "based").
pub(crate) fn compound_split<'t>(text: &'t str, t: &Token) -> Option<(&'t str, &'t str)> {
    let word = text.get(t.span.range())?;
    let (head, tail) = word.rsplit_once(['-', '\u{2010}', '\u{2011}'])?;
    let tail_folded = vigie_text::fold(tail);
    (head.chars().next().is_some_and(char::is_uppercase)
        && tail.chars().next().is_some_and(char::is_lowercase)
        && COMPOUND_TAILS.contains(&&*tail_folded))
    .then_some((head, tail))
}

/// A dateline in capitals opening a sentence (`MOGADISHU, Somalia (Reuters) -`,
/// `BAMAKO (AFP) —`): the text layer reads such words as acronyms.
fn dateline_caps(text: &str, tokens: &[Token], i: usize, sentence: std::ops::Range<usize>) -> bool {
    if tokens[i].kind != TokenKind::Acronym || tokens[i].norm.len() < 3 {
        return false;
    }
    let opening = tokens[sentence.start..i]
        .iter()
        .all(|t| t.kind == TokenKind::Acronym || t.kind == TokenKind::Punct && &*t.norm == "-");
    let after = (i + 1..sentence.end.min(i + 4)).find(|&k| tokens[k].kind != TokenKind::Acronym);
    opening
        && after.is_some_and(|k| {
            matches!(&*tokens[k].norm, "," | "(" | "—" | "–" | "-")
                && text
                    .get(tokens[i].span.range())
                    .is_some_and(|w| w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()))
        })
}

/// A dotted abbreviation after a comma (`Durham, N.C.`): the text layer reads it as
/// an acronym.
fn state_after_comma(text: &str, tokens: &[Token], i: usize, sentence_start: usize) -> bool {
    tokens[i].kind == TokenKind::Acronym
        && i > sentence_start
        && &*tokens[i - 1].norm == ","
        && text
            .get(tokens[i].span.range())
            .is_some_and(|w| w.contains('.'))
}

/// The country adjective inside a hyphenated word ("Iranian-aligned", "pro-Russian",
/// "anti-American") and its span.
fn demonym_part(g: &Gazetteer, text: &str, t: &Token) -> (Option<[u8; 3]>, Span) {
    if t.kind != TokenKind::Word {
        return (None, t.span);
    }
    if let Some((head, _)) = compound_split(text, t) {
        let span = Span::new(t.span.start as usize, t.span.start as usize + head.len());
        return (g.demonym(&vigie_text::fold(head)), span);
    }
    let word = text.get(t.span.range()).unwrap_or_default();
    for prefix in ["pro-", "anti-", "Pro-", "Anti-"] {
        if let Some(rest) = word.strip_prefix(prefix) {
            if rest.chars().next().is_some_and(char::is_uppercase) {
                let start = t.span.start as usize + prefix.len();
                let span = Span::new(start, t.span.end as usize);
                return (g.demonym(&vigie_text::fold(rest)), span);
            }
        }
    }
    (None, t.span)
}

/// True when a capitalised word touches `span` on either side (`Union européenne`,
/// "African Union", `Banque africaine`): the span is part of a longer proper name. A
/// capital with no word before it (opening a sentence) does not count.
fn inside_capitalised_name(text: &str, tokens: &[Token], span: Span) -> bool {
    let at = tokens.partition_point(|t| t.span.start < span.start);
    let end = tokens.partition_point(|t| t.span.start < span.end);
    let named = |t: &Token| t.kind == TokenKind::Word && capitalised(text, t);
    let before = at
        .checked_sub(1)
        .map(|j| &tokens[j])
        .filter(|p| adjacent(text, p, &tokens[at]))
        .is_some_and(|p| {
            named(p)
                && at >= 2
                && matches!(tokens[at - 2].kind, TokenKind::Word | TokenKind::Elision)
        });
    let after = tokens
        .get(end)
        .filter(|n| adjacent(text, &tokens[end - 1], n))
        .is_some_and(named);
    before || after
}

/// True when nothing but spaces separates two tokens (elisions touch their host).
fn adjacent(text: &str, a: &Token, b: &Token) -> bool {
    text.get(a.span.end as usize..b.span.start as usize)
        .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '\u{a0}'))
        && (b.span.start - a.span.end) <= 2
}

/// Up to four word tokens before `i` in its sentence, stopping at punctuation.
fn words_before(tokens: &[Token], sentence_start: usize, i: usize) -> Vec<&Token> {
    let mut out = Vec::with_capacity(4);
    let mut j = i;
    while j > sentence_start && out.len() < 4 {
        j -= 1;
        let t = &tokens[j];
        if !matches!(t.kind, TokenKind::Word | TokenKind::Elision) {
            break;
        }
        out.push(t);
    }
    out.reverse();
    out
}

/// A region description before a name: "nord du", "au nord de la", "the north of",
/// "northern".
fn direction_before(tokens: &[Token], start: usize, i: usize, end: usize) -> Option<Direction> {
    let norm = |j: usize| -> &str { &tokens[j].norm };
    let last = end - 1;
    if i > start && cues::is_direction_adjective(norm(i - 1)) {
        let word = i - 1;
        return Some(Direction {
            first: word,
            last,
            word,
        });
    }
    let mut j = i;
    while j > start && matches!(norm(j - 1), "de" | "du" | "d'" | "la" | "l'" | "of" | "the") {
        j -= 1;
    }
    let word = j.checked_sub(1)?;
    (j < i && word >= start && cues::is_direction(norm(word))).then_some(Direction {
        first: word,
        last,
        word,
    })
}

/// A region description after a name: "Mali's north".
fn direction_after(tokens: &[Token], i: usize, end: usize, limit: usize) -> Option<Direction> {
    let word = end + 1;
    (word < limit && tokens[end].norm == "'s" && cues::is_direction(&tokens[word].norm)).then_some(
        Direction {
            first: i,
            last: word,
            word,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::SpanSet;
    use vigie_core::Span;

    /// Defect 7 of the hardening issue: every place candidate was checked against
    /// every actor span of the document. The binary search that replaces the scan must
    /// answer as the scan did, on nested, overlapping, empty and unsorted spans.
    #[test]
    fn defect_7_actor_span_search_agrees_with_a_scan() {
        let mut seed = 7u32;
        let mut next = |below: u32| -> usize {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            ((seed >> 8) % below) as usize
        };
        let spans: Vec<Span> = (0..300)
            .map(|_| {
                let start = next(2_000);
                Span::new(start, start + next(40))
            })
            .collect();
        let set = SpanSet::new(&spans);
        for start in 0..2_050 {
            for len in [0usize, 1, 5, 30] {
                let probe = Span::new(start, start + len);
                let scan = spans.iter().any(|a| a.overlaps(probe));
                assert_eq!(set.overlaps(probe), scan, "{probe:?}");
            }
        }
        assert!(!SpanSet::new(&[]).overlaps(Span::new(0, 10)));
    }
}
