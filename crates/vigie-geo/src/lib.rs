//! Places for vigie: an offline gazetteer, country borders, and a geoparser for French
//! and English news.
//!
//! [`Gazetteer::bundled`] loads the derived files under `data/geo/` (compiled in):
//! countries and first-level regions with their French and English names, GeoNames
//! populated places (`cities500`, CC BY 4.0, credit "GeoNames (geonames.org)") with
//! their Latin-script alternate names, hand-written entries for places GeoNames lacks,
//! and Natural Earth 1:10m country outlines (public domain). Names are looked up by
//! their folded form (`vigie_text::fold`, then hyphens and apostrophes as spaces), so
//! accent, hyphen and apostrophe variants meet.
//!
//! [`Geoparser`] finds place mentions in an analysed text: gazetteer matches on token
//! boundaries, gated by context (capitalisation, locative cues, feature nouns), region
//! descriptions ("le nord du Mali"), and a resolution that prefers explicit country
//! statements, then the countries the document is about, then population. Every
//! [`PlaceMention`] carries its span, coordinates, distance to the nearest land border,
//! a confidence and the reason for the choice.
//!
//! Nothing here does I/O: the data is compiled in, and content never fails a stage.
#![deny(missing_docs)]

mod binary;
mod borders;
mod cues;
mod gazetteer;
mod geometry;
mod mention;
mod names;
mod neighbour;
mod parse;
mod resolve;

pub use borders::{Borders, Ring};
pub use gazetteer::{Feature, Gazetteer, Place, PlaceId};
pub use geometry::distance_km;
pub use mention::{PlaceMention, PlaceRole, RegionPart};
pub use parse::Geoparser;

/// Errors loading the bundled data: only a corrupt build can produce them.
#[derive(Debug, thiserror::Error)]
pub enum GeoError {
    /// A line or record of a data file does not have the expected fields.
    #[error("{file}:{line}: {message}")]
    Format {
        /// The data file's name.
        file: &'static str,
        /// The 1-based line number (record number in the binary files; 0 for the
        /// file's header or the file as a whole).
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

/// The key under which a name is indexed: its folded form (`vigie_text::fold`) with
/// every character that is not a letter or digit turned into a space, spaces collapsed.
pub fn name_key(name: &str) -> String {
    let folded = vigie_text::fold(name);
    let mut out = String::with_capacity(folded.len());
    for word in folded.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
