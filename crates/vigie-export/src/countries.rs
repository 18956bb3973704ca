//! Country codes and names for the exports, from `data/geo/countries.tsv` (derived
//! from GeoNames by `tools/geo/countries.py`).

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../data/geo/countries.tsv");

/// One country's codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-3.
    pub iso3: &'static str,
    /// ISO 3166-1 alpha-2.
    pub iso2: &'static str,
    /// ISO 3166-1 numeric, when it has one.
    pub numeric: Option<u16>,
    /// FIPS 10-4, which GDELT uses for places.
    pub fips: &'static str,
    /// English name.
    pub name: &'static str,
}

/// The country with this ISO alpha-3 code.
pub fn country(iso3: &str) -> Option<&'static Country> {
    static BY_ISO3: OnceLock<HashMap<&'static str, Country>> = OnceLock::new();
    BY_ISO3
        .get_or_init(|| {
            TABLE
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .filter_map(|l| {
                    let f: Vec<&str> = l.split('\t').collect();
                    let c = Country {
                        iso3: f.first()?,
                        iso2: f.get(1)?,
                        numeric: f.get(2)?.parse().ok().filter(|&n| n > 0),
                        fips: f.get(3)?,
                        name: f.get(4)?,
                    };
                    Some((c.iso3, c))
                })
                .collect()
        })
        .get(iso3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_of_the_sahel() {
        let dza = country("DZA").unwrap();
        assert_eq!(
            (dza.iso2, dza.numeric, dza.fips, dza.name),
            ("DZ", Some(12), "AG", "Algeria")
        );
        let ner = country("NER").unwrap();
        assert_eq!((ner.fips, ner.numeric), ("NG", Some(562)));
        assert_eq!(country("XKX").unwrap().numeric, None);
        assert!(country("ZZZ").is_none());
    }
}
