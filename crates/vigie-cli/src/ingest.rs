//! `vigie ingest`: read files and folders, code every document on all cores, store
//! the documents and events, then cluster.
//!
//! Three stages, so that both cores code even when one file holds thousands of
//! documents: one reader thread reads the files in order and cuts their records into
//! numbered units of at most [`UNIT`] documents (a document whose text is already
//! stored is skipped here, before coding); the workers take units from a shared queue
//! and code them; the main thread writes the coded documents in unit order (so that
//! the store does not depend on thread timing), in transactions of `--batch`
//! documents. The queues between stages are bounded, so memory holds a few units
//! ahead of the writer, not the corpus. Running the same ingest again is a no-op and
//! an interrupted one resumes where its last transaction ended. Clustering runs once
//! at the end, over every event not yet clustered (including those an interrupted run
//! left).

use std::collections::BTreeMap;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Mutex};
use std::time::Instant;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use vigie_coder::Pipeline;
use vigie_ingest::read::{read_document, ReadOptions, Source};
use vigie_ingest::Format;
use vigie_store::{CodedDocument, Store};

/// How an ingest runs.
pub struct Options {
    /// Worker threads.
    pub jobs: usize,
    /// Documents per transaction.
    pub batch: usize,
    /// Byte checks.
    pub read: ReadOptions,
    /// No progress bar, no summary.
    pub quiet: bool,
}

/// Documents to a unit of work: small enough that two workers share a file of a
/// thousand documents evenly, large enough that queueing costs nothing.
const UNIT: usize = 16;

/// Records of one file, read and not yet coded.
struct Unit {
    /// Its place in the writing order.
    seq: usize,
    /// The documents to code, with the language their record declares.
    records: Vec<vigie_ingest::Record>,
    /// Documents already stored.
    skipped: usize,
    /// Records or files that could not be read, each naming its file and line.
    errors: Vec<String>,
    /// Whether it is the last unit of its file (the progress bar counts files).
    ends_file: bool,
}

/// What one unit gave.
struct Coded {
    coded: Vec<CodedDocument>,
    skipped: usize,
    errors: Vec<String>,
    ends_file: bool,
}

/// The counts an ingest prints at the end.
#[derive(Debug, Default, serde::Serialize)]
pub struct Summary {
    /// Files read.
    pub files: usize,
    /// Documents stored.
    pub documents: usize,
    /// Documents already in the store.
    pub already_stored: usize,
    /// Documents or files that could not be read.
    pub failed: usize,
    /// Events stored.
    pub events: usize,
    /// Clusters recut.
    pub clusters: usize,
    /// Seconds.
    pub seconds: f64,
    /// Of which writing to the store.
    pub write_seconds: f64,
    /// Of which clustering.
    pub cluster_seconds: f64,
}

