//! vigie's own flat table: one row per event, every field of the coder plus the
//! cluster and the document's metadata. CSV and Parquet share it.

use vigie_coder::EventActor;
use vigie_store::StoredEvent;

/// A cell of the flat table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// A real number.
    Real(f64),
    /// An integer.
    Int(i64),
    /// Nothing.
    Null,
}

/// A column's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// UTF-8 text.
    Text,
    /// 64-bit float.
    Real,
    /// 64-bit integer.
    Int,
}

/// The columns, in order.
pub const COLUMNS: &[(&str, Kind)] = &[
    ("event_id", Kind::Text),
    ("doc", Kind::Text),
    ("date", Kind::Text),
    ("date_end", Kind::Text),
    ("date_precision", Kind::Text),
    ("date_source", Kind::Text),
    ("cameo", Kind::Text),
    ("cameo_name", Kind::Text),
    ("cameo_root", Kind::Text),
    ("quad_class", Kind::Int),
    ("goldstein", Kind::Real),
    ("plover", Kind::Text),
    ("plover_mode", Kind::Text),
    ("source_code", Kind::Text),
    ("source_text", Kind::Text),
    ("source_country", Kind::Text),
    ("source_org", Kind::Text),
    ("source_role", Kind::Text),
    ("target_code", Kind::Text),
    ("target_text", Kind::Text),
    ("target_country", Kind::Text),
    ("target_org", Kind::Text),
    ("target_role", Kind::Text),
    ("modality", Kind::Text),
    ("claimed_by", Kind::Text),
    ("contested_with", Kind::Text),
    ("place_name", Kind::Text),
    ("place_country", Kind::Text),
    ("lat", Kind::Real),
    ("lon", Kind::Real),
    ("geonames_id", Kind::Int),
    ("trigger", Kind::Text),
    ("rule", Kind::Text),
    ("confidence", Kind::Real),
    ("sentence", Kind::Int),
    ("span_start", Kind::Int),
    ("span_end", Kind::Int),
    ("text", Kind::Text),
    ("cluster", Kind::Text),
    ("num_articles", Kind::Int),
    ("num_sources", Kind::Int),
    ("cluster_contested", Kind::Int),
    ("publisher", Kind::Text),
    ("url", Kind::Text),
    ("title", Kind::Text),
    ("published", Kind::Text),
    ("vigie_version", Kind::Text),
    ("patterns_version", Kind::Text),
];

fn text(s: &str) -> Cell {
    Cell::Text(s.to_string())
}

fn opt(s: Option<&str>) -> Cell {
    s.map_or(Cell::Null, text)
}

/// The row of an event, in [`COLUMNS`] order.
pub fn row(s: &StoredEvent) -> Vec<Cell> {
    let e = &s.event;
    let actor = |a: &Option<EventActor>| -> [Cell; 5] {
        match a {
            Some(a) => [
                text(&a.code),
                text(&a.text),
                opt(a.country.as_deref()),
                opt(a.org.as_deref()),
                opt(a.role.as_deref()),
            ],
            None => [Cell::Null, Cell::Null, Cell::Null, Cell::Null, Cell::Null],
        }
    };
    let place = e.place.as_ref();
    let mut cells = vec![
        text(&e.id),
        text(&e.doc),
        opt(e.date.as_deref()),
        opt(e.date_end.as_deref()),
        e.date_precision
            .map_or(Cell::Null, |p| Cell::Text(serde_name(&p))),
        e.date_source
            .map_or(Cell::Null, |d| Cell::Text(serde_name(&d))),
        text(&e.cameo),
        opt(e.cameo_name.as_deref()),
        text(e.cameo.get(..2).unwrap_or(&e.cameo)),
        e.quad_class.map_or(Cell::Null, |q| Cell::Int(i64::from(q))),
        e.goldstein.map_or(Cell::Null, |g| Cell::Real(f64::from(g))),
        opt(e.plover.as_deref()),
        opt(e.plover_mode.as_deref()),
    ];
    cells.extend(actor(&e.source));
    cells.extend(actor(&e.target));
    cells.extend([
        text(e.modality.name()),
        opt(e.claimed_by.as_ref().map(|a| a.code.as_str())),
        if e.contested_with.is_empty() {
            Cell::Null
        } else {
            Cell::Text(e.contested_with.join(";"))
        },
        opt(place.map(|p| p.name.as_str())),
        opt(place.map(|p| p.country.as_str())),
        place.map_or(Cell::Null, |p| Cell::Real(p.lat)),
        place.map_or(Cell::Null, |p| Cell::Real(p.lon)),
        place
            .and_then(|p| p.geonames_id)
            .map_or(Cell::Null, |g| Cell::Int(g as i64)),
        text(&e.trigger.text),
        text(&e.rule),
        Cell::Real(f64::from(e.confidence)),
        Cell::Int(e.sentence as i64),
        Cell::Int(e.span.start as i64),
        Cell::Int(e.span.end as i64),
        text(&e.text),
        opt(s.cluster.as_deref()),
        Cell::Int(i64::from(s.num_articles)),
        Cell::Int(i64::from(s.num_sources)),
        Cell::Int(i64::from(s.cluster_contested)),
        opt(s.document.source.as_deref()),
        opt(s.document.url.as_deref()),
        opt(s.document.title.as_deref()),
        opt(s.document.published.as_deref()),
        text(&e.versions.vigie),
        text(&e.versions.patterns),
    ]);
    debug_assert_eq!(cells.len(), COLUMNS.len());
    cells
}

/// The lowercase name serde gives a unit enum value (`day`, `narrative`).
fn serde_name<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
