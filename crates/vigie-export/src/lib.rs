//! Stored events in the formats analysts load into R, pandas or a GIS.
//!
//! | format | what | one row per |
//! |---|---|---|
//! | `csv` | vigie's flat table ([`flat::COLUMNS`]), with a header | event |
//! | `parquet` | the same table as a Parquet file | event |
//! | `gdelt` | the 61 columns of the GDELT 2.0 event table, tab-separated, no header | factual event |
//! | `icews` | the 20 columns of ICEWS coded event data, tab-separated, with header | factual event |
//! | `acled` | the 31 columns of ACLED's CSV export, event types mapped from CAMEO | factual event in ACLED's scope |
//! | `plover` | POLECAT-style JSON Lines with PLOVER type, mode and actors | event with a PLOVER type |
//! | `geojson` | an RFC 7946 FeatureCollection of points | placed event |
//!
//! What each mapping loses is written in `docs/export-formats.md`. Formats that code
//! only what happened (GDELT, ICEWS, ACLED) leave out events told as hypothetical,
//! recommended, planned, prevented or negated; [`Report`] counts what was left out.
#![deny(missing_docs)]

mod acled;
mod countries;
pub mod flat;
mod gdelt;
mod geojson;
mod icews;
mod parquet_file;
mod plover;

use std::io::Write;

use vigie_store::StoredEvent;

pub use countries::{country, Country};

/// Everything that can go wrong while exporting.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Writing failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// JSON could not be written.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    /// The Parquet writer failed.
    #[error("parquet: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
}

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// vigie's flat table as CSV.
    Csv,
    /// vigie's flat table as Parquet.
    Parquet,
    /// GDELT 2.0 event table.
    Gdelt,
    /// ICEWS coded event data.
    Icews,
    /// ACLED CSV.
    Acled,
    /// POLECAT-style PLOVER JSON Lines.
    Plover,
    /// GeoJSON FeatureCollection.
    Geojson,
}

/// What an export wrote and left out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Report {
    /// Rows (or features) written.
    pub written: usize,
    /// Events the format cannot hold (not factual, no place, out of scope).
    pub left_out: usize,
}

/// Writes `events` in `format`.
pub fn write(
    out: &mut impl Write,
    events: &[StoredEvent],
    format: Format,
) -> Result<Report, ExportError> {
    match format {
        Format::Csv => csv(out, events),
        Format::Parquet => {
            // The Parquet writer wants a `Send` sink; the file is built in memory.
            let mut buffer = Vec::new();
            let report = parquet_file::write(&mut buffer, events)?;
            out.write_all(&buffer)?;
            Ok(report)
        }
        Format::Gdelt => gdelt::write(out, events),
        Format::Icews => icews::write(out, events),
        Format::Acled => acled::write(out, events),
        Format::Plover => plover::write(out, events),
        Format::Geojson => geojson::write(out, events),
    }
}

/// The day of an event that a format meant for what happened (GDELT, ICEWS, ACLED) can
/// hold: told as fact, and dated (see [`day`]).
pub(crate) fn fact_day(e: &StoredEvent) -> Option<chrono::NaiveDate> {
    day(e).filter(|_| e.event.modality.is_factual())
}

fn csv(out: &mut impl Write, events: &[StoredEvent]) -> Result<Report, ExportError> {
    let header: Vec<&str> = flat::COLUMNS.iter().map(|c| c.0).collect();
    write_record(out, ',', header.iter().copied())?;
    for e in events {
        let cells: Vec<String> = flat::row(e).into_iter().map(cell_text).collect();
        write_record(out, ',', cells.iter().map(String::as_str))?;
    }
    Ok(Report {
        written: events.len(),
        left_out: 0,
    })
}

/// A cell as text: empty for nothing.
pub(crate) fn cell_text(c: flat::Cell) -> String {
    match c {
        flat::Cell::Text(s) => s,
        flat::Cell::Real(x) => format_real(x),
        flat::Cell::Int(i) => i.to_string(),
        flat::Cell::Null => String::new(),
    }
}

/// A number without trailing noise (`-9.5`, `16.0056`).
pub(crate) fn format_real(x: f64) -> String {
    let s = format!("{x:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// Writes one delimited record. With `,` fields are quoted as RFC 4180 says; with a
/// tab (GDELT, ICEWS), tabs and line breaks inside fields become spaces, since those
/// formats have no quoting.
pub(crate) fn write_record<'a>(
    out: &mut impl Write,
    sep: char,
    fields: impl IntoIterator<Item = &'a str>,
) -> std::io::Result<()> {
    let mut line = String::new();
    for (i, f) in fields.into_iter().enumerate() {
        if i > 0 {
            line.push(sep);
        }
        if sep == ',' {
            if f.contains([',', '"', '\n', '\r']) {
                line.push('"');
                line.push_str(&f.replace('"', "\"\""));
                line.push('"');
            } else {
                line.push_str(f);
            }
        } else {
            line.extend(f.chars().map(|c| {
                if matches!(c, '\t' | '\n' | '\r') {
                    ' '
                } else {
                    c
                }
            }));
        }
    }
    line.push('\n');
    out.write_all(line.as_bytes())
}

/// A stable positive integer id for an event id (formats that want numbers).
pub(crate) fn numeric_id(event_id: &str) -> u64 {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(event_id.as_bytes());
    // 48 bits: exact in a double, so spreadsheets and R read it back unchanged.
    u64::from_be_bytes([0, 0, d[0], d[1], d[2], d[3], d[4], d[5]])
}

/// The event's first day (a month or a year gives its first day), falling back to the publication day for formats
/// that need a date; `None` when neither is a day.
pub(crate) fn day(e: &StoredEvent) -> Option<chrono::NaiveDate> {
    vigie_store::day_range(e.event.date.as_deref(), e.event.date_end.as_deref())
        .map(|(first, _)| first)
        .or_else(|| {
            e.document
                .published
                .as_deref()
                .and_then(|s| s.get(..10)?.parse().ok())
        })
}
