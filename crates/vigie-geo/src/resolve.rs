//! Resolution: which candidates are places, and which place each one names.
//!
//! The document's countries are counted first: country names (actors included: "le
//! Mali a rappelé" says the document is about Mali), country adjectives anywhere in the
//! text, and names that belong to one country only. Then each candidate is accepted or
//! not (see `parse.rs` for the context it carries), and resolved in this order: an
//! explicit country statement restricts the choice; a country name is a country; then
//! the document's countries, then population, with a small bonus for regions when a
//! region noun introduces the name. The margin between the two best scores gives the
//! confidence.

use std::collections::HashMap;

use vigie_core::{Token, TokenKind};
use vigie_text::TextAnalysis;

use crate::cues::Cue;
use crate::parse::Candidate;
use crate::{Feature, Gazetteer, PlaceId, PlaceMention, PlaceRole, RegionPart};

/// Population from which a city is taken for a place without a cue.
const LARGE_CITY: u64 = 20_000;
/// Population from which a city ranks above the division named after it (`New York`,
/// `Lagos`, "in Washington": the city, not the state), unless a cue says region.
const SEAT_CITY: u64 = 500_000;
/// Population from which a city found under its English spelling is taken anywhere.
const TRANSLITERATED_CITY: u64 = 100_000;
/// Population from which a place in one of the document's countries needs no cue.
const DOC_PLACE: u64 = 5_000;
/// Population from which a place in one of the document's countries needs no cue
/// where it does not open its sentence: a capitalised word inside a sentence is a name,
/// and a town of the story's country is what a local story names (`Mistissini`).
const DOC_TOWN: u64 = 1_000;

/// How much the document is about each country.
#[derive(Debug, Default)]
pub(crate) struct DocCountries {
    weights: HashMap<[u8; 3], f64>,
    max: f64,
    /// The countries named in the text, by name or adjective (not those of the
    /// towns named only in one country).
    named: std::collections::HashSet<[u8; 3]>,
}

impl DocCountries {
    pub(crate) fn collect(
        g: &Gazetteer,
        analysis: &TextAnalysis,
        candidates: &[Candidate],
    ) -> DocCountries {
        let mut doc = DocCountries::default();
        for t in &analysis.tokens {
            if t.kind == TokenKind::Word && t.norm.len() >= 4 {
                if let Some(code) = g.demonym(&t.norm) {
                    doc.add(code, 1.0);
                    doc.named.insert(code);
                }
            }
        }
        for c in candidates {
            let ids: Vec<PlaceId> = g.places_of(c.line).collect();
            if let Some(country) = ids
                .iter()
                .map(|&id| g.place(id))
                .find(|p| p.feature == Feature::Country)
            {
                if let Some(code) = country.country {
                    doc.add(code, 1.0);
                    doc.named.insert(code);
                }
            } else if c.cue.is_some() && !c.inside_name {
                let first = ids.first().and_then(|&id| g.place(id).country);
                if ids.iter().all(|&id| g.place(id).country == first) {
                    if let Some(code) = first {
                        doc.add(code, 0.5);
                    }
                }
            }
        }
        doc
    }

    fn add(&mut self, code: [u8; 3], w: f64) {
        let e = self.weights.entry(code).or_default();
        *e += w;
        self.max = self.max.max(*e);
    }

    /// The country's share of the document, 0..1 relative to the main country.
    pub(crate) fn share(&self, code: Option<[u8; 3]>) -> f64 {
        match code.and_then(|c| self.weights.get(&c)) {
            Some(w) if self.max > 0.0 => w / self.max,
            _ => 0.0,
        }
    }
}

/// Distance within which another place of the document pulls a namesake towards it.
const CLOSE_KM: f64 = 200.0;
/// Distance within which the document's towns pull a long feature to one of its points.
const COURSE_KM: f64 = 1500.0;
/// Weight of nearness to the document's places between namesakes of a town or
/// division (a long feature's reaches get the full nearness).
const SPREAD: f64 = 0.6;
/// Bytes of text around a name within which other places pull it (a paragraph or so).
const CLOSE_TEXT: u32 = 500;

