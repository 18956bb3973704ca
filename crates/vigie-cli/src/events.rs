//! `vigie events`: stored events with filters, as a table, JSON Lines or CSV.

use std::io::Write;

use clap::Args;
use vigie_store::{EventFilter, StoredEvent};

/// The filters shared by `events`, `export` and `brief`.
#[derive(Args, Clone, Debug, Default)]
pub struct FilterArgs {
    /// An actor on either side: country (MLI), organisation (AU, UN) or the start of an
    /// actor code (MLIMIL).
    #[arg(long, value_name = "ACTOR")]
    pub actor: Option<String>,
    /// Two actors, one on each side, either direction: `MLI-DZA` or `MLI,DZA`.
    #[arg(long, value_name = "A-B", value_parser = parse_dyad)]
    pub dyad: Option<(String, String)>,
    /// A country as source, target or place (ISO alpha-3).
    #[arg(long, value_name = "ISO3")]
    pub country: Option<String>,
    /// CAMEO codes starting with this: a root (19) or a code (1041).
    #[arg(long, value_name = "CODE")]
    pub cameo: Option<String>,
    /// PLOVER event type (ASSAULT, PROTEST, REDUCE_RELATIONS...).
    #[arg(long, value_name = "TYPE")]
    pub plover: Option<String>,
    /// Events whose dates reach this day or later (YYYY-MM-DD).
    #[arg(long, value_name = "DAY")]
    pub from: Option<String>,
    /// Events whose dates start on this day or earlier.
    #[arg(long, value_name = "DAY")]
    pub to: Option<String>,
    /// Place name (substring, any case).
    #[arg(long, value_name = "NAME")]
    pub place: Option<String>,
    /// Bounding box in degrees: WEST,SOUTH,EAST,NORTH.
    #[arg(long, value_name = "W,S,E,N", value_parser = parse_bbox, allow_hyphen_values = true)]
    pub bbox: Option<[f64; 4]>,
    /// Modalities to keep, comma-separated (asserted,alleged,reported,hypothetical,
    /// recommended,planned,prevented,negated); `factual` stands for the first three.
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub modality: Vec<String>,
    /// Only events whose cluster is told by at least this many sources.
    #[arg(long, value_name = "N")]
    pub min_sources: Option<u32>,
    /// Only the events of this document.
    #[arg(long, value_name = "ID")]
    pub doc: Option<String>,
    /// At most this many events.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

impl FilterArgs {
    /// The store's filter.
    pub fn filter(&self) -> anyhow::Result<EventFilter> {
        let modality = vigie_store::parse_modalities(self.modality.iter().map(String::as_str))
            .map_err(|e| anyhow::anyhow!("--modality {e}"))?;
        Ok(EventFilter {
            actor: self.actor.clone(),
            dyad: self.dyad.clone(),
            country: self.country.clone(),
            cameo: self.cameo.clone(),
            plover: self.plover.clone(),
            from: self.from.clone(),
            to: self.to.clone(),
            place: self.place.clone(),
            bbox: self.bbox,
            modality,
            min_sources: self.min_sources,
            doc: self.doc.clone(),
            limit: self.limit,
            offset: 0,
        })
    }
}

/// `A-B` or `A,B`.
pub fn parse_dyad(s: &str) -> Result<(String, String), String> {
    vigie_store::parse_dyad(s)
}

fn parse_bbox(s: &str) -> Result<[f64; 4], String> {
    vigie_store::parse_bbox(s)
}

/// Output formats of `events`.
#[derive(Clone, Copy, Debug, Default, clap::ValueEnum)]
pub enum EventsFormat {
    /// A readable table.
    #[default]
    Table,
    /// One JSON object per line: the coder's fields plus cluster, num_articles,
    /// num_sources and the document's metadata.
    Jsonl,
    /// Comma-separated values with a header (the columns of `vigie export --format csv`).
    Csv,
}

/// Writes events in `format`.
pub fn write(
    out: &mut impl Write,
    events: &[StoredEvent],
    format: EventsFormat,
) -> anyhow::Result<()> {
    match format {
        EventsFormat::Jsonl => {
            for e in events {
                crate::write_json_line(out, e)?;
            }
        }
        EventsFormat::Csv => {
            vigie_export::write(out, events, vigie_export::Format::Csv)?;
        }
        EventsFormat::Table => table(out, events)?,
    }
    Ok(())
}

/// A table sized to its content, one event a row.
fn table(out: &mut impl Write, events: &[StoredEvent]) -> std::io::Result<()> {
    let header = [
        "date", "cameo", "what", "source", "target", "modality", "place", "src", "event",
    ];
    // a field that came from a document or a file name (event ids carry document ids)
    // never drives the terminal: control characters are replaced
    let rows: Vec<[String; 9]> = events
        .iter()
        .map(|s| {
            let e = &s.event;
            let actor = |a: &Option<vigie_coder::EventActor>| {
                a.as_ref().map_or("-".to_string(), |a| a.code.clone())
            };
            [
                e.date.clone().unwrap_or_else(|| "-".into()),
                e.cameo.clone(),
                clip(e.cameo_name.as_deref().unwrap_or(""), 34),
                actor(&e.source),
                actor(&e.target),
                e.modality.name().to_string(),
                clip(e.place.as_ref().map_or("-", |p| p.name.as_str()), 16),
                s.num_sources.to_string(),
                e.id.clone(),
            ]
            .map(|cell| vigie_core::printable(&cell).into_owned())
        })
        .collect();
    let mut widths = header.map(str::len);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |out: &mut dyn Write, cells: &[&str]| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if i + 1 == cells.len() {
                s.push_str(cell);
            } else {
                s.push_str(&format!("{cell:<w$}  "));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, &header)?;
    for row in &rows {
        line(out, &row.each_ref().map(String::as_str))?;
    }
    writeln!(
        out,
        "({} event{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}
