//! The gazetteer: every place vigie knows, and lookup by folded name.
//!
//! Places come from `data/geo/places.bin` (countries, first-level regions, GeoNames
//! populated places and our hand-written entries, see `data/geo/README.md`), names from
//! `names.bin`, outlines from `borders.bin`, country adjectives from `demonyms.tsv`.
//! All are compiled in, stored uncompressed in compact binary layouts written by
//! `tools/geo/convert.py`, and decoded once, side by side on three threads; the value is
//! immutable and shared across threads ([`Gazetteer::shared`]).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use crate::binary::{format_error, Reader};
use crate::names::{NameIndex, Probe};
use crate::{name_key, Borders, GeoError};

static PLACES: &[u8] = include_bytes!("../../../data/geo/places.bin");
static NAMES: &[u8] = include_bytes!("../../../data/geo/names.bin");
static DEMONYMS: &str = include_str!("../../../data/geo/demonyms.tsv");
static REGION_ADJECTIVES: &str = include_str!("../../../data/geo/region_adjectives.tsv");

/// The index of a place in its gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PlaceId(pub u32);

/// What kind of place an entry is. Only these exist: countries are never resolved to a
/// building or a street because the gazetteer holds none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Feature {
    /// A sovereign country or territory with an ISO 3166-1 code.
    Country,
    /// A first-level administrative region, or a named region (the Sahel).
    Region,
    /// A populated place of 15,000 inhabitants or more.
    City,
    /// A smaller populated place.
    Locality,
}

impl Feature {
    /// The feature of a `places.bin` kind byte (its low bits).
    fn from_code(code: u8) -> Option<Feature> {
        Some(match code {
            0 => Feature::Country,
            1 => Feature::Region,
            2 => Feature::City,
            3 => Feature::Locality,
            _ => return None,
        })
    }
}

/// One gazetteer entry.
#[derive(Debug, Clone)]
pub struct Place {
    /// The GeoNames id, for places that come from GeoNames.
    pub geonames_id: Option<u64>,
    /// The preferred name (GeoNames' name, the ISO name, or ours).
    pub name: Box<str>,
    /// ISO 3166-1 alpha-3 code; `None` for regions across countries (the Sahel).
    pub country: Option<[u8; 3]>,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Population (0 when unknown).
    pub population: u64,
    /// The kind of place.
    pub feature: Feature,
    /// True for our hand-written entries (`data/geo/hand.tsv`): places the news names
    /// that GeoNames lacks, and named regions.
    pub hand_written: bool,
}

impl Place {
    /// The country code as a string.
    pub fn country_code(&self) -> Option<&str> {
        self.country
            .as_ref()
            .and_then(|c| std::str::from_utf8(c).ok())
    }
}

/// Every place vigie knows, with a name index and country outlines.
#[derive(Debug)]
pub struct Gazetteer {
    places: Vec<Place>,
    names: NameIndex,
    borders: Borders,
    /// Distance of each place to the nearest land border, computed on first use and
    /// kept (the same places recur in document after document): see [`memo`].
    border_memo: Vec<AtomicU64>,
    countries: HashMap<[u8; 3], PlaceId>,
    demonyms: HashMap<String, [u8; 3]>,
    /// Adjectives of continents and world regions (`européens`, "Baltic"): the
    /// place they name.
    region_adjectives: HashMap<String, PlaceId>,
}

