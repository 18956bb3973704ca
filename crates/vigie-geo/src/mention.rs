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
    /// The resolved place's preferred name (for region descriptions, the description).
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
