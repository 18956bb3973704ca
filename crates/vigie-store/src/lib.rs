//! The event store of vigie: documents and their coded events in one SQLite file,
//! and the clusters that gather reports of one event across sources.
//!
//! - [`Store::open`] creates or migrates a database ([`schema`]), in WAL mode so that
//!   readers (queries, the dashboard) keep working while one writer ingests.
//! - [`Store::write_batch`] stores documents with their events in one immediate
//!   transaction ([`write`]): an interrupted ingest leaves whole documents or nothing,
//!   a document whose text is already stored is skipped, so ingesting again resumes
//!   without duplicates, a document SQLite refuses is left out alone and named by its
//!   file, and concurrent writers wait for each other under the busy timeout.
//! - [`Store::cluster_pending`] clusters the events written since the last call
//!   ([`cluster`]); it is deterministic and idempotent.
//! - [`Store::events`], [`Store::clusters`] and [`Store::document`] read back, with the
//!   filters of [`EventFilter`].
//!
//! - [`Store::write_feed_items`] and the other feed methods keep what `vigie watch`
//!   needs across restarts: feed validators and health, items read, alerts raised.
//!
//! Only this crate knows SQL.
#![deny(missing_docs)]

mod cluster;
mod dates;
mod feeds;
mod query;
pub mod schema;
pub mod write;

use std::collections::HashSet;
use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};
use vigie_coder::{Event, EventActor};

pub use cluster::{group_key, ClusterOutcome};
pub use dates::day_range;
pub use feeds::{FeedHealth, FeedItem, PollResult, Raised, RaisedAlert, Validators};
pub use query::{
    parse_bbox, parse_dyad, parse_modalities, Cluster, DocumentMeta, DocumentSummary, DyadCount,
    EventFilter, SearchHit, StoredDocument, StoredEvent, MODALITIES,
};
pub use write::{BatchOutcome, FailedDocument};

/// Everything that can go wrong with the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite refused an operation.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored event could not be read back.
    #[error("stored event {id}: {source}")]
    Json {
        /// The event id.
        id: String,
        /// What is wrong.
        source: serde_json::Error,
    },
    /// The database was written by a newer vigie.
    #[error("the database has schema version {found}; this vigie reads up to {supported}: upgrade vigie")]
    TooNew {
        /// The version found.
        found: usize,
        /// The newest version this build knows.
        supported: usize,
    },
    /// A filter is invalid.
    #[error("{0}")]
    Filter(String),
    /// The database failed while storing a document: the whole batch was rolled back.
    #[error("{origin}: {source}")]
    Document {
        /// The file the document came from.
        origin: String,
        /// What failed.
        source: Box<StoreError>,
    },
}

/// A document ready to be stored: its metadata and text.
#[derive(Debug, Clone, Default, Serialize)]
pub struct NewDocument {
    /// The wanted document id (file name without extension, or the id a JSON Lines
    /// record gives); made unique on write.
    pub doc: String,
    /// The outlet.
    pub source: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Its title.
    pub title: Option<String>,
    /// Its publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The file it came from, with the line or item for JSON Lines and feeds.
    pub origin: String,
    /// The text that was coded.
    pub text: String,
}

impl NewDocument {
    /// The content hash that makes re-ingesting a no-op: SHA-256 of the text, first 128
    /// bits in hex.
    pub fn hash(&self) -> String {
        content_hash(&self.text)
    }
}

/// The content hash of a text.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// A document with what the coder found in it.
#[derive(Debug, Clone)]
pub struct CodedDocument {
    /// The document.
    pub document: NewDocument,
    /// Its language, as the text layer identified it (`fr`, `en`, `other`).
    pub lang: String,
    /// Its events.
    pub events: Vec<Event>,
    /// The versions that coded it, as JSON.
    pub versions: String,
}

impl CodedDocument {
    /// Codes `document` with every stage of `pipeline`. Its publication date anchors
    /// relative dates; `lang` (`fr` or `en`), when the record declares it, overrides
    /// the language found for every sentence.
    pub fn code(
        pipeline: &vigie_coder::Pipeline,
        document: NewDocument,
        lang: Option<&str>,
    ) -> CodedDocument {
        let anchor = document
            .published
            .as_deref()
            .and_then(vigie_time::Anchor::parse);
        let lang = match lang {
            Some("fr") => Some(vigie_core::Lang::Fr),
            Some("en") => Some(vigie_core::Lang::En),
            _ => None,
        };
        let coded = pipeline.run(&document.doc, &document.text, anchor, lang);
        CodedDocument {
            lang: coded.analysis.lang.code().to_string(),
            events: coded.events,
            versions: serde_json::to_string(pipeline.coder.versions()).unwrap_or_default(),
            document,
        }
    }
}

/// Counts over the whole store.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Documents.
    pub documents: u64,
    /// Events.
    pub events: u64,
    /// Clusters.
    pub clusters: u64,
    /// Clusters told by more than one article.
    pub multi_article_clusters: u64,
}

