//! The commands over the store: `events`, `clusters`, `export`, `dyad`, `alerts`,
//! `brief`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Args;
use vigie_analytics::{brief::BriefSpec, Bucket};
use vigie_store::{EventFilter, Store};

use crate::events::{self, EventsFormat, FilterArgs};

/// Opens a store that must exist.
pub fn open(db: &Path) -> anyhow::Result<Store> {
    if !vigie_store::is_server(db) && !db.exists() {
        anyhow::bail!(
            "no store at {}: run `vigie ingest PATH...` first, or pass --db FILE",
            vigie_store::location(db)
        );
    }
    Store::open_existing(db)
        .with_context(|| format!("opening the store {}", vigie_store::location(db)))
}

/// `vigie events`.
#[derive(Args)]
pub struct EventsArgs {
    #[command(flatten)]
    filter: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = EventsFormat::Table)]
    format: EventsFormat,
}

pub fn events(db: &Path, args: &EventsArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let store = open(db)?;
    let list = store.events(&args.filter.filter()?)?;
    events::write(out, &list, args.format)
}

/// `vigie clusters`.
#[derive(Args)]
pub struct ClustersArgs {
    /// Only clusters told by at least this many articles.
    #[arg(long, default_value_t = 1, value_name = "N")]
    min_articles: u32,
    /// At most this many clusters.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

pub fn clusters(db: &Path, args: &ClustersArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let store = open(db)?;
    for c in store.clusters(args.min_articles, args.limit)? {
        crate::write_json_line(out, &c)?;
    }
    Ok(())
}

/// Export formats on the command line.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ExportFormat {
    /// vigie's flat table, comma-separated with a header.
    Csv,
    /// The same table as Parquet (needs --out).
    Parquet,
    /// GDELT 2.0 event table: 61 tab-separated columns, no header.
    Gdelt,
    /// ICEWS coded event data: 20 tab-separated columns with a header.
    Icews,
    /// ACLED CSV: 31 columns, event types mapped from CAMEO.
    Acled,
    /// PLOVER JSON Lines (POLECAT-style interchange).
    Plover,
    /// GeoJSON FeatureCollection of placed events.
    Geojson,
}

/// `vigie export`.
#[derive(Args)]
pub struct ExportArgs {
    /// The format.
    #[arg(long, value_enum)]
    format: ExportFormat,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    #[command(flatten)]
    filter: FilterArgs,
}

pub fn export(db: &Path, args: &ExportArgs, stdout: &mut impl Write) -> anyhow::Result<()> {
    let format = match args.format {
        ExportFormat::Csv => vigie_export::Format::Csv,
        ExportFormat::Parquet => vigie_export::Format::Parquet,
        ExportFormat::Gdelt => vigie_export::Format::Gdelt,
        ExportFormat::Icews => vigie_export::Format::Icews,
        ExportFormat::Acled => vigie_export::Format::Acled,
        ExportFormat::Plover => vigie_export::Format::Plover,
        ExportFormat::Geojson => vigie_export::Format::Geojson,
    };
    if format == vigie_export::Format::Parquet && args.out.is_none() {
        anyhow::bail!("--format parquet writes a binary file: give it with --out FILE");
    }
    let store = open(db)?;
    let list = store.events(&args.filter.filter()?)?;
    let report = match &args.out {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("creating {}", path.display()))?;
            let mut w = std::io::BufWriter::new(file);
            let report = vigie_export::write(&mut w, &list, format)?;
            w.flush()?;
            report
        }
        None => vigie_export::write(stdout, &list, format)?,
    };
    eprintln!(
        "vigie: exported {} event(s){}",
        report.written,
        if report.left_out > 0 {
            format!(
                "; left out {} the format cannot hold (not told as fact, no date, no place or out of its scope)",
                report.left_out
            )
        } else {
            String::new()
        }
    );
    Ok(())
}