impl Gazetteer {
    /// Loads the bundled data.
    pub fn bundled() -> Result<Gazetteer, GeoError> {
        // Three independent files: decode them side by side.
        let (places, names, borders) = std::thread::scope(|s| {
            let names = s.spawn(|| NameIndex::new(NAMES));
            let borders = s.spawn(Borders::bundled);
            let places = parse_places(PLACES);
            (places, join(names.join()), join(borders.join()))
        });
        let ((places, countries), names, borders) = (places?, names?, borders?);
        if names.max_place().is_some_and(|m| m >= places.len()) {
            return Err(format_error(
                "names.bin",
                0,
                "a place number is out of range",
            ));
        }
        let demonyms = parse_demonyms(DEMONYMS)?;
        let region_adjectives = parse_region_adjectives(REGION_ADJECTIVES, &names, &places)?;
        let border_memo = std::iter::repeat_with(|| AtomicU64::new(memo::UNKNOWN))
            .take(places.len())
            .collect();
        Ok(Gazetteer {
            places,
            names,
            borders,
            border_memo,
            countries,
            demonyms,
            region_adjectives,
        })
    }

    /// The bundled gazetteer, loaded on first use and shared by every caller.
    pub fn shared() -> Result<&'static Gazetteer, &'static GeoError> {
        static SHARED: OnceLock<Result<Gazetteer, GeoError>> = OnceLock::new();
        SHARED.get_or_init(Gazetteer::bundled).as_ref()
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// True when there are no places (never for the bundled data).
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// Number of distinct folded names.
    pub fn name_count(&self) -> usize {
        self.names.len()
    }

    /// The place with this id.
    pub fn place(&self, id: PlaceId) -> &Place {
        &self.places[id.0 as usize]
    }

    /// The places a name may refer to, whatever its accents, case, hyphens or
    /// apostrophes; largest first.
    pub fn lookup(&self, name: &str) -> Vec<PlaceId> {
        let mut ids: Vec<PlaceId> = self
            .probe_key(&name_key(name))
            .exact
            .map(|line| self.names.places(line).collect())
            .unwrap_or_default();
        ids.sort_by_key(|&id| (std::cmp::Reverse(self.place(id).population), id));
        ids
    }

    /// The country entry for an ISO alpha-3 code.
    pub fn country(&self, code: &str) -> Option<PlaceId> {
        let code: [u8; 3] = code.as_bytes().try_into().ok()?;
        self.countries.get(&code).copied()
    }

    /// The country a folded adjective names (`malienne`, `algerian`).
    pub fn demonym(&self, folded: &str) -> Option<[u8; 3]> {
        self.demonyms.get(folded).copied()
    }

    /// The continent or world region a folded adjective names (`europeens`, `baltic`,
    /// `north african`): one of our entries across countries.
    pub fn region_adjective(&self, folded: &str) -> Option<PlaceId> {
        self.region_adjectives.get(folded).copied()
    }

    /// Kilometres from a place to the nearest land border, computed once per place.
    pub fn border_km(&self, id: PlaceId) -> Option<f64> {
        let slot = &self.border_memo[id.0 as usize];
        if let Some(known) = memo::decode(slot.load(Ordering::Relaxed)) {
            return known;
        }
        // two threads may both compute it: the answer is the same
        let p = self.place(id);
        let km = self.borders.border_km(p.lat, p.lon);
        slot.store(memo::encode(km), Ordering::Relaxed);
        km
    }

    /// The country outlines.
    pub fn borders(&self) -> &Borders {
        &self.borders
    }

    pub(crate) fn probe_key(&self, key: &str) -> Probe {
        self.names.probe(key)
    }

    /// The folded name of a name index line.
    pub(crate) fn key_of(&self, line: usize) -> &str {
        self.names.key(line)
    }

    pub(crate) fn places_of(&self, line: usize) -> impl Iterator<Item = PlaceId> + '_ {
        self.names.places(line)
    }

    #[cfg(test)]
    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> {
        (0..self.names.len()).map(|i| self.names.key(i))
    }
}

/// The result of a loading thread (a panic there is a bug: pass it on).
fn join<T>(r: std::thread::Result<T>) -> T {
    r.unwrap_or_else(|e| std::panic::resume_unwind(e))
}

/// Bytes per place record in `places.bin`.
const RECORD: usize = 21;

