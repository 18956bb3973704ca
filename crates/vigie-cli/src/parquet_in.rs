//! `vigie ingest --parquet`: stores a corpus that was coded elsewhere (the output of
//! `examples/spark/code_corpus.py`) without coding it again.
//!
//! A corpus folder holds two Parquet tables, each one or more `*.parquet` files under
//! its folder (Spark's partition folders such as `date=2026-03-12/` are walked):
//!
//! - `documents/`: `id`, `text` (required), `url`, `source`, `title`, `published`
//!   (`YYYY-MM-DD`), `lang` (`fr`, `en`, `other`: the language the text layer
//!   identified) and `versions` (JSON), one row per document;
//! - `events/`: `doc` (a document's `id`), `n` (the event's rank in its document) and
//!   `event` (the whole event as `vigie code` writes it), one row per event.
//!
//! Events are read into memory by buckets of document ids, so that memory holds at
//! most about [`BUCKET_BYTES`] of events whatever the corpus size: each bucket reads
//! the events tables, then the documents tables, and writes the bucket's documents
//! with their events through [`Store::write_batch`], in the order of the documents
//! tables. Every error names the file, the row group and the row.

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use arrow_array::cast::AsArray;
use arrow_array::types::{Int32Type, Int64Type};
use arrow_array::{Array, ArrayRef, LargeStringArray, StringArray, StringViewArray};
use arrow_schema::DataType;
use parquet::arrow::arrow_reader::{
    ArrowReaderMetadata, ArrowReaderOptions, ParquetRecordBatchReaderBuilder,
};
use parquet::arrow::ProjectionMask;
use vigie_coder::Event;
use vigie_store::{CodedDocument, NewDocument, Store};

use crate::ingest::Summary;

/// Uncompressed bytes of event rows held in memory at once (the parsed events take a
/// few times more).
pub const BUCKET_BYTES: i64 = 256 << 20;

const DOCUMENT_COLUMNS: [&str; 8] = [
    "id",
    "text",
    "url",
    "source",
    "title",
    "published",
    "lang",
    "versions",
];
const EVENT_COLUMNS: [&str; 3] = ["doc", "n", "event"];

/// Where a row is: its file, row group and row (both counted from 0).
struct At<'a> {
    file: &'a Path,
    group: usize,
    row: usize,
}

impl std::fmt::Display for At<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let At { file, group, row } = self;
        write!(f, "{}: row group {group}, row {row}", file.display())
    }
}

/// Stores the corpora under `dirs` into the store at `db`, `batch` documents a
/// transaction; documents already stored (same text) are skipped, bad rows are
/// reported on standard error and skipped.
pub fn run(db: &Path, dirs: &[PathBuf], batch: usize) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let mut store = Store::open(db)
        .with_context(|| format!("opening the store {}", vigie_store::location(db)))?;
    let run_id = store.begin_run(&crate::ingest::now())?;
    let mut summary = Summary::default();
    for dir in dirs {
        let documents = parquet_files(&dir.join("documents"))?;
        let events = parquet_files(&dir.join("events"))?;
        summary.files += documents.len() + events.len();
        let buckets = bucket_count(&events)?;
        let mut load = Load {
            store: &mut store,
            batch,
            pending: Vec::new(),
            summary: &mut summary,
        };
        for bucket in 0..buckets {
            let mut by_doc = read_events(&events, bucket, buckets, load.summary)?;
            let mut seen = HashSet::new();
            for file in &documents {
                each_row(file, &DOCUMENT_COLUMNS, |at, row| {
                    let Some(id) = row[0] else {
                        if bucket == 0 {
                            // (reported once, not once per bucket)
                            load.fail(format!("{at}: no `id`"))?;
                        }
                        return Ok(());
                    };
                    if bucket_of(id, buckets) != bucket {
                        return Ok(());
                    }
                    if !seen.insert(id.to_string()) {
                        return load.fail(format!("{at}: the id `{id}` is on an earlier row too"));
                    }
                    let events = by_doc.remove(id).unwrap_or_default();
                    match coded_document(&at, row, events) {
                        Ok(coded) => load.push(coded),
                        Err(message) => load.fail(message),
                    }
                })?;
            }
            load.flush()?;
            let mut orphans: Vec<_> = by_doc.into_iter().collect();
            orphans.sort_by(|a, b| a.0.cmp(&b.0));
            for (doc, events) in orphans {
                load.fail(format!(
                    "{}: {} event(s) of the document `{doc}`, which no file under {} holds",
                    dir.join("events").display(),
                    events.len(),
                    dir.join("documents").display()
                ))?;
            }
        }
    }
    crate::ingest::finish(&mut store, run_id, summary, started)
}

