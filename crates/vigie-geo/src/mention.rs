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
}