/// Ingests `paths` into the store at `db`.
pub fn run(
    db: &Path,
    paths: &[PathBuf],
    pipeline: &Pipeline,
    options: &Options,
) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let found = vigie_ingest::discover(paths);
    let mut failed_messages: Vec<String> = Vec::new();
    for (path, e) in &found.errors {
        // `ingest /no/such/path` says why it read nothing
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => e.to_string(),
        };
        let message = format!("{}: {why}", path.display());
        eprintln!("vigie: {message}");
        failed_messages.push(message);
    }
    if !found.skipped.is_empty() && !options.quiet {
        eprintln!(
            "vigie: skipped {} file(s) of no known format (txt, md, html, jsonl, rss, atom, xml) or describing a folder (README, LICENSE...), such as {}",
            found.skipped.len(),
            found.skipped[0].display()
        );
    }
    if !options.quiet {
        for (link, folder) in &found.links_outside {
            eprintln!(
                "vigie: skipped {}: a link leading out of the folder {}",
                link.display(),
                folder.display()
            );
        }
    }
    let mut store = Store::open(db)
        .with_context(|| format!("opening the store {}", vigie_store::location(db)))?;
    let run_id = store.begin_run(&now())?;
    let known = store.known_hashes()?;

    let files = &found.files;
    let bar = progress(files.len() as u64, options.quiet);
    let mut summary = Summary {
        files: files.len(),
        failed: failed_messages.len(),
        ..Summary::default()
    };
    let jobs = options.jobs.max(1);
    let (units_tx, units_rx) = mpsc::sync_channel::<Unit>(jobs * 4);
    let units_rx = Mutex::new(units_rx);
    let (tx, rx) = mpsc::sync_channel::<(usize, Coded)>(jobs * 4);
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let known = &known;
        scope.spawn(move || {
            let mut seq = 0;
            for (path, format) in files {
                for unit in read_file(path, *format, known, options.read, &mut seq) {
                    if units_tx.send(unit).is_err() {
                        return;
                    }
                }
            }
        });
        for _ in 0..jobs {
            let tx = tx.clone();
            let units_rx = &units_rx;
            scope.spawn(move || loop {
                // The lock is held only to take a unit, not to code it.
                let unit = units_rx.lock().map(|rx| rx.recv());
                let Ok(Ok(unit)) = unit else {
                    break;
                };
                let seq = unit.seq;
                if tx.send((seq, code_unit(unit, pipeline))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        // Write in unit order: results that arrive early wait here.
        let mut waiting: BTreeMap<usize, Coded> = BTreeMap::new();
        let mut expected = 0;
        let mut batch: Vec<CodedDocument> = Vec::new();
        for (i, result) in rx {
            waiting.insert(i, result);
            while let Some(result) = waiting.remove(&expected) {
                expected += 1;
                if result.ends_file {
                    bar.inc(1);
                }
                summary.already_stored += result.skipped;
                summary.failed += result.errors.len();
                for e in result.errors {
                    bar.suspend(|| eprintln!("vigie: {e}"));
                    failed_messages.push(e);
                }
                batch.extend(result.coded);
                if batch.len() >= options.batch {
                    let failed = write(&mut store, &mut batch, &mut summary)?;
                    for e in failed {
                        bar.suspend(|| eprintln!("vigie: {e}"));
                        failed_messages.push(e);
                    }
                    bar.set_message(message(&summary, started));
                }
            }
        }
        for e in write(&mut store, &mut batch, &mut summary)? {
            bar.suspend(|| eprintln!("vigie: {e}"));
            failed_messages.push(e);
        }
        Ok(())
    })?;
    bar.set_message("clustering");
    let summary = finish(&mut store, run_id, summary, started)?;
    bar.finish_and_clear();
    Ok(summary)
}

/// Clusters what the run stored and records the run's end in the ingest log: the last
/// steps of every kind of ingest.
pub(crate) fn finish(
    store: &mut Store,
    run_id: i64,
    mut summary: Summary,
    started: Instant,
) -> anyhow::Result<Summary> {
    let clustering = Instant::now();
    summary.clusters = store.cluster_pending()?.clusters;
    summary.cluster_seconds = clustering.elapsed().as_secs_f64();
    summary.seconds = started.elapsed().as_secs_f64();
    store.finish_run(
        run_id,
        &now(),
        summary.documents,
        summary.already_stored,
        summary.failed,
        summary.events,
    )?;
    Ok(summary)
}

/// Writes a batch; returns the documents the store refused, each naming its file (the
/// rest of the batch is stored).
pub(crate) fn write(
    store: &mut Store,
    batch: &mut Vec<CodedDocument>,
    summary: &mut Summary,
) -> anyhow::Result<Vec<String>> {
    if batch.is_empty() {
        return Ok(Vec::new());
    }
    let writing = Instant::now();
    let outcome = store.write_batch(std::mem::take(batch))?;
    summary.write_seconds += writing.elapsed().as_secs_f64();
    summary.documents += outcome.documents;
    summary.already_stored += outcome.skipped;
    summary.events += outcome.events;
    summary.failed += outcome.failed.len();
    Ok(outcome.failed.iter().map(ToString::to_string).collect())
}

/// Reads one file and cuts its records into units numbered from `seq` on; never
/// fails, errors are collected. A file always gives at least one unit, so that the
/// progress bar counts it.
fn read_file(
    path: &Path,
    format: Format,
    known: &HashSet<String>,
    read: ReadOptions,
    seq: &mut usize,
) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut unit = Unit {
        seq: 0,
        records: Vec::new(),
        skipped: 0,
        errors: Vec::new(),
        ends_file: false,
    };
    // Bounded by --max-bytes: a huge file is refused by its size, an endless one
    // (a device, a pipe) stops at the limit.
    match read_document(&Source::File(path.to_path_buf()), read) {
        Err(e) => unit.errors.push(e.to_string()),
        Ok(text) => {
            for record in vigie_ingest::records(path, format, &text) {
                match record {
                    Ok(record) if known.contains(&record.document.hash()) => unit.skipped += 1,
                    Ok(record) if record.document.text.trim().is_empty() => {
                        unit.errors
                            .push(format!("{}: empty document", record.document.origin));
                    }
                    Ok(record) => unit.records.push(record),
                    Err(e) => unit.errors.push(e.to_string()),
                }
                if unit.records.len() == UNIT {
                    let next = Unit {
                        records: Vec::new(),
                        skipped: 0,
                        errors: Vec::new(),
                        ..unit
                    };
                    units.push(std::mem::replace(&mut unit, next));
                }
            }
        }
    }
    units.push(unit);
    if let Some(last) = units.last_mut() {
        last.ends_file = true;
    }
    for u in &mut units {
        u.seq = *seq;
        *seq += 1;
    }
    units
}