/// The store, the batch being filled and the counts.
struct Load<'a> {
    store: &'a mut Store,
    batch: usize,
    pending: Vec<CodedDocument>,
    summary: &'a mut Summary,
}

impl Load<'_> {
    fn push(&mut self, coded: CodedDocument) -> anyhow::Result<()> {
        self.pending.push(coded);
        if self.pending.len() >= self.batch {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        for e in crate::ingest::write(self.store, &mut self.pending, self.summary)? {
            eprintln!("vigie: {e}");
        }
        Ok(())
    }

    fn fail(&mut self, message: String) -> anyhow::Result<()> {
        report(self.summary, message);
        Ok(())
    }
}

/// Reports a row that is skipped.
fn report(summary: &mut Summary, message: String) {
    summary.failed += 1;
    eprintln!("vigie: {message}");
}

/// A documents row (in [`DOCUMENT_COLUMNS`] order) and its events as one document.
fn coded_document(
    at: &At,
    row: &[Option<&str>],
    mut events: Vec<(u64, Event)>,
) -> Result<CodedDocument, String> {
    let text = row[1].filter(|t| !t.trim().is_empty());
    let Some(text) = text else {
        return Err(format!("{at}: no `text`"));
    };
    let published = row[5].filter(|p| !p.is_empty());
    if let Some(p) = published {
        if vigie_time::Anchor::parse(p).is_none() {
            return Err(format!("{at}: `published` is `{p}`: expected YYYY-MM-DD"));
        }
    }
    events.sort_by_key(|(n, _)| *n);
    let events: Vec<Event> = events.into_iter().map(|(_, e)| e).collect();
    // A table written by another program may lack what the job records: the language
    // is then identified again (the text layer only, no coding), the versions taken
    // from the events.
    let lang = match row[6] {
        Some(lang @ ("fr" | "en" | "other")) => lang.to_string(),
        Some(other) => {
            return Err(format!(
                "{at}: `lang` is `{other}`: expected fr, en or other"
            ))
        }
        None => vigie_text::analyze(text).lang.code().to_string(),
    };
    let versions = match (row[7], events.first()) {
        (Some(v), _) => v.to_string(),
        (None, Some(e)) => serde_json::to_string(&e.versions).unwrap_or_default(),
        (None, None) => String::new(),
    };
    let owned = |i: usize| row[i].filter(|v| !v.is_empty()).map(str::to_string);
    Ok(CodedDocument {
        document: NewDocument {
            doc: row[0].unwrap_or_default().to_string(),
            source: owned(3),
            url: owned(2),
            title: owned(4),
            published: published.map(str::to_string),
            origin: at.to_string(),
            text: text.to_string(),
        },
        lang,
        events,
        versions,
    })
}

/// The events of the documents in `bucket`, by document id, with their rank.
fn read_events(
    files: &[PathBuf],
    bucket: u64,
    buckets: u64,
    summary: &mut Summary,
) -> anyhow::Result<HashMap<String, Vec<(u64, Event)>>> {
    let mut by_doc: HashMap<String, Vec<(u64, Event)>> = HashMap::new();
    for file in files {
        each_row(file, &EVENT_COLUMNS, |at, row| {
            let Some(doc) = row[0] else {
                if bucket == 0 {
                    // (reported once, not once per bucket)
                    report(summary, format!("{at}: no `doc`"));
                }
                return Ok(());
            };
            if bucket_of(doc, buckets) != bucket {
                return Ok(());
            }
            let (Some(n), Some(json)) = (row[1], row[2]) else {
                report(summary, format!("{at}: `n` and `event` are required"));
                return Ok(());
            };
            let event = n
                .parse::<u64>()
                .map_err(|_| format!("`n` is `{n}`: expected a count"))
                .and_then(|n| {
                    let event: Event = serde_json::from_str(json)
                        .map_err(|e| format!("`event` is not a vigie event: {e}"))?;
                    if event.doc != doc {
                        return Err(format!("`event` belongs to `{}`, not `{doc}`", event.doc));
                    }
                    Ok((n, event))
                });
            match event {
                Ok(e) => by_doc.entry(doc.to_string()).or_default().push(e),
                Err(message) => report(summary, format!("{at}: {message}")),
            }
            Ok(())
        })?;
    }
    Ok(by_doc)
}

/// How many buckets keep each bucket's event rows under [`BUCKET_BYTES`].
fn bucket_count(files: &[PathBuf]) -> anyhow::Result<u64> {
    let mut bytes = 0;
    for file in files {
        let meta = open(file)?.1;
        bytes += meta
            .metadata()
            .row_groups()
            .iter()
            .map(|g| g.total_byte_size())
            .sum::<i64>();
    }
    Ok((bytes / BUCKET_BYTES + 1) as u64)
}

fn bucket_of(doc: &str, buckets: u64) -> u64 {
    if buckets == 1 {
        return 0;
    }
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    doc.hash(&mut hasher);
    hasher.finish() % buckets
}

