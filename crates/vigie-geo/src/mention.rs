//! The output of the geoparser: one resolved place mention.
//!
//! A mention always points at the original text (`span`, `text`) and carries the place
//! chosen for it, with the evidence behind the choice: `confidence` in 0..1 and a short
//! `reason` an analyst can read ("explicit country", "document country", ...).

use serde::Serialize;
use vigie_core::Span;

use crate::Feature;

/// A place named in a document, resolved to a gazetteer entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceMention {
    /// Byte span of the mention in the original text.
    pub span: Span,
    /// The mention as written.
    pub text: String,
    /// The resolved place's preferred name.
    pub name: String,
    /// ISO 3166-1 alpha-3 code; `None` for regions across countries (the Sahel).
    pub country: Option<String>,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// The GeoNames id, when the place comes from GeoNames.
    pub geonames_id: Option<u64>,
    /// What kind of place it is.
    pub feature: Feature,
    /// Kilometres to the nearest land border between two countries.
    pub border_km: Option<f64>,
    /// How sure the resolution is, from 0 to 1.
    pub confidence: f64,
    /// Why this place was chosen.
    pub reason: String,
    /// What the words do in the sentence: name a place, or name a state or a capital
    /// that acts (`Alger a riposté`), or qualify something by its country (`l'armée
    /// malienne`, "Canadian troops"). Geoparsing counts all three; event places use
    /// only the first.
    pub role: PlaceRole,
    /// The part of a country a region description names around it (`le nord du
    /// Mali`, "north-eastern Kenya"): the toponym is still the country, at the
    /// country's point, as geoparsing counts it; the part is what an event's place
    /// can be more precise with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<RegionPart>,
}

/// A region of a country described by a direction (`nord du Mali`, "northern Mali").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionPart {
    /// Byte span of the whole description.
    pub span: Span,
    /// The description as written.
    pub text: String,
    /// Latitude of the part, in degrees: the country's main box shifted towards the
    /// direction.
    pub lat: f64,
    /// Longitude of the part, in degrees.
    pub lon: f64,
    /// Kilometres from the part's point to the nearest land border between two
    /// countries.
    pub border_km: Option<f64>,
}

/// What a toponym does in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceRole {
    /// Names a place (`à Gao`, `in Mali`, `the Sahel`).
    Place,
    /// Names an actor: a country or capital that acts (`Alger a riposté`).
    Actor,
    /// A country adjective or demonym (`malienne`, "Canadian"): the country's point.
    Demonym,
}
