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
pub fn run(args: &super::IngestBenchArgs) -> anyhow::Result<Vec<String>> {
    let docs = args.docs;
    let dir = std::env::temp_dir().join(format!("vigie-bench-ingest-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let corpus_dir = args.corpus.clone().unwrap_or_else(|| dir.join("corpus"));
    std::fs::create_dir_all(&dir)?;
    std::fs::create_dir_all(&corpus_dir)?;
    eprintln!(
        "generating {docs} documents (seed {}) as JSON Lines in {}...",
        args.seed,
        corpus_dir.display()
    );
    let bytes = write_corpus(&corpus_dir, docs, args.seed)?;
    let db = args.keep.clone().unwrap_or_else(|| dir.join("bench.db"));
    if vigie_store::is_server(&db) {
        let stored = Store::open(&db)?.stats()?.documents;
        anyhow::ensure!(
            stored == 0,
            "{}: the benchmark needs an empty database ({stored} documents in it)",
            vigie_store::location(&db)
        );
    } else {
        let _ = std::fs::remove_file(&db);
    }
    let pipeline = crate::pipeline(None)?;
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let writers = args.writers.max(1);
    let options = crate::ingest::Options {
        jobs: (jobs / writers).max(1),
        batch: 512,
        read: vigie_ingest::read::ReadOptions {
            max_bytes: 64 * 1024 * 1024,
            lossy: false,
        },
        quiet: writers > 1,
    };
    let mut parts: Vec<Vec<PathBuf>> = vec![Vec::new(); writers];
    let mut files: Vec<PathBuf> = std::fs::read_dir(&corpus_dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    for (i, f) in files.into_iter().enumerate() {
        parts[i % writers].push(f);
    }
    let single = if args.scaling {
        eprintln!("ingesting with 1 worker into a scratch store, for the scaling figure...");
        let scratch = dir.join("one-worker.db");
        let one = crate::ingest::Options { jobs: 1, ..options };
        Some(timed(|| {
            crate::ingest::run(&scratch, std::slice::from_ref(&corpus_dir), &pipeline, &one)
        })?)
    } else {
        None
    };
    eprintln!(
        "ingesting {:.1} MB with {writers} ingest(s) at once, {} worker(s) each...",
        bytes as f64 / 1e6,
        options.jobs
    );
    let (first, cpu) = timed(|| {
        let runs: Vec<anyhow::Result<crate::ingest::Summary>> = std::thread::scope(|scope| {
            let handles: Vec<_> = parts
                .iter()
                .map(|part| {
                    let (db, pipeline, options) = (&db, &pipeline, &options);
                    scope.spawn(move || crate::ingest::run(db, part, pipeline, options))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("an ingest thread panicked"))
                .collect()
        });
        let mut total = crate::ingest::Summary::default();
        for run in runs {
            let run = run?;
            total.documents += run.documents;
            total.events += run.events;
            total.clusters += run.clusters;
            total.seconds = total.seconds.max(run.seconds);
            total.write_seconds += run.write_seconds;
            total.cluster_seconds += run.cluster_seconds;
        }
        Ok(total)
    })?;
    let corpus_dir = vec![corpus_dir];
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
        "                 of which writing {:.1} s, clustering {:.1} s (summed over the ingests)",
        first.write_seconds, first.cluster_seconds
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
    if let Some((one, one_cpu)) = single {
        let speedup = (docs as f64 / first.seconds) / (docs as f64 / one.seconds);
        println!(
            "  scaling        1 worker: {:.0} documents/s, {:.2} cores busy; {jobs} workers: {:.0} documents/s, {:.2} cores busy: {speedup:.2}x",
            docs as f64 / one.seconds,
            one_cpu / one.seconds,
            docs as f64 / first.seconds,
            cpu / first.seconds,
        );
    } else {
        println!("  cores busy     {:>8.2}", cpu / first.seconds);
    }
    if args.corpus.is_none() {
        let _ = std::fs::remove_dir_all(&corpus_dir[0]);
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(errors)
}

/// Runs `f`; returns its summary and the processor seconds the whole process spent
/// meanwhile (user and system, every thread).
fn timed(
    f: impl FnOnce() -> anyhow::Result<crate::ingest::Summary>,
) -> anyhow::Result<(crate::ingest::Summary, f64)> {
    let before = cpu_seconds();
    let summary = f()?;
    Ok((summary, cpu_seconds() - before))
}

/// Processor seconds of this process so far, from `/proc/self/stat` (Linux; 0
/// elsewhere). The kernel counts them in ticks of 1/100 s on every Linux build vigie
/// targets.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // The command name may hold spaces; the fields after it are numbers.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or("", |(_, rest)| rest)
        .split_whitespace()
        .collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    (ticks(11) + ticks(12)) / 100.0
}

/// Writes `docs` generated documents as JSON Lines, 1,000 a file; returns their bytes
/// of text.
fn write_corpus(dir: &std::path::Path, docs: usize, seed: u64) -> anyhow::Result<usize> {
    let texts = corpus::short_documents(docs, seed);
    let bytes: usize = texts.iter().map(String::len).sum();
    let start_day = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("a date");
    for (chunk, part) in texts.chunks(1000).enumerate() {
        let mut file = std::io::BufWriter::new(std::fs::File::create(
            dir.join(format!("part-{chunk:04}.jsonl")),
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
    Ok(bytes)
}
