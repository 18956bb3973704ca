//! `vigie ingest`: read files and folders, code every document on all cores, store
//! the documents and events, then cluster.
//!
//! Workers take files from a shared counter, read and code them; the main thread
//! writes their documents in the order of the file list (so that the store does not
//! depend on thread timing), in transactions of `--batch` documents. A document whose
//! text is already stored is skipped before coding, so running the same ingest again
//! is a no-op and an interrupted one resumes where its last transaction ended.
//! Clustering runs once at the end, over every event not yet clustered (including
//! those an interrupted run left).

use std::collections::BTreeMap;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
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

/// What one file gave.
struct FileResult {
    coded: Vec<CodedDocument>,
    skipped: usize,
    errors: Vec<String>,
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
    let mut store =
        Store::open(db).with_context(|| format!("opening the store {}", db.display()))?;
    let run_id = store.begin_run(&now())?;
    let known = store.known_hashes()?;

    let files = &found.files;
    let bar = progress(files.len() as u64, options.quiet);
    let next = AtomicUsize::new(0);
    let mut summary = Summary {
        files: files.len(),
        failed: failed_messages.len(),
        ..Summary::default()
    };
    let (tx, rx) = mpsc::sync_channel::<(usize, FileResult)>(options.jobs * 4);
    std::thread::scope(|scope| -> anyhow::Result<()> {
        for _ in 0..options.jobs.max(1) {
            let tx = tx.clone();
            let (next, known) = (&next, &known);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((path, format)) = files.get(i) else {
                    break;
                };
                let result = code_file(path, *format, pipeline, known, options.read);
                if tx.send((i, result)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        // Write in file order: results that arrive early wait here.
        let mut waiting: BTreeMap<usize, FileResult> = BTreeMap::new();
        let mut expected = 0;
        let mut batch: Vec<CodedDocument> = Vec::new();
        for (i, result) in rx {
            waiting.insert(i, result);
            while let Some(result) = waiting.remove(&expected) {
                expected += 1;
                bar.inc(1);
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
    let clustered = store.cluster_pending()?;
    summary.clusters = clustered.clusters;
    bar.finish_and_clear();
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
    let outcome = store.write_batch(std::mem::take(batch))?;
    summary.documents += outcome.documents;
    summary.already_stored += outcome.skipped;
    summary.events += outcome.events;
    summary.failed += outcome.failed.len();
    Ok(outcome.failed.iter().map(ToString::to_string).collect())
}

/// Reads and codes one file; never fails, errors are collected.
fn code_file(
    path: &Path,
    format: Format,
    pipeline: &Pipeline,
    known: &HashSet<String>,
    read: ReadOptions,
) -> FileResult {
    let mut result = FileResult {
        coded: Vec::new(),
        skipped: 0,
        errors: Vec::new(),
    };
    // Bounded by --max-bytes: a huge file is refused by its size, an endless one
    // (a device, a pipe) stops at the limit.
    let text = match read_document(&Source::File(path.to_path_buf()), read) {
        Ok(text) => text,
        Err(e) => {
            result.errors.push(e.to_string());
            return result;
        }
    };
    for record in vigie_ingest::records(path, format, &text) {
        match record {
            Ok(record) if known.contains(&record.document.hash()) => result.skipped += 1,
            Ok(record) if record.document.text.trim().is_empty() => {
                result
                    .errors
                    .push(format!("{}: empty document", record.document.origin));
            }
            Ok(record) => result.coded.push(CodedDocument::code(
                pipeline,
                record.document,
                record.lang.as_deref(),
            )),
            Err(e) => result.errors.push(e.to_string()),
        }
    }
    result
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
            db.display()
        );
    }
}
