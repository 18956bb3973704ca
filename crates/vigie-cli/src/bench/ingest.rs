//! `vigie bench ingest`: a generated corpus through `vigie ingest` into a fresh store,
//! then the queries an analyst runs. Reports documents/s, events/s, the store's size
//! and query latencies; checks that every document was stored once and that a second
//! ingest stores nothing.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use vigie_store::{EventFilter, Store};

use super::corpus;

/// Invented outlets the generated documents are attributed to.
const OUTLETS: &[&str] = &[
    "Sahel Hebdo",
    "Dépêche de Niamey",
    "West Africa Monitor",
    "Le Courrier d’Alger",
    "Bamako Matin",
    "Gulf of Guinea Observer",
    "Le Veilleur",
    "Lake Chad Wire",
];

/// Runs the benchmark; returns the wrong answers.
pub fn run(docs: usize, seed: u64, keep: Option<PathBuf>) -> anyhow::Result<Vec<String>> {
    let dir = std::env::temp_dir().join(format!("vigie-bench-ingest-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("corpus"))?;
    eprintln!(
        "generating {docs} documents (seed {seed}) as JSON Lines in {}...",
        dir.display()
    );
    let texts = corpus::short_documents(docs, seed);
    let bytes: usize = texts.iter().map(String::len).sum();
    let start_day = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("a date");
    for (chunk, part) in texts.chunks(1000).enumerate() {
        let mut file = std::io::BufWriter::new(std::fs::File::create(
            dir.join("corpus").join(format!("part-{chunk:04}.jsonl")),
        )?);
        for (k, text) in part.iter().enumerate() {
            let i = chunk * 1000 + k;
            let record = serde_json::json!({
                "id": format!("gen-{i}"),
                "source": OUTLETS[i % OUTLETS.len()],
                "url": format!("https://example.invalid/gen/{i}"),
                "published": (start_day + chrono::Duration::days((i % 365) as i64)).to_string(),
                "text": text,
            });
            serde_json::to_writer(&mut file, &record)?;
            file.write_all(b"\n")?;
        }
        file.flush()?;
    }
    let db = keep.unwrap_or_else(|| dir.join("bench.db"));
    let _ = std::fs::remove_file(&db);
    let pipeline = crate::pipeline(None)?;
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let options = crate::ingest::Options {
        jobs,
        batch: 512,
        read: vigie_ingest::read::ReadOptions {
            max_bytes: 64 * 1024 * 1024,
            lossy: false,
        },
        quiet: false,
    };
    eprintln!(
        "ingesting {:.1} MB with {jobs} worker(s)...",
        bytes as f64 / 1e6
    );
    let corpus_dir = vec![dir.join("corpus")];
    let first = crate::ingest::run(&db, &corpus_dir, &pipeline, &options)?;
    let again_started = Instant::now();
    let again = crate::ingest::run(
        &db,
        &corpus_dir,
        &pipeline,
        &crate::ingest::Options {
            quiet: true,
            ..options
        },
    )?;
    let again_secs = again_started.elapsed().as_secs_f64();
    let size: u64 = ["", "-wal", "-shm"]
        .iter()
        .filter_map(|s| std::fs::metadata(format!("{}{s}", db.display())).ok())
        .map(|m| m.len())
        .sum();

    let store = Store::open_existing(&db)?;
    let stats = store.stats()?;
    let year = EventFilter {
        dyad: Some(("MLI".into(), "DZA".into())),
        from: Some("2025-01-01".into()),
        to: Some("2025-12-31".into()),
        ..EventFilter::default()
    };
    let mut latencies = Vec::new();
    let mut dyad_events = 0;
    for _ in 0..5 {
        let t = Instant::now();
        let events = store.events(&year)?;
        let points = vigie_analytics::series(&events, vigie_analytics::Bucket::Day, None, None)?;
        latencies.push(t.elapsed().as_secs_f64() * 1e3);
        dyad_events = events.len();
        std::hint::black_box(points);
    }
    latencies.sort_by(f64::total_cmp);
    let t = Instant::now();
    let alerts = vigie_analytics::alerts(&store.events(&EventFilter::default())?);
    let alerts_ms = t.elapsed().as_secs_f64() * 1e3;

    println!(
        "ingest benchmark: {docs} generated documents, {:.1} MB, {jobs} worker(s)",
        bytes as f64 / 1e6
    );
    println!(
        "  first ingest   {:>8.1} s   {:>8.0} documents/s   {:>8.0} events/s   ({} events, {} clusters)",
        first.seconds,
        first.documents as f64 / first.seconds,
        first.events as f64 / first.seconds,
        first.events,
        first.clusters
    );
    println!(
        "  second ingest  {again_secs:>8.1} s   (every document already stored: {} skipped)",
        again.already_stored
    );
    println!(
        "  store size     {:>8.1} MB  ({:.0} bytes per document)",
        size as f64 / 1e6,
        size as f64 / docs.max(1) as f64
    );
    println!(
        "  query: MLI-DZA events over 2025 and their daily series: {:.1} ms best, {:.1} ms median ({dyad_events} events)",
        latencies[0],
        latencies[latencies.len() / 2]
    );
    println!(
        "  alerts over the whole store: {alerts_ms:.0} ms ({} alerts)",
        alerts.len()
    );

    let mut errors = Vec::new();
    if stats.documents as usize != docs || first.documents != docs {
        errors.push(format!(
            "{docs} documents generated, {} stored",
            stats.documents
        ));
    }
    if again.documents != 0 || again.already_stored != docs {
        errors.push(format!(
            "the second ingest stored {} documents and skipped {}; expected 0 and {docs}",
            again.documents, again.already_stored
        ));
    }
    if stats.events as usize != first.events {
        errors.push(format!(
            "{} events reported, {} in the store",
            first.events, stats.events
        ));
    }
    let _ = std::fs::remove_dir_all(dir.join("corpus"));
    Ok(errors)
}