/// An open store.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating it if needed) the store at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::setup(Connection::open(path)?)
    }

    /// Opens a store that must exist already, for queries.
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE
            | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX
            | rusqlite::OpenFlags::SQLITE_OPEN_URI;
        Store::setup(Connection::open_with_flags(path, flags)?)
    }

    /// A store in memory, for tests.
    pub fn in_memory() -> Result<Store, StoreError> {
        Store::setup(Connection::open_in_memory()?)
    }

    fn setup(mut conn: Connection) -> Result<Store, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        wal_mode(&conn)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        schema::migrate(&mut conn)?;
        Ok(Store { conn })
    }

    /// The content hashes of every stored document, to skip them before coding.
    pub fn known_hashes(&self) -> Result<HashSet<String>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT hash FROM documents")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Stores `docs` with their events in one transaction, in the order given. A
    /// document SQLite refuses is left out alone and listed, with its file, in
    /// [`BatchOutcome::failed`]; the others are stored. See [`write`].
    pub fn write_batch(&mut self, docs: Vec<CodedDocument>) -> Result<BatchOutcome, StoreError> {
        let tx = write::begin(&mut self.conn)?;
        let outcome = write::write_documents(&tx, docs)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Clusters every event not yet in a cluster, recutting the groups they fall in.
    pub fn cluster_pending(&mut self) -> Result<ClusterOutcome, StoreError> {
        let tx = write::begin(&mut self.conn)?;
        let outcome = cluster::recluster(&tx)?;
        tx.commit()?;
        // Keep the planner's statistics fresh as the store grows; sampled, so it
        // takes milliseconds even over millions of events.
        self.conn
            .execute_batch("PRAGMA analysis_limit = 1000; ANALYZE;")?;
        Ok(outcome)
    }

    /// Records the start of an ingest run; returns its id.
    pub fn begin_run(&self, started: &str) -> Result<i64, StoreError> {
        self.conn
            .execute("INSERT INTO ingest_runs (started) VALUES (?1)", [started])?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Records the end of an ingest run.
    pub fn finish_run(
        &self,
        run: i64,
        finished: &str,
        documents: usize,
        skipped: usize,
        failed: usize,
        events: usize,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE ingest_runs SET finished = ?2, documents = ?3, skipped = ?4, failed = ?5, events = ?6
             WHERE id = ?1",
            params![
                run,
                finished,
                documents as i64,
                skipped as i64,
                failed as i64,
                events as i64
            ],
        )?;
        Ok(())
    }

    /// Counts over the whole store.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        let count = |sql: &str| -> Result<u64, StoreError> {
            Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64)
        };
        Ok(Stats {
            documents: count("SELECT count(*) FROM documents")?,
            events: count("SELECT count(*) FROM events")?,
            clusters: count("SELECT count(*) FROM clusters")?,
            multi_article_clusters: count("SELECT count(*) FROM clusters WHERE num_articles > 1")?,
        })
    }

    /// The id of the document whose text has this content hash.
    pub fn doc_by_hash(&self, hash: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT doc FROM documents WHERE hash = ?1", [hash], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// A document by id, with its text.
    pub fn document(&self, doc: &str) -> Result<Option<StoredDocument>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT doc, hash, source, url, title, published, lang, origin, text
                 FROM documents WHERE doc = ?1",
                [doc],
                |r| {
                    Ok(StoredDocument {
                        meta: DocumentMeta {
                            doc: r.get(0)?,
                            source: r.get(2)?,
                            url: r.get(3)?,
                            title: r.get(4)?,
                            published: r.get(5)?,
                        },
                        hash: r.get(1)?,
                        lang: r.get(6)?,
                        origin: r.get(7)?,
                        text: r.get(8)?,
                    })
                },
            )
            .optional()?)
    }

    /// The connection, for the crate's query modules.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// How long a connection waits for another one's lock before giving up.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Switches `conn` to WAL mode. The switch needs the file to itself and SQLite answers
/// "busy" at once, without the busy timeout, while another connection opens the same
/// new store; so it is retried for as long as the busy timeout.
fn wal_mode(conn: &Connection) -> Result<(), StoreError> {
    let started = std::time::Instant::now();
    loop {
        match conn.pragma_update(None, "journal_mode", "WAL") {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy
                    && started.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            other => return other.map_err(StoreError::from),
        }
    }
}

/// The key an actor is grouped and filtered by: its organisation, else its country,
/// else its code.
pub fn actor_key(a: &EventActor) -> String {
    a.org
        .clone()
        .or_else(|| a.country.clone())
        .unwrap_or_else(|| a.code.clone())
}

/// The unordered pair of an event's actor keys, `A|B` with `A <= B`.
pub(crate) fn pair_key(e: &Event) -> Option<String> {
    let (a, b) = (
        e.source.as_ref().map(actor_key)?,
        e.target.as_ref().map(actor_key)?,
    );
    Some(pair(&a, &b))
}

/// `A|B` for two actor keys, in order.
pub(crate) fn pair(a: &str, b: &str) -> String {
    if a <= b {
        format!("{a}|{b}")
    } else {
        format!("{b}|{a}")
    }
}

/// The CAMEO root: the first two digits.
pub fn root(cameo: &str) -> &str {
    cameo.get(..2).unwrap_or(cameo)
}