/// Every `*.parquet` file under `dir`, in name order, skipping hidden files and
/// Spark's markers (`_SUCCESS`, `.crc`).
fn parquet_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    if !dir.is_dir() {
        bail!(
            "{}: no such folder (a corpus folder holds documents/ and events/, as examples/spark/code_corpus.py writes them)",
            dir.display()
        );
    }
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(&folder).with_context(|| folder.display().to_string())?;
        for entry in entries {
            let path = entry.with_context(|| folder.display().to_string())?.path();
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            let name = name.unwrap_or_default();
            if name.starts_with(['.', '_']) {
                continue;
            }
            if path.is_dir() {
                folders.push(path);
            } else if name.ends_with(".parquet") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

fn open(file: &Path) -> anyhow::Result<(std::fs::File, ArrowReaderMetadata)> {
    let opened = std::fs::File::open(file).with_context(|| file.display().to_string())?;
    let meta = ArrowReaderMetadata::load(&opened, ArrowReaderOptions::new())
        .with_context(|| format!("{}: not a Parquet file", file.display()))?;
    Ok((opened, meta))
}

/// Calls `row` with the values of `columns` (as text; `None` for a null or a column
/// the file lacks) of every row of `file`, one row group at a time. The first column
/// is required.
fn each_row(
    file: &Path,
    columns: &[&str],
    mut row: impl FnMut(At, &[Option<&str>]) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let (opened, meta) = open(file)?;
    let schema = meta.schema().clone();
    let present: Vec<usize> = columns
        .iter()
        .filter_map(|c| schema.index_of(c).ok())
        .collect();
    if schema.index_of(columns[0]).is_err() {
        bail!("{}: no column `{}`", file.display(), columns[0]);
    }
    let mask = ProjectionMask::roots(meta.parquet_schema(), present);
    for group in 0..meta.metadata().num_row_groups() {
        let reader = ParquetRecordBatchReaderBuilder::new_with_metadata(
            opened
                .try_clone()
                .with_context(|| file.display().to_string())?,
            meta.clone(),
        )
        .with_projection(mask.clone())
        .with_row_groups(vec![group])
        .with_batch_size(1024)
        .build()
        .with_context(|| format!("{}: row group {group}", file.display()))?;
        let mut first = 0;
        for batch in reader {
            let batch = batch.with_context(|| format!("{}: row group {group}", file.display()))?;
            let texts = columns
                .iter()
                .map(|c| batch.column_by_name(c).map(Text::of).transpose())
                .collect::<Result<Vec<Option<Text>>, String>>()
                .map_err(|e| anyhow::anyhow!("{}: row group {group}: {e}", file.display()))?;
            let mut values: Vec<Option<&str>> = vec![None; columns.len()];
            for i in 0..batch.num_rows() {
                for (value, text) in values.iter_mut().zip(&texts) {
                    *value = text.as_ref().and_then(|t| t.get(i));
                }
                let at = At {
                    file,
                    group,
                    row: first + i,
                };
                row(at, &values)?;
            }
            first += batch.num_rows();
        }
    }
    Ok(())
}

/// A column read as text: strings as they are, integers (such as `n`) in decimal.
enum Text<'a> {
    Utf8(&'a StringArray),
    LargeUtf8(&'a LargeStringArray),
    Utf8View(&'a StringViewArray),
    Numbers(Vec<Option<String>>),
}

impl<'a> Text<'a> {
    fn of(column: &'a ArrayRef) -> Result<Text<'a>, String> {
        let decimal = |n: Option<i64>| n.map(|n| n.to_string());
        Ok(match column.data_type() {
            DataType::Utf8 => Text::Utf8(column.as_string()),
            DataType::LargeUtf8 => Text::LargeUtf8(column.as_string()),
            DataType::Utf8View => Text::Utf8View(column.as_string_view()),
            DataType::Int32 => Text::Numbers(
                column
                    .as_primitive::<Int32Type>()
                    .iter()
                    .map(|n| decimal(n.map(i64::from)))
                    .collect(),
            ),
            DataType::Int64 => Text::Numbers(
                column
                    .as_primitive::<Int64Type>()
                    .iter()
                    .map(decimal)
                    .collect(),
            ),
            other => return Err(format!("a column of type {other} where text was expected")),
        })
    }

    fn get(&self, i: usize) -> Option<&str> {
        match self {
            Text::Utf8(a) => a.is_valid(i).then(|| a.value(i)),
            Text::LargeUtf8(a) => a.is_valid(i).then(|| a.value(i)),
            Text::Utf8View(a) => a.is_valid(i).then(|| a.value(i)),
            Text::Numbers(v) => v[i].as_deref(),
        }
    }
}