/// Resolves the candidates of one document.
pub(crate) struct Resolver<'a> {
    g: &'a Gazetteer,
    doc: &'a DocCountries,
    /// Towns resolved with confidence in a first pass: name line, text offset, point.
    anchors: Vec<(usize, u32, f64, f64)>,
    /// Every place of a country (town or division) the first pass resolved: name
    /// line, lat, lon.
    spots: Vec<(usize, f64, f64)>,
    /// The same spots by cell of the globe, for long documents (see [`SpotGrid`]).
    grid: Option<SpotGrid>,
}

/// Spots past which nearness to the document's places is summed over a grid instead
/// of over every spot: below it the sum is the plain one, above it the cost of a
/// document stops growing with the square of its places (a 10 MB document).
const GRID_FROM: usize = 256;
/// Degrees of latitude and longitude per cell of the grid.
const CELL_DEG: f64 = 5.0;

/// A spot: name line, lat, lon.
type Spot = (usize, f64, f64);

/// The spots of a long document by cell of `CELL_DEG` degrees, with how many each
/// name line has, so that a mean over all spots only visits those within
/// `COURSE_KM`.
struct SpotGrid {
    cells: HashMap<(i32, i32), Vec<Spot>>,
    per_line: HashMap<usize, usize>,
}

impl SpotGrid {
    fn new(spots: &[Spot]) -> SpotGrid {
        let mut cells: HashMap<(i32, i32), Vec<Spot>> = HashMap::new();
        let mut per_line: HashMap<usize, usize> = HashMap::new();
        for &spot in spots {
            cells.entry(cell(spot.1, spot.2)).or_default().push(spot);
            *per_line.entry(spot.0).or_default() += 1;
        }
        SpotGrid { cells, per_line }
    }

    /// The sum of `1 - d / COURSE_KM` over the spots within `COURSE_KM` of the point
    /// whose line is not `line`.
    fn near_sum(&self, line: usize, lat: f64, lon: f64) -> f64 {
        let lat_cells = (COURSE_KM / 111.0 / CELL_DEG).ceil() as i32;
        // (a degree of longitude shrinks towards the poles: widen the search there)
        let far_lat = (lat.abs() + f64::from(lat_cells) * CELL_DEG).min(89.0);
        let lon_cells = ((COURSE_KM / (111.0 * far_lat.to_radians().cos()) / CELL_DEG).ceil()
            as i32)
            .min((180.0 / CELL_DEG) as i32);
        let (row, col) = cell(lat, lon);
        let columns = (360.0 / CELL_DEG) as i32;
        let mut sum = 0.0;
        let mut seen = std::collections::HashSet::new();
        for r in row - lat_cells..=row + lat_cells {
            for c in col - lon_cells..=col + lon_cells {
                let c = c.rem_euclid(columns);
                if !seen.insert((r, c)) {
                    continue;
                }
                for &(l, slat, slon) in self.cells.get(&(r, c)).into_iter().flatten() {
                    if l != line {
                        let d = crate::geometry::distance_km(slat, slon, lat, lon);
                        sum += (1.0 - d / COURSE_KM).max(0.0);
                    }
                }
            }
        }
        sum
    }
}