/// `vigie dyad`.
#[derive(Args)]
pub struct DyadArgs {
    /// First actor (country such as MLI, or organisation).
    a: String,
    /// Second actor.
    b: String,
    /// Bucket width.
    #[arg(long, value_enum, default_value_t = BucketArg::Day)]
    by: BucketArg,
    /// First day (YYYY-MM-DD).
    #[arg(long, value_name = "DAY")]
    from: Option<String>,
    /// Last day.
    #[arg(long, value_name = "DAY")]
    to: Option<String>,
    /// Output: a table with a chart line, JSON Lines, or CSV.
    #[arg(long, value_enum, default_value_t = EventsFormat::Table)]
    format: EventsFormat,
    /// Also write the series as an SVG chart to this file.
    #[arg(long, value_name = "FILE")]
    svg: Option<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum BucketArg {
    /// One row per day.
    Day,
    /// One row per week (from Monday).
    Week,
}

fn day(s: &Option<String>, name: &str) -> anyhow::Result<Option<chrono::NaiveDate>> {
    s.as_deref()
        .map(|d| {
            d.parse()
                .with_context(|| format!("{name} `{d}`: expected a day as YYYY-MM-DD"))
        })
        .transpose()
}

pub fn dyad(db: &Path, args: &DyadArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let store = open(db)?;
    let filter = EventFilter {
        dyad: Some((args.a.to_uppercase(), args.b.to_uppercase())),
        ..EventFilter::default()
    };
    let list = store.events(&filter)?;
    let bucket = match args.by {
        BucketArg::Day => Bucket::Day,
        BucketArg::Week => Bucket::Week,
    };
    let (from, to) = (day(&args.from, "--from")?, day(&args.to, "--to")?);
    // Bounded: a far --from, --to or a far-off event cannot make millions of rows.
    let points = vigie_analytics::series(&list, bucket, from, to)
        .context("--from and --to (or the events' dates) span too many buckets: narrow them or use --by week")?;
    let title = format!(
        "{}–{} tension",
        args.a.to_uppercase(),
        args.b.to_uppercase()
    );
    if let Some(path) = &args.svg {
        std::fs::write(path, vigie_analytics::series::svg(&points, &title))
            .with_context(|| format!("writing {}", path.display()))?;
        eprintln!("vigie: chart written to {}", path.display());
    }
    match args.format {
        EventsFormat::Jsonl => {
            for p in &points {
                crate::write_json_line(out, p)?;
            }
        }
        EventsFormat::Csv => {
            writeln!(out, "start,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,goldstein,events")?;
            for p in &points {
                writeln!(
                    out,
                    "{},{},{},{},{},{:.1},{}",
                    p.start,
                    p.quad[0],
                    p.quad[1],
                    p.quad[2],
                    p.quad[3],
                    p.goldstein,
                    p.events.join(";")
                )?;
            }
        }
        EventsFormat::Table => {
            if points.is_empty() {
                writeln!(
                    out,
                    "no event told as fact between {} and {}",
                    args.a, args.b
                )?;
                return Ok(());
            }
            writeln!(
                out,
                "{title}, one row per {} (events counted once per cluster)",
                match bucket {
                    Bucket::Day => "day",
                    Bucket::Week => "week",
                }
            )?;
            if points.len() <= 120 {
                let (up, down) = vigie_analytics::series::sparkline(&points);
                writeln!(out, "  {up}\n  {down}")?;
            } else {
                writeln!(out, "({} buckets: too many for a chart line; use --by week, --from and --to, or --svg)", points.len())?;
            }
            writeln!(
                out,
                "{:<10}  {:>4} {:>4} {:>4} {:>4}  {:>9}",
                "start", "vcoop", "mcoop", "vconf", "mconf", "goldstein"
            )?;
            for p in points.iter().filter(|p| p.total() > 0) {
                writeln!(
                    out,
                    "{:<10}  {:>5} {:>5} {:>5} {:>5}  {:>9.1}",
                    p.start, p.quad[0], p.quad[1], p.quad[2], p.quad[3], p.goldstein
                )?;
            }
        }
    }
    Ok(())
}

/// `vigie alerts`.
#[derive(Args)]
pub struct AlertsArgs {
    /// Only alerts for this pair (A-B).
    #[arg(long, value_name = "A-B", value_parser = events::parse_dyad)]
    dyad: Option<(String, String)>,
    /// Output: a readable list, or JSON Lines (each alert with its evidence).
    #[arg(long, value_enum, default_value_t = AlertsFormat::Table)]
    format: AlertsFormat,
}

/// What `vigie alerts` can write: an alert and its evidence are nested, which a flat
/// table of values (CSV) cannot hold, so it is not offered.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AlertsFormat {
    /// A readable list.
    Table,
    /// JSON Lines, one alert per line with its evidence.
    Jsonl,
}

