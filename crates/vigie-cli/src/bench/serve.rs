//! `vigie bench serve`: the events endpoint under load, over a store of a million
//! events.
//!
//! The store is built fast rather than coded from scratch: a few thousand generated
//! documents are coded once, then copied with new ids, distinct texts and dates shifted
//! day by day until the store holds the number of events asked for. Then the server
//! runs in this process and client threads send requests on loopback (one connection
//! per request) for a fixed time; requests/s and latency percentiles are reported per
//! query and overall. Every answer is checked: status 200 and a JSON body.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Duration, Instant};

use vigie_store::{CodedDocument, NewDocument, Store};

use super::corpus;

/// The queries timed, as a dashboard sends them.
const QUERIES: &[(&str, &str)] = &[
    ("latest 100", "/api/events?limit=100"),
    (
        "dyad, one month",
        "/api/events?dyad=MLI-DZA&from=2025-04-01&to=2025-04-30&limit=100",
    ),
    ("CAMEO root 19", "/api/events?cameo=19&limit=100"),
    (
        "actor, facts only",
        "/api/events?actor=NER&modality=factual&limit=100",
    ),
];

/// Builds the store (unless it exists with enough events) and runs the load.
pub fn run(
    events: usize,
    seconds: u64,
    clients: usize,
    db: Option<std::path::PathBuf>,
) -> anyhow::Result<Vec<String>> {
    let db = db.unwrap_or_else(|| std::env::temp_dir().join("vigie-bench-serve.db"));
    let pipeline = Arc::new(crate::pipeline(None)?);
    let existing = if db.exists() {
        Store::open(&db)?.stats()?.events as usize
    } else {
        0
    };
    if existing < events {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
        }
        build(&db, &pipeline, events)?;
    } else {
        eprintln!("reusing {} ({existing} events)", db.display());
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let config = vigie_web::Config {
        db: db.clone(),
        addr: "127.0.0.1:0".parse().expect("an address"),
        token: None,
        assets: None,
        max_body: 1 << 20,
    };
    let server_pipeline = pipeline.clone();
    std::thread::spawn(move || {
        let _ = vigie_web::serve_blocking(config, server_pipeline, move |addr| {
            let _ = tx.send(addr.port());
        });
    });
    let port = rx.recv_timeout(Duration::from_secs(30))?;
    // (the server runs in this process: its peak is the process's, the store's build
    // included, so the peak is read before the load and after it)
    let peak_before = peak_resident_mb();
    eprintln!("loading http://127.0.0.1:{port}/api/events with {clients} client threads for {seconds} s...");
    let stop = Instant::now() + Duration::from_secs(seconds);
    let results: Vec<Vec<(usize, f64, bool)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..clients)
            .map(|c| {
                scope.spawn(move || {
                    let mut out = Vec::new();
                    let mut k = c;
                    while Instant::now() < stop {
                        let q = k % QUERIES.len();
                        let t = Instant::now();
                        let ok = fetch(port, QUERIES[q].1);
                        out.push((q, t.elapsed().as_secs_f64() * 1e3, ok));
                        k += 1;
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let all: Vec<(usize, f64, bool)> = results.into_iter().flatten().collect();
    let stats = Store::open(&db)?.stats()?;
    println!(
        "serve benchmark: {} events in {} documents, {clients} clients, {seconds} s, one connection per request",
        stats.events, stats.documents
    );
    let report = |name: &str, mut ms: Vec<f64>| {
        ms.sort_by(f64::total_cmp);
        let pct = |p: f64| ms[((ms.len() as f64 - 1.0) * p).round() as usize];
        if !ms.is_empty() {
            println!(
                "  {name:<20} {:>7.1} requests/s   p50 {:>7.1} ms   p99 {:>7.1} ms   ({} requests)",
                ms.len() as f64 / seconds as f64,
                pct(0.5),
                pct(0.99),
                ms.len()
            );
        }
    };
    for (q, (name, _)) in QUERIES.iter().enumerate() {
        report(name, all.iter().filter(|r| r.0 == q).map(|r| r.1).collect());
    }
    report("all", all.iter().map(|r| r.1).collect());
    match (peak_before, peak_resident_mb(), resident_mb()) {
        (Some(before), Some(after), Some(now)) => println!(
            "  memory: peak resident {after:.0} MB after the load ({before:.0} MB before it), \
             {now:.0} MB now"
        ),
        _ => println!("  memory: not measured (no /proc/self/status)"),
    }
    let failed = all.iter().filter(|r| !r.2).count();
    Ok(if failed > 0 {
        vec![format!("{failed} of {} requests failed", all.len())]
    } else if all.is_empty() {
        vec!["no request completed".into()]
    } else {
        Vec::new()
    })
}

/// One GET; whether it answered 200 with a JSON object.
fn fetch(port: u16, path: &str) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    let mut raw = Vec::new();
    if stream.write_all(request.as_bytes()).is_err() || stream.read_to_end(&mut raw).is_err() {
        return false;
    }
    raw.starts_with(b"HTTP/1.1 200") && raw.windows(10).any(|w| w == b"\"events\":[")
}

/// Codes a base of generated documents, then copies it until the store holds `target`
/// events.
fn build(
    db: &std::path::Path,
    pipeline: &vigie_coder::Pipeline,
    target: usize,
) -> anyhow::Result<()> {
    let started = Instant::now();
    let texts = corpus::short_documents(2_000, 11);
    let mut base: Vec<CodedDocument> = texts
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let document = NewDocument {
                doc: format!("base-{i}"),
                source: Some(format!("Outlet {}", i % 12)),
                published: Some("2025-04-15".into()),
                origin: "bench".into(),
                text,
                ..NewDocument::default()
            };
            CodedDocument::code(pipeline, document, None)
        })
        .collect();
    base.retain(|d| !d.events.is_empty());
    let per_copy: usize = base.iter().map(|d| d.events.len()).sum();
    let copies = target.div_ceil(per_copy.max(1));
    eprintln!(
        "building a store of {target} events: {} coded documents ({per_copy} events) copied {copies} times...",
        base.len()
    );
    let mut store = Store::open(db)?;
    let day0 = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("a date");
    let mut written = 0;
    for k in 0..copies {
        let shift = chrono::Duration::days((k % 730) as i64);
        let batch: Vec<CodedDocument> = base
            .iter()
            .map(|d| {
                let mut copy = d.clone();
                let doc = format!("{}-{k}", d.document.doc);
                copy.document.doc = doc.clone();
                copy.document.text = format!("{}\n\nCopy {k}.\n", d.document.text);
                copy.document.published = Some((day0 + shift).to_string());
                for e in &mut copy.events {
                    e.id = e.id.replacen(&d.document.doc, &doc, 1);
                    e.doc = doc.clone();
                    // Spread the copies over two years: copy k tells its dated events
                    // on day k.
                    if e.date.as_deref().is_some_and(|s| s.len() == 10) {
                        e.date = Some((day0 + shift).to_string());
                        e.date_end = None;
                    }
                }
                copy
            })
            .collect();
        written += store.write_batch(batch)?.events;
        if k % 20 == 0 {
            eprintln!(
                "  {written} events written ({:.0} s)",
                started.elapsed().as_secs_f64()
            );
        }
    }
    eprintln!("clustering...");
    let clustered = store.cluster_pending()?;
    eprintln!(
        "store built in {:.0} s: {written} events, {} clusters",
        started.elapsed().as_secs_f64(),
        clustered.clusters
    );
    Ok(())
}

/// A field of `/proc/self/status` in MB (`VmHWM`: peak resident, `VmRSS`: resident).
fn status_mb(field: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn peak_resident_mb() -> Option<f64> {
    status_mb("VmHWM:")
}

fn resident_mb() -> Option<f64> {
    status_mb("VmRSS:")
}
