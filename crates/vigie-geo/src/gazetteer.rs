//! The gazetteer: every place vigie knows, and lookup by folded name.
//!
//! Places come from `data/geo/places.tsv.gz` (countries, first-level regions, GeoNames
//! populated places and our hand-written entries, see `data/geo/README.md`), names from
//! `names.tsv.gz`, outlines from `borders.tsv.gz`, country adjectives from
//! `demonyms.tsv`. All are compiled in and parsed once; the value is immutable and
//! shared across threads ([`Gazetteer::shared`]).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::names::{NameIndex, Probe};
use crate::{gunzip, name_key, Borders, GeoError};

static PLACES: &[u8] = include_bytes!("../../../data/geo/places.tsv.gz");
static NAMES: &[u8] = include_bytes!("../../../data/geo/names.tsv.gz");
static DEMONYMS: &str = include_str!("../../../data/geo/demonyms.tsv");

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
    fn parse(s: &str) -> Option<Feature> {
        Some(match s {
            "country" => Feature::Country,
            "region" => Feature::Region,
            "city" => Feature::City,
            "locality" => Feature::Locality,
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
    /// kept: the same places recur in document after document.
    border_memo: Vec<std::sync::OnceLock<Option<f64>>>,
    countries: HashMap<[u8; 3], PlaceId>,
    demonyms: HashMap<String, [u8; 3]>,
}

impl Gazetteer {
    /// Loads the bundled data.
    pub fn bundled() -> Result<Gazetteer, GeoError> {
        // Three independent files: decompress and parse them side by side.
        let (places, names, borders) = std::thread::scope(|s| {
            let names = s.spawn(|| {
                let names = gunzip("names.tsv.gz", NAMES).and_then(NameIndex::new)?;
                let max = names.max_place();
                Ok::<_, GeoError>((names, max))
            });
            let borders = s.spawn(Borders::bundled);
            let places = gunzip("places.tsv.gz", PLACES).and_then(|t| parse_places(&t));
            (places, join(names.join()), join(borders.join()))
        });
        let (places, (names, max_place), borders) = (places?, names?, borders?);
        if max_place.is_some_and(|m| m >= places.len()) {
            return Err(GeoError::Format {
                file: "names.tsv",
                line: 0,
                message: "a place number is out of range".into(),
            });
        }
        let countries = places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.feature == Feature::Country)
            .filter_map(|(i, p)| Some((p.country?, PlaceId(i as u32))))
            .collect();
        let demonyms = parse_demonyms(DEMONYMS)?;
        let border_memo = (0..places.len()).map(|_| OnceLock::new()).collect();
        Ok(Gazetteer {
            places,
            names,
            borders,
            border_memo,
            countries,
            demonyms,
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

    /// Kilometres from a place to the nearest land border, computed once per place.
    pub fn border_km(&self, id: PlaceId) -> Option<f64> {
        let p = self.place(id);
        *self.border_memo[id.0 as usize].get_or_init(|| self.borders.border_km(p.lat, p.lon))
    }

    /// The country outlines.
    pub fn borders(&self) -> &Borders {
        &self.borders
    }

    pub(crate) fn probe_key(&self, key: &str) -> Probe {
        self.names.probe(key)
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

fn parse_places(text: &str) -> Result<Vec<Place>, GeoError> {
    let mut places = Vec::with_capacity(240_000);
    for (n, line) in text.split_terminator('\n').enumerate() {
        let error = |message: &str| GeoError::Format {
            file: "places.tsv",
            line: n + 1,
            message: message.to_string(),
        };
        let mut f = line.split('\t');
        let mut next = || f.next().ok_or_else(|| error("expected 8 fields"));
        let [id, name, country, lat, lon, pop, feature, admin] = [
            next()?,
            next()?,
            next()?,
            next()?,
            next()?,
            next()?,
            next()?,
            next()?,
        ];
        let number = |s: &str| s.parse::<f64>().map_err(|_| error("bad coordinate"));
        places.push(Place {
            geonames_id: id.parse().ok(),
            name: name.into(),
            country: match country {
                "-" => None,
                c => Some(c.as_bytes().try_into().map_err(|_| error("bad country"))?),
            },
            lat: number(lat)?,
            lon: number(lon)?,
            population: pop.parse().map_err(|_| error("bad population"))?,
            feature: Feature::parse(feature).ok_or_else(|| error("bad feature"))?,
            hand_written: admin == "hand",
        });
    }
    Ok(places)
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