/// The grid cell of a point.
fn cell(lat: f64, lon: f64) -> (i32, i32) {
    (
        (lat / CELL_DEG).floor() as i32,
        ((lon + 180.0) / CELL_DEG)
            .floor()
            .rem_euclid(360.0 / CELL_DEG) as i32,
    )
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(g: &'a Gazetteer, doc: &'a DocCountries) -> Resolver<'a> {
        Resolver {
            g,
            doc,
            anchors: Vec::new(),
            spots: Vec::new(),
            grid: None,
        }
    }

    /// A bonus for a namesake near the towns named around it in the text (within
    /// `CLOSE_TEXT` bytes): up to 0.4 at the same point (a tie-breaker between namesakes of a size), nothing from `CLOSE_KM` on.
    /// Towns of the same name do not count, and only a place that bears the name as
    /// its own (not as a former or variant name) gets it.
    fn closeness(&self, c: &Candidate, at: u32, p: &crate::Place) -> f64 {
        if p.feature == Feature::Country || p.country.is_none() {
            return 0.0;
        }
        // anchors are in text order: only those of the window are looked at
        let from = self
            .anchors
            .partition_point(|a| a.1 < at.saturating_sub(CLOSE_TEXT));
        let to = self
            .anchors
            .partition_point(|a| a.1 <= at.saturating_add(CLOSE_TEXT));
        let best = self.anchors[from..to.max(from)]
            .iter()
            .filter(|a| a.0 != c.line)
            .map(|&(_, _, lat, lon)| {
                let d = crate::geometry::distance_km(lat, lon, p.lat, p.lon);
                0.4 * (1.0 - d / CLOSE_KM).max(0.0)
            })
            .fold(0.0, f64::max);
        if best > 0.0 && crate::name_key(&p.name) == self.g.key_of(c.line) {
            best
        } else {
            0.0
        }
    }

    /// A bonus for one of the points of a long feature (a river's reaches, a sea's
    /// basins), or one of the namesakes of a town or division, near the places of a
    /// country the document's first pass resolved (towns and divisions, wherever they
    /// are in the text, each mention counting, those of the same name left out): the
    /// mean over them of 1.0 at the place down to nothing from `COURSE_KM` on, so the
    /// reach or namesake most of the story is about wins over one named in passing.
    fn course_closeness(&self, c: &Candidate, p: &crate::Place) -> f64 {
        if let Some(grid) = &self.grid {
            let own = grid.per_line.get(&c.line).copied().unwrap_or(0);
            let n = self.spots.len() - own;
            return if n == 0 {
                0.0
            } else {
                grid.near_sum(c.line, p.lat, p.lon) / n as f64
            };
        }
        let (sum, n) = self
            .spots
            .iter()
            .filter(|s| s.0 != c.line)
            .map(|&(_, lat, lon)| {
                let d = crate::geometry::distance_km(lat, lon, p.lat, p.lon);
                (1.0 - d / COURSE_KM).max(0.0)
            })
            .fold((0.0, 0usize), |(sum, n), x| (sum + x, n + 1));
        if n == 0 {
            0.0
        } else {
            sum / n as f64
        }
    }

    /// The anchors of a document: the towns a first pass resolves with confidence
    /// (only candidate, explicit country, a division named right after, or a clear
    /// margin).
    pub(crate) fn anchor(&mut self, tokens: &[Token], candidates: &[Candidate]) {
        let mut anchors = Vec::new();
        let mut spots = Vec::new();
        for c in candidates {
            if !self.accept(c) && !self.acts(c) {
                continue;
            }
            if let Some((id, confidence, _)) = self.choose(c) {
                let p = self.g.place(id);
                if p.country.is_some() && p.feature != Feature::Country {
                    spots.push((c.line, p.lat, p.lon));
                }
                let town = matches!(p.feature, Feature::City | Feature::Locality);
                if town && confidence >= 0.85 {
                    let at = tokens[c.tokens.start].span.start;
                    anchors.push((c.line, at, p.lat, p.lon));
                }
            }
        }
        anchors.sort_by_key(|a| a.1);
        self.anchors = anchors;
        self.grid = (spots.len() >= GRID_FROM).then(|| SpotGrid::new(&spots));
        self.spots = spots;
    }

    /// The place mentions of the candidates, in text order, and apart from them the
    /// doubted ones ([`Resolver::doubted`]): a small town abroad that the sentence
    /// may place better (`neighbour::place_doubted`).
    pub(crate) fn resolve_all(
        &self,
        text: &str,
        tokens: &[Token],
        candidates: &[Candidate],
    ) -> (Vec<PlaceMention>, Vec<PlaceMention>) {
        let mut accepted: Vec<bool> = candidates.iter().map(|c| self.accept(c)).collect();
        accept_listed(text, tokens, candidates, &mut accepted);
        let accepted_lines: std::collections::HashSet<usize> = candidates
            .iter()
            .zip(&accepted)
            .filter(|(_, &a)| a)
            .map(|(c, _)| c.line)
            .collect();
        let mut border_cache: HashMap<(PlaceId, usize), Option<f64>> = HashMap::new();
        let mut out = Vec::new();
        let mut doubted = Vec::new();
        for (c, &ok) in candidates.iter().zip(&accepted) {
            let again = !ok && !c.actor && !c.inside_name && accepted_lines.contains(&c.line);
            // A country or capital that acts is still a toponym: it gets its place,
            // marked as an actor, so geoparsing and actor recognition stop competing.
            let acting = !ok && self.acts(c);
            if ok || again || acting {
                if let Some((mut m, id)) = self.mention(text, tokens, c, again, &mut border_cache) {
                    if acting {
                        m.role = PlaceRole::Actor;
                        m.reason = "named as an actor".to_string();
                    }
                    if !acting && self.doubted(c, self.g.place(id)) {
                        doubted.push(m);
                    } else {
                        out.push(m);
                    }
                }
            }
        }
        (out, doubted)
    }

    /// True for a small town abroad (`Konna` taken for Conna, a hamlet of Ireland, in
    /// a story about Mali): under `LARGE_CITY` inhabitants, in a country the document
    /// never names and that is none of its countries (a share under 0.2), beyond `COURSE_KM` of every place the first pass resolved, with
    /// nothing around the name that states its country or division. Such a namesake
    /// is more often a local place the gazetteer lacks than the place the story is
    /// about.
    fn doubted(&self, c: &Candidate, p: &crate::Place) -> bool {
        c.explicit.is_none()
            && c.within.is_none()
            && c.pinned.is_none()
            && matches!(p.feature, Feature::City | Feature::Locality)
            && !p.hand_written
            && p.population < LARGE_CITY
            && self.doc.share(p.country) < 0.2
            && p.country
                .is_some_and(|code| !self.doc.named.contains(&code))
            && !self.spots.is_empty()
            && self.course_closeness(c, p) == 0.0
    }

    /// True for a candidate the actor recogniser took (a country, a capital acting as
    /// its government) that names a country or a large city.
    fn acts(&self, c: &Candidate) -> bool {
        c.actor
            && self.g.places_of(c.line).any(|id| {
                let p = self.g.place(id);
                p.feature == Feature::Country || p.population >= LARGE_CITY
            })
    }

    fn accept(&self, c: &Candidate) -> bool {
        if c.actor && c.cue != Some(Cue::Locative) {
            return false;
        }
        // one word of a longer name the actor recogniser took (`au Front Polisario`:
        // not Front, Italy), whatever the preposition before it
        if c.actor && c.inside_name {
            return false;
        }
        if c.inside_name && c.cue.is_none() {
            return false;
        }
        let g = self.g;
        // `Abou Dhabi` under `Abu Dhabi`: a respelling finds only a city of its size or
        // a place of the document's countries (not `Mursal` in Turkey for `Moursal`)
        if c.transliterated
            && !g.places_of(c.line).any(|id| {
                let p = g.place(id);
                p.population >= TRANSLITERATED_CITY || self.doc.share(p.country) >= 0.2
            })
        {
            return false;
        }
        if c.cue.is_some() || c.direction.is_some() {
            return true;
        }
        // `Kaduna State`, `Laurel County`, `Lake Chad`: a name that says what it is
        if names_own_feature(g.key_of(c.line)) {
            return true;
        }
        g.places_of(c.line).any(|id| {
            let p = g.place(id);
            p.feature == Feature::Country
                || p.population >= LARGE_CITY
                || p.hand_written
                || c.explicit.is_some() && c.explicit == p.country
                || (self.doc.share(p.country) >= 0.2
                    && (p.population >= DOC_PLACE
                        || p.geonames_id.is_none()
                        || p.population >= DOC_TOWN && !c.opens_sentence
                        // (a division weighs only its cities500 places: `Rubavu`,
                        // `Doolow` may weigh nothing, yet a story of their country
                        // names them as the place they are)
                        || p.feature == Feature::Region && !c.opens_sentence))
        })
    }

    /// The place, confidence and reason for a candidate.
    fn choose(&self, c: &Candidate) -> Option<(PlaceId, f64, &'static str)> {
        let g = self.g;
        let mut ids: Vec<PlaceId> = g.places_of(c.line).collect();
        if let Some(area) = c.pinned.filter(|a| ids.contains(a)) {
            return Some((area, 0.9, "contains the place before it"));
        }
        if let Some(code) = c.explicit {
            if ids.iter().any(|&id| g.place(id).country == Some(code)) {
                ids.retain(|&id| g.place(id).country == Some(code));
                let best = self.ranked(c, &ids).first()?.1;
                return Some((best, 0.95, "explicit country"));
            }
        }
        let ranked = self.ranked(c, &ids);
        let &(s1, best) = ranked.first()?;
        let p = g.place(best);
        if p.feature == Feature::Country {
            return Some((best, 0.95, "country name"));
        }
        if ranked.len() == 1 {
            return Some((
                best,
                if c.cue.is_some() { 0.9 } else { 0.8 },
                "only candidate",
            ));
        }
        let s2 = ranked[1].0;
        let confidence = 0.5 + 0.4 * ((s1 - s2) / 1.5).min(1.0);
        let reason = if self.doc.share(p.country) > self.doc.share(g.place(ranked[1].1).country) {
            "document country"
        } else {
            "largest population"
        };
        Some((best, confidence, reason))
    }

    fn ranked(&self, c: &Candidate, ids: &[PlaceId]) -> Vec<(f64, PlaceId)> {
        let region_cue = matches!(c.cue, Some(Cue::FeatureNoun { region: true }));
        // `Red Sea`, `golfe d'Aden`, `Niger River`: a name that says water or relief is
        // the physical feature, not the province or town named after it
        let physical = names_physical_feature(self.g.key_of(c.line));
        // A long river or a sea written as several points along its course (ours):
        // the point nearest the document's towns
        let reaches = ids
            .iter()
            .filter(|&&id| self.g.place(id).hand_written)
            .count();
        let mut ranked: Vec<(f64, PlaceId)> = ids
            .iter()
            .map(|&id| {
                let p = self.g.place(id);
                let feature = match p.feature {
                    Feature::Country => 10.0,
                    // (ours inside one country too: `Murray River`, not the council)
                    Feature::Region if physical && p.hand_written => 4.5,
                    Feature::Region if region_cue => 1.2,
                    // Seas, rivers, world regions: our entries across countries.
                    Feature::Region if p.country.is_none() && p.hand_written => 1.5,
                    Feature::Region if p.country.is_none() => 1.0,
                    Feature::Region => 0.2,
                    Feature::City | Feature::Locality => 0.0,
                };
                let pop = ((p.population + 1) as f64).log10() / 7.0;
                // Inside the division named after it (`Hugo, Oklahoma`): the
                // namesake nearest its point.
                let near = c.within.map_or(0.0, |(lat, lon)| {
                    2.0 * (1.0 - crate::geometry::distance_km(lat, lon, p.lat, p.lon) / 800.0)
                        .max(0.0)
                });
                // A name that acts is a state or its seat (`Washington warned`): the
                // city, not the same-named division (Washington state).
                // (and a city of half a million over the division named after it,
                // unless a cue or a French article says region: `New York`, `Lagos`,
                // "in Washington", not their states; `au Québec` the province)
                let seat = if p.feature == Feature::City
                    && (c.actor
                        || (p.population >= SEAT_CITY && !region_cue && c.area != Some(true)))
                {
                    0.5
                } else {
                    0.0
                };
                // French articles: `au Québec` the province, `à Québec` the town
                let article = match (c.area, p.feature) {
                    (Some(true), Feature::Region) => 1.0,
                    (Some(false), Feature::Region) if p.country.is_some() => -1.0,
                    _ => 0.0,
                };
                // Near the document's other places (`Lamar County` after `Paris,
                // Texas`; Springfield among Boston's neighbours)
                let close = self.closeness(c, c.at, p);
                let course = if p.hand_written && reaches > 1 {
                    self.course_closeness(c, p)
                } else if ids.len() > 1 && p.feature != Feature::Country {
                    // namesakes: the one nearer the places the story is about
                    // (`Pokrovsk` in a Donbas story, not Engels on the Volga)
                    SPREAD * self.course_closeness(c, p)
                } else {
                    0.0
                };
                (
                    feature
                        + 3.0 * self.doc.share(p.country)
                        + pop
                        + near
                        + seat
                        + article
                        + close
                        + course,
                    id,
                )
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked
    }

    fn mention(
        &self,
        text: &str,
        tokens: &[Token],
        c: &Candidate,
        propagated: bool,
        border_cache: &mut HashMap<(PlaceId, usize), Option<f64>>,
    ) -> Option<(PlaceMention, PlaceId)> {
        let (id, mut confidence, mut reason) = self.choose(c)?;
        if propagated {
            confidence *= 0.9;
            reason = "named as a place earlier";
        }
        let p = self.g.place(id);
        let mut span = tokens[c.tokens.start]
            .span
            .cover(tokens[c.tokens.end - 1].span);
        span.end -= c.trim;
        // A region description (`le nord du Mali`) names the country: the toponym
        // keeps the country's point, and the part is told beside it.
        let part = match (c.direction, p.feature) {
            (Some(d), Feature::Country) => {
                Some(self.region_part(text, tokens, d, id, border_cache)?)
            }
            _ => None,
        };
        let border_km = match p.feature {
            Feature::Country => None,
            // (regions are cached: a document names its regions many times)
            Feature::Region => *border_cache
                .entry((id, 0))
                .or_insert_with(|| self.g.borders().border_km(p.lat, p.lon)),
            _ => self.g.border_km(id),
        };
        let m = PlaceMention {
            span,
            text: span.slice(text).to_string(),
            name: p.name.to_string(),
            country: p.country_code().map(str::to_string),
            lat: p.lat,
            lon: p.lon,
            geonames_id: p.geonames_id,
            feature: p.feature,
            border_km,
            confidence,
            reason: reason.to_string(),
            role: PlaceRole::Place,
            part,
        };
        Some((m, id))
    }

    /// The part of a country a direction names (`nord du Mali`): the country's main
    /// box, shifted three tenths of its size towards the direction.
    fn region_part(
        &self,
        text: &str,
        tokens: &[Token],
        d: crate::parse::Direction,
        id: PlaceId,
        border_cache: &mut HashMap<(PlaceId, usize), Option<f64>>,
    ) -> Option<RegionPart> {
        let p = self.g.place(id);
        let borders = self.g.borders();
        let (south, west, north, east) = borders.main_box(p.country_code()?)?;
        let word = &tokens[d.word].norm;
        let (ns, ew) = crate::cues::compass(word);
        let lat = south + (north - south) * (0.5 + 0.3 * ns);
        let lon = west + (east - west) * (0.5 + 0.3 * ew);
        let span = tokens[d.first].span.cover(tokens[d.last].span);
        let border_km = *border_cache
            .entry((id, direction_code(word)))
            .or_insert_with(|| borders.border_km(lat, lon));
        Some(RegionPart {
            span,
            text: span.slice(text).to_string(),
            lat,
            lon,
            border_km,
        })
    }
}

/// Accepts the names listed with an accepted place (`à Chibougamau, Mistissini et
/// Waswanipi`, "in Cary and Chapel Hill"): members of one list of places are places,
/// whatever cue only one of them has. Actor spans and words of longer names stay out.
fn accept_listed(text: &str, tokens: &[Token], candidates: &[Candidate], accepted: &mut [bool]) {
    let joined = |a: &Candidate, b: &Candidate| {
        a.tokens.end <= b.tokens.start
            && crate::cues::joins_list(text, &tokens[a.tokens.end..b.tokens.start])
    };
    // forwards, then backwards, so that a list takes its cue from either end
    for k in 1..candidates.len() {
        let c = &candidates[k];
        if !accepted[k] && !c.actor && !c.inside_name && accepted[k - 1] {
            accepted[k] = joined(&candidates[k - 1], c);
        }
    }
    for k in (0..candidates.len().saturating_sub(1)).rev() {
        let c = &candidates[k];
        if !accepted[k] && !c.actor && !c.inside_name && accepted[k + 1] {
            accepted[k] = joined(c, &candidates[k + 1]);
        }
    }
}

/// True for a name of two words or more whose words say what it is: a division
/// (`Kaduna State`, `Laurel County`, `Province du Nord`) or water and relief (`Lake
/// Chad`, `Shabelle River`).
pub(crate) fn names_own_feature(key: &str) -> bool {
    key.contains(' ')
        && (names_physical_feature(key) || key.split(' ').any(crate::cues::is_division_word))
}

/// True for a name whose words say water or relief (`Red Sea`, `golfe d'Aden`, `Niger
/// River`, `lac Tchad`, `Atlas Mountains`).
pub(crate) fn names_physical_feature(key: &str) -> bool {
    const WORDS: &[&str] = &[
        "sea",
        "ocean",
        "river",
        "lake",
        "gulf",
        "bay",
        "strait",
        "straits",
        "channel",
        "mountains",
        "desert",
        "mer",
        "ocean",
        "fleuve",
        "riviere",
        "lac",
        "golfe",
        "baie",
        "detroit",
        "canal",
        "monts",
        "massif",
        "desert",
    ];
    key.split(' ').any(|w| WORDS.contains(&w))
}

/// A number for each compass point, for caching (0 for none).
fn direction_code(word: &str) -> usize {
    let (ns, ew) = crate::cues::compass(word);
    1 + ((ns + 1.0) * 3.0 + (ew + 1.0)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The grid's sum is the plain sum over every spot of another line, wherever the
    /// point lies (the equator, the date line, near a pole).
    #[test]
    fn the_grid_sums_what_the_plain_scan_sums() {
        let mut spots = Vec::new();
        let mut x: u64 = 7;
        let mut next = || {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (x >> 11) as f64 / (1u64 << 53) as f64
        };
        for i in 0..600 {
            spots.push((i % 40, next() * 170.0 - 85.0, next() * 360.0 - 180.0));
        }
        let grid = SpotGrid::new(&spots);
        for (line, lat, lon) in [
            (3, 0.0, 0.0),
            (5, 12.6, -8.0),
            (41, 10.0, 179.5),
            (7, -33.9, -179.9),
            (9, 84.0, 20.0),
        ] {
            let plain: f64 = spots
                .iter()
                .filter(|s| s.0 != line)
                .map(|&(_, a, b)| {
                    (1.0 - crate::geometry::distance_km(a, b, lat, lon) / COURSE_KM).max(0.0)
                })
                .sum();
            let fast = grid.near_sum(line, lat, lon);
            assert!(plain > 0.0, "no spot near ({lat}, {lon})");
            assert!(
                (plain - fast).abs() < 1e-9,
                "({lat}, {lon}): {plain} vs {fast}"
            );
        }
    }
}
