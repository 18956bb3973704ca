//! Names the gazetteer lacks, in a place's position, placed at their neighbour.
//!
//! A village under 500 inhabitants, a quarter, a terminal or a valley is often missing
//! from the gazetteer, yet the sentence says it is a place: it is coordinated with a
//! place (`de Naqoura à Khiam`, "Cherrapunji and Mawsynram", "at Ras Lanuf and Brega"),
//! it follows a noun of towns or divisions (`la région de Qousseir`, "the village of
//! X") or comes before one ("the Abu Salim district"), or a division or country is
//! said to hold it (`Gippsland in eastern Victoria`). Such a name is a place at the
//! point of the place it is told with: the member of its list, the division that holds
//! it, else the nearest place named before it in its sentence, else after it. Places
//! told together lie near each other, so the point is usually within a town's reach,
//! and the country is right. A name with no such neighbour is left out: a point
//! guessed from nothing would be wrong more often than not.

use vigie_core::{Lang, Sentence, Span, Token, TokenKind};
use vigie_text::TextAnalysis;

use crate::cues::{self, Cue};
use crate::parse::{capitalised, SpanSet};
use crate::{Feature, Gazetteer, PlaceMention, PlaceRole};

/// The most words an unknown name may have (`Mocímboa da Praia` is known; `Port
/// Fourchon`, `Abu Salim`, `Wadi al Kuf`).
const MAX_WORDS: usize = 3;

/// Adds a place for every unknown name told with a place (see the module's doc).
/// `places` are the places found, in text order; they stay sorted.
pub(crate) fn add_unknown_names(
    g: &Gazetteer,
    text: &str,
    analysis: &TextAnalysis,
    actors: &SpanSet,
    places: &mut Vec<PlaceMention>,
) {
    let tokens = &analysis.tokens;
    let mut found = Vec::new();
    for sentence in &analysis.sentences {
        let range = sentence.tokens.clone();
        if range.is_empty() {
            continue;
        }
        // the sentence's places (places are in text order)
        let (from, to) = (
            tokens[range.start].span.start,
            tokens[range.end - 1].span.end,
        );
        let lo = places.partition_point(|p| p.span.start < from);
        let hi = places.partition_point(|p| p.span.start < to);
        let here = &places[lo..hi];
        let mut i = range.start;
        while i < range.end {
            let Some(end) = name_run(text, tokens, i, range.end) else {
                i += 1;
                continue;
            };
            let span = tokens[i].span.cover(tokens[end - 1].span);
            let taken = actors.overlaps(span)
                || here.iter().any(|p| p.span.overlaps(span))
                || !unknown(g, tokens, i, end);
            if !taken && !opens_sentence(tokens, range.start, i) {
                if let Some(m) = placed(text, tokens, sentence, i, end, here, false) {
                    found.push(m);
                }
            }
            i = end;
        }
    }
    if !found.is_empty() {
        places.extend(found);
        places.sort_by_key(|m| (m.span.start, m.span.end));
    }
}

/// Places each doubted mention (a small namesake abroad, `Resolver::doubted`) as an
/// unknown name when its sentence tells it with a place: it was found after a cue, so
/// the sentence's nearest place will do as its neighbour. A doubted mention with no
/// neighbour keeps its namesake. `places` stay sorted.
pub(crate) fn place_doubted(
    text: &str,
    analysis: &TextAnalysis,
    doubted: Vec<PlaceMention>,
    places: &mut Vec<PlaceMention>,
) {
    if doubted.is_empty() {
        return;
    }
    let tokens = &analysis.tokens;
    let mut found = Vec::with_capacity(doubted.len());
    for d in doubted {
        let i = tokens.partition_point(|t| t.span.start < d.span.start);
        let end = tokens.partition_point(|t| t.span.start < d.span.end);
        let s = analysis.sentences.partition_point(|s| s.tokens.end <= i);
        let better = analysis
            .sentences
            .get(s)
            .filter(|_| end > i)
            .and_then(|sentence| {
                let range = sentence.tokens.clone();
                let (from, to) = (
                    tokens[range.start].span.start,
                    tokens[range.end - 1].span.end,
                );
                let lo = places.partition_point(|p| p.span.start < from);
                let hi = places.partition_point(|p| p.span.start < to);
                placed(text, tokens, sentence, i, end, &places[lo..hi], true)
            });
        found.push(match better {
            Some(mut m) => {
                m.span = d.span;
                m.text = d.text;
                m.reason = format!("small namesake abroad ({}), {}", d.name, m.reason);
                m
            }
            None => d,
        });
    }
    places.extend(found);
    places.sort_by_key(|m| (m.span.start, m.span.end));
}

/// The end of a run of capitalised words starting at `i`, if it is one: at most
/// `MAX_WORDS`, none of them a short or common word, and no capitalised word right
/// after it (a longer name).
fn name_run(text: &str, tokens: &[Token], i: usize, limit: usize) -> Option<usize> {
    let word = |t: &Token| t.kind == TokenKind::Word && capitalised(text, t);
    if !word(&tokens[i]) {
        return None;
    }
    if i > 0 && word(&tokens[i - 1]) && adjacent(&tokens[i - 1], &tokens[i]) {
        return None;
    }
    let mut end = i + 1;
    while end < limit && word(&tokens[end]) && adjacent(&tokens[end - 1], &tokens[end]) {
        end += 1;
    }
    let ok = end - i <= MAX_WORDS
        && tokens[i..end]
            .iter()
            .all(|t| t.norm.chars().count() >= 3 && !cues::is_common(&t.norm));
    ok.then_some(end)
}