/// Decodes `places.bin` (layout in `data/geo/README.md`): magic, count, fixed records,
/// then the names back to back. Errors give the 1-based place number.
/// The places, and the country entries by code.
type Places = (Vec<Place>, HashMap<[u8; 3], PlaceId>);

fn parse_places(bytes: &[u8]) -> Result<Places, GeoError> {
    const FILE: &str = "places.bin";
    let mut r = Reader::new(FILE, bytes, b"VGPLACE1")?;
    let count = r.u32(0)? as usize;
    let size = count
        .checked_mul(RECORD)
        .ok_or_else(|| r.error(0, "count too large"))?;
    let records = r.take(size, 0)?;
    let names = std::str::from_utf8(r.rest())
        .map_err(|e| format_error(FILE, 0, &format!("names are not UTF-8: {e}")))?;
    let mut places = Vec::with_capacity(count);
    let mut countries = HashMap::new();
    let mut at = 0usize;
    for (n, rec) in records.chunks_exact(RECORD).enumerate() {
        let error = |message: &str| format_error(FILE, n + 1, message);
        let word = |i: usize| [rec[i], rec[i + 1], rec[i + 2], rec[i + 3]];
        let id = u32::from_le_bytes(word(0));
        let lat = i32::from_le_bytes(word(4));
        let lon = i32::from_le_bytes(word(8));
        // a country's map point may lie past the antimeridian (Russia's, at 198°E)
        if !(-900_000..=900_000).contains(&lat) || !(-3_600_000..=3_600_000).contains(&lon) {
            return Err(error("bad coordinate"));
        }
        let country = match [rec[16], rec[17], rec[18]] {
            [0, 0, 0] => None,
            c if c.iter().all(u8::is_ascii_uppercase) => Some(c),
            _ => return Err(error("bad country")),
        };
        let kind = rec[19];
        let feature = Feature::from_code(kind & 0x7F).ok_or_else(|| error("bad feature"))?;
        let end = at + usize::from(rec[20]);
        let name = names
            .get(at..end)
            .filter(|name| !name.is_empty())
            .ok_or_else(|| error("name empty, out of range or not on a character boundary"))?;
        at = end;
        if let (Feature::Country, Some(code)) = (feature, country) {
            // n < count, which was read as a u32
            countries.insert(code, PlaceId(n as u32));
        }
        places.push(Place {
            geonames_id: (id != 0).then_some(u64::from(id)),
            name: name.into(),
            country,
            // exact: the nearest double to the decimal convert.py computed from
            // (1e-4 degree units), as parsing its text form would give
            lat: f64::from(lat) / 10_000.0,
            lon: f64::from(lon) / 10_000.0,
            population: u64::from(u32::from_le_bytes(word(12))),
            feature,
            hand_written: kind & 0x80 != 0,
        });
    }
    if at != names.len() {
        return Err(format_error(FILE, count, "names do not add up to the file"));
    }
    Ok((places, countries))
}

/// A border distance as kept in an `AtomicU64`: not computed yet, none (no border
/// at all), or the bits of a finite distance (`border_km` returns no other: the two
/// markers are NaN patterns, so they never collide with one).
mod memo {
    pub(super) const UNKNOWN: u64 = u64::MAX;
    const NONE: u64 = u64::MAX - 1;

    pub(super) fn encode(km: Option<f64>) -> u64 {
        km.map_or(NONE, f64::to_bits)
    }

    pub(super) fn decode(bits: u64) -> Option<Option<f64>> {
        match bits {
            UNKNOWN => None,
            NONE => Some(None),
            bits => Some(Some(f64::from_bits(bits))),
        }
    }
}

fn parse_demonyms(text: &str) -> Result<HashMap<String, [u8; 3]>, GeoError> {
    let mut out = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let bad = || GeoError::Format {
            file: "demonyms.tsv",
            line: n + 1,
            message: "expected an alpha-3 code, a tab and forms".into(),
        };
        let (code, forms) = line.split_once('\t').ok_or_else(bad)?;
        let code: [u8; 3] = code.as_bytes().try_into().map_err(|_| bad())?;
        for form in forms.split('|') {
            out.insert(vigie_text::fold(form), code);
        }
    }
    Ok(out)
}