pub fn alerts(db: &Path, args: &AlertsArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let store = open(db)?;
    let filter = EventFilter {
        dyad: args.dyad.clone(),
        ..EventFilter::default()
    };
    let list = store.events(&filter)?;
    let alerts = vigie_analytics::alerts(&list);
    match args.format {
        AlertsFormat::Jsonl => {
            for a in &alerts {
                crate::write_json_line(out, a)?;
            }
        }
        AlertsFormat::Table => {
            if alerts.is_empty() {
                writeln!(out, "no alert")?;
            }
            for a in &alerts {
                use vigie_core::printable as p;
                writeln!(
                    out,
                    "ALERT {} {}–{} {} → {}: {}",
                    a.signal,
                    p(&a.dyad[0]),
                    p(&a.dyad[1]),
                    a.from,
                    a.to,
                    p(&a.reason)
                )?;
                for e in &a.evidence {
                    writeln!(
                        out,
                        "  {}  {:>5}  {} → {}  {} ({})  [{}]\n      “{}”",
                        e.date,
                        p(&e.cameo),
                        p(e.source.as_deref().unwrap_or("?")),
                        p(e.target.as_deref().unwrap_or("?")),
                        p(e.cameo_name.as_deref().unwrap_or("")),
                        e.modality,
                        p(&e.event),
                        p(&e.text)
                    )?;
                }
            }
        }
    }
    Ok(())
}

/// `vigie brief`.
#[derive(Args)]
pub struct BriefArgs {
    /// The pair, as A-B (MLI-DZA).
    #[arg(long, value_name = "A-B", value_parser = events::parse_dyad)]
    dyad: (String, String),
    /// First day (YYYY-MM-DD).
    #[arg(long, value_name = "DAY")]
    from: Option<String>,
    /// Last day.
    #[arg(long, value_name = "DAY")]
    to: Option<String>,
    /// Markdown or HTML (default: from --out's extension, else Markdown).
    #[arg(long, value_enum)]
    format: Option<BriefFormat>,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BriefFormat {
    /// Markdown.
    Markdown,
    /// A standalone HTML page.
    Html,
}

pub fn brief(db: &Path, args: &BriefArgs, stdout: &mut impl Write) -> anyhow::Result<()> {
    // `--out brief.pdf` would get Markdown under a PDF name: say what vigie writes.
    let extension = args
        .out
        .as_ref()
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_lowercase());
    if args.format.is_none()
        && extension
            .as_deref()
            .is_some_and(|e| !matches!(e, "md" | "markdown" | "txt" | "html" | "htm"))
    {
        anyhow::bail!(
            "a brief is written as Markdown (.md) or HTML (.html), not .{}: print the HTML page to PDF from a browser, or give --format",
            extension.unwrap_or_default()
        );
    }
    let store = open(db)?;
    let filter = EventFilter {
        dyad: Some(args.dyad.clone()),
        from: args.from.clone(),
        to: args.to.clone(),
        ..EventFilter::default()
    };
    let list = store.events(&filter)?;
    let (a, b) = &args.dyad;
    let spec = BriefSpec {
        title: format!("{a}–{b}: chronology"),
        scope: format!(
            "Events between {a} and {b}{}{}, one entry per event however many articles tell it; coded by vigie {}.",
            args.from.as_deref().map(|f| format!(" from {f}")).unwrap_or_default(),
            args.to.as_deref().map(|t| format!(" to {t}")).unwrap_or_default(),
            env!("CARGO_PKG_VERSION"),
        ),
    };
    let html = args.format == Some(BriefFormat::Html)
        || (args.format.is_none()
            && args
                .out
                .as_ref()
                .and_then(|p| p.extension())
                .is_some_and(|e| e == "html" || e == "htm"));
    let text = if html {
        vigie_analytics::brief::html(&spec, &list)
    } else {
        vigie_analytics::brief::markdown(&spec, &list)
    };
    match &args.out {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
            eprintln!("vigie: brief written to {}", path.display());
        }
        None => stdout.write_all(text.as_bytes())?,
    }
    Ok(())
}