/// True when only spaces separate two tokens.
fn adjacent(a: &Token, b: &Token) -> bool {
    b.span.start.saturating_sub(a.span.end) <= 1
}

/// True when the gazetteer has no entry under the name (a known name is the
/// geoparser's to take or leave) and it does not open on a country adjective.
fn unknown(g: &Gazetteer, tokens: &[Token], i: usize, end: usize) -> bool {
    let words: Vec<&str> = tokens[i..end].iter().map(|t| &*t.norm).collect();
    g.lookup(&words.join(" ")).is_empty() && g.demonym(words[0]).is_none()
}

/// True when nothing but punctuation comes before token `i` in its sentence.
fn opens_sentence(tokens: &[Token], start: usize, i: usize) -> bool {
    tokens[start..i].iter().all(|t| t.kind == TokenKind::Punct)
}

/// The unknown name's place, at its neighbour's point, if the sentence tells it as a
/// place.
fn placed(
    text: &str,
    tokens: &[Token],
    sentence: &Sentence,
    i: usize,
    end: usize,
    places: &[PlaceMention],
    cued: bool,
) -> Option<PlaceMention> {
    let range = sentence.tokens.clone();
    let in_sentence = |p: &&PlaceMention| p.role != PlaceRole::Demonym;
    let span = tokens[i].span.cover(tokens[end - 1].span);
    let before: Vec<&str> = tokens[range.start..i]
        .iter()
        .rev()
        .take(4)
        .rev()
        .map(|t| &*t.norm)
        .collect();
    // a member of a list of places: the list's place next to it
    let listed = places.iter().filter(in_sentence).find(|p| {
        let (a, b) = if p.span.end <= span.start {
            (p.span, span)
        } else {
            (span, p.span)
        };
        joined_as_list(text, tokens, a, b)
    });
    // a division or country said to hold it (`Gippsland in eastern Victoria`)
    let holder = || {
        let next = places
            .iter()
            .filter(in_sentence)
            .find(|p| p.span.start >= span.end)?;
        let between: Vec<Token> = tokens[end..]
            .iter()
            .take_while(|t| t.span.end <= next.span.start)
            .cloned()
            .collect();
        let holds = cues::is_containment(&between) && next.feature != Feature::City;
        (holds || cues::is_nearness(&between)).then_some(next)
    };
    let noun_before = matches!(
        cues::cue_before(&before, sentence.lang),
        Some(Cue::FeatureNoun { .. })
    ) || cues::land_noun_before(&before);
    // `the Abu Salim district`, `the Kamuku forest`, `the Ras Ajdir border crossing`
    let noun_after = tokens[end..range.end]
        .iter()
        .take(2)
        .take_while(|t| !capitalised(text, t))
        .any(|t| cues::is_region_after(&t.norm) || cues::is_land_noun(&t.norm));
    // `Wilsons River`, `Lake Nokoué`: a name that says what it is
    let own_feature = end > i + 1 && {
        let words: Vec<&str> = tokens[i..end].iter().map(|t| &*t.norm).collect();
        crate::resolve::names_own_feature(&words.join(" "))
    };
    let neighbour = listed.or_else(holder).or_else(|| {
        if !(cued || noun_before || noun_after || own_feature || near_word(&before, sentence.lang))
        {
            return None;
        }
        // the nearest place of the sentence, one named before it first
        let sentence_places: Vec<&PlaceMention> = places.iter().filter(in_sentence).collect();
        sentence_places
            .iter()
            .rev()
            .find(|p| p.span.end <= span.start && p.feature != Feature::Country)
            .or_else(|| {
                sentence_places
                    .iter()
                    .find(|p| p.span.start >= span.end && p.feature != Feature::Country)
            })
            .or_else(|| {
                sentence_places
                    .iter()
                    .rev()
                    .find(|p| p.span.end <= span.start)
            })
            .or_else(|| sentence_places.first())
            .copied()
    })?;
    Some(PlaceMention {
        span,
        text: span.slice(text).to_string(),
        name: span.slice(text).to_string(),
        country: neighbour.country.clone(),
        lat: neighbour.lat,
        lon: neighbour.lon,
        geonames_id: None,
        feature: if noun_after || noun_before && neighbour.feature == Feature::Region {
            Feature::Region
        } else {
            Feature::Locality
        },
        border_km: neighbour.border_km,
        confidence: 0.3,
        reason: format!("unknown name, placed at {}", neighbour.name),
        role: PlaceRole::Place,
        part: None,
    })
}

/// True when two spans of one sentence are members of one list (`cues::joins_list`).
fn joined_as_list(text: &str, tokens: &[Token], a: Span, b: Span) -> bool {
    let from = tokens.partition_point(|t| t.span.start < a.end);
    let to = tokens.partition_point(|t| t.span.end <= b.start);
    cues::joins_list(text, &tokens[from..to.max(from)])
}

/// True when the words before a name say nearness (`près de`, "near", "outside"):
/// what follows is a place, whatever its name.
fn near_word(before: &[&str], lang: Lang) -> bool {
    match lang {
        Lang::Fr => matches!(
            before,
            [
                ..,
                "pres" | "proximite" | "environs" | "abords",
                "de" | "d'"
            ]
        ),
        _ => matches!(before, [.., "near" | "outside" | "nearby"]),
    }
}