/// Reads `region_adjectives.tsv` (a place name of ours, a tab, forms): each form
/// names our entry of that name.
fn parse_region_adjectives(
    text: &str,
    names: &NameIndex,
    places: &[Place],
) -> Result<HashMap<String, PlaceId>, GeoError> {
    let mut out = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let bad = |message: &str| GeoError::Format {
            file: "region_adjectives.tsv",
            line: n + 1,
            message: message.into(),
        };
        let (name, forms) = line
            .split_once('\t')
            .ok_or_else(|| bad("expected a place name, a tab and forms"))?;
        let id = names
            .probe(&name_key(name))
            .exact
            .and_then(|line| {
                names.places(line).find(|id| {
                    places[id.0 as usize].hand_written && *places[id.0 as usize].name == *name
                })
            })
            .ok_or_else(|| bad("no entry of ours has this name"))?;
        for form in forms.split('|') {
            out.insert(vigie_text::fold(form), id);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_stable_under_the_text_layers_folding() {
        let g = Gazetteer::shared().unwrap();
        let unstable: Vec<&str> = g.keys().filter(|k| name_key(k) != *k).take(20).collect();
        assert!(unstable.is_empty(), "{unstable:?}");
    }

    #[test]
    fn every_record_has_a_point_on_the_globe() {
        let g = Gazetteer::shared().unwrap();
        let off: Vec<String> = g
            .places
            .iter()
            .filter(|p| !(-90.0..=90.0).contains(&p.lat) || !(-180.0..=180.0).contains(&p.lon))
            .map(|p| format!("{} ({}, {})", p.name, p.lat, p.lon))
            .take(20)
            .collect();
        assert!(g.places.len() > 200_000, "{} places", g.places.len());
        assert!(off.is_empty(), "coordinates out of range: {off:?}");
    }

    #[test]
    fn a_bad_record_is_named_by_file_and_number() {
        let mut bytes = PLACES.to_vec();
        bytes[12 + 4 * RECORD + 19] = 9; // place 5: an unknown feature
        match parse_places(&bytes) {
            Err(GeoError::Format { file, line, .. }) => assert_eq!((file, line), ("places.bin", 5)),
            other => panic!("{:?}", other.map(|p| p.0.len())),
        }
        assert!(parse_places(&PLACES[..PLACES.len() - 1]).is_err());
        assert!(parse_places(&PLACES[..100]).is_err());
    }

    #[test]
    fn border_memo_keeps_zero_and_none_apart() {
        for km in [None, Some(0.0), Some(12.5), Some(-0.0)] {
            let bits = memo::encode(km);
            assert_ne!(bits, memo::UNKNOWN);
            assert_eq!(
                memo::decode(bits).map(|k| k.map(f64::to_bits)),
                Some(km.map(f64::to_bits))
            );
        }
        assert_eq!(memo::decode(memo::UNKNOWN), None);
    }

    #[test]
    fn variants_meet() {
        let g = Gazetteer::shared().unwrap();
        let first = |n: &str| g.lookup(n).first().map(|&id| g.place(id).name.to_string());
        assert_eq!(first("Tombouctou"), first("Timbuktu"));
        assert_eq!(first("Alger"), first("Algiers"));
        assert_eq!(first("Tin-Zaouatine"), Some("Tin Zaouatine".into()));
        for v in ["Tinzaouatène", "Tinzaouaten", "Tinzawaten", "TINZAWATÈNE"] {
            assert_eq!(first(v), Some("Tinzawatène".into()), "{v}");
        }
        let mali = g.country("MLI").unwrap();
        assert_eq!(g.place(mali).feature, Feature::Country);
        assert_eq!(g.demonym("algerienne"), Some(*b"DZA"));
    }
}