/// Codes the documents of one unit.
fn code_unit(unit: Unit, pipeline: &Pipeline) -> Coded {
    Coded {
        coded: unit
            .records
            .into_iter()
            .map(|r| CodedDocument::code(pipeline, r.document, r.lang.as_deref()))
            .collect(),
        skipped: unit.skipped,
        errors: unit.errors,
        ends_file: unit.ends_file,
    }
}

fn progress(files: u64, quiet: bool) -> ProgressBar {
    if quiet {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(files);
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} files, {msg} (ETA {eta})",
        )
        .expect("valid progress template"),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

fn message(s: &Summary, started: Instant) -> String {
    let secs = started.elapsed().as_secs_f64().max(1e-3);
    format!(
        "{} documents ({:.0}/s), {} events",
        s.documents,
        s.documents as f64 / secs,
        s.events
    )
}

/// The time now, as an RFC 3339 string, for the ingest log.
pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

impl Summary {
    /// A human summary for standard error.
    pub fn print(&self, db: &Path) {
        eprintln!(
            "vigie: {} file(s) read in {:.1} s: {} document(s) stored ({:.0}/s), {} already stored, \
             {} failed; {} event(s) stored; {} cluster(s) recut; store: {}",
            self.files,
            self.seconds,
            self.documents,
            self.documents as f64 / self.seconds.max(1e-3),
            self.already_stored,
            self.failed,
            self.events,
            self.clusters,
            vigie_store::location(db)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file of many records is cut into numbered units that keep every record, skip
    /// and error, so that two workers share it and the writer restores its order.
    #[test]
    fn a_large_file_is_cut_into_ordered_units() {
        let dir = std::env::temp_dir().join(format!("vigie-units-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("many.jsonl");
        let mut lines: Vec<String> = (0..40)
            .map(|i| format!(r#"{{"id": "d{i}", "text": "Texte numéro {i}."}}"#))
            .collect();
        lines.insert(20, "{not json".to_string());
        std::fs::write(&path, lines.join("\n")).unwrap();
        let known: HashSet<String> = [vigie_store::content_hash("Texte numéro 3.")].into();
        let mut seq = 5;
        let units = read_file(
            &path,
            Format::JsonLines,
            &known,
            ReadOptions {
                max_bytes: 1 << 20,
                lossy: false,
            },
            &mut seq,
        );
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(seq, 5 + units.len());
        assert_eq!(
            units.iter().map(|u| u.seq).collect::<Vec<_>>(),
            (5..5 + units.len()).collect::<Vec<_>>()
        );
        assert!(units.iter().all(|u| u.records.len() <= UNIT));
        assert_eq!(units.iter().filter(|u| u.ends_file).count(), 1);
        assert!(units.last().unwrap().ends_file);
        let ids: Vec<String> = units
            .iter()
            .flat_map(|u| u.records.iter().map(|r| r.document.doc.clone()))
            .collect();
        let expected: Vec<String> = (0..40)
            .filter(|&i| i != 3)
            .map(|i| format!("d{i}"))
            .collect();
        assert_eq!(ids, expected, "every new record once, in file order");
        assert_eq!(units.iter().map(|u| u.skipped).sum::<usize>(), 1);
        let errors: Vec<&String> = units.iter().flat_map(|u| &u.errors).collect();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("many.jsonl:21"), "{}", errors[0]);
    }
}
