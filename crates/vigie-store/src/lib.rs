//! The event store of vigie: documents and their coded events in one SQLite file or
//! a PostgreSQL database, and the clusters that gather reports of one event across
//! sources.
//!
//! - [`Store::open`] creates or migrates a database ([`schema`]): a SQLite file, in WAL
//!   mode so that readers (queries, the dashboard) keep working while one writer
//!   ingests, or, for an address `postgres://user@host/dbname`, a PostgreSQL database
//!   that many writers share ([`db`] says how the two engines are kept alike).
//! - [`Store::write_batch`] stores documents with their events in one write
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
mod db;
mod feeds;
mod query;
pub mod schema;
pub mod testing;
pub mod write;

use std::cell::{RefCell, RefMut};
use std::collections::HashSet;
use std::path::Path;

use rusqlite::Connection;
use serde::Serialize;
use sha2::{Digest, Sha256};
use vigie_coder::{Event, EventActor};

pub use crate::db::Dialect;
use crate::db::{vals, Conn};

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
    /// PostgreSQL refused an operation, or the server could not be reached.
    /// (Not a `source`: the message says the cause already, once.)
    #[error("database: {}", postgres_message(.0))]
    Postgres(postgres::Error),
    /// A column held another kind of value than the store wrote there.
    #[error("database: column {index} holds {found}, not a {wanted}")]
    Column {
        /// The column, from 0.
        index: usize,
        /// The type asked for.
        wanted: &'static str,
        /// What was there.
        found: String,
    },
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

impl From<postgres::Error> for StoreError {
    fn from(e: postgres::Error) -> StoreError {
        StoreError::Postgres(e)
    }
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
    conn: RefCell<Conn>,
}

/// Whether `db` names a PostgreSQL database (`postgres://…` or `postgresql://…`)
/// rather than a SQLite file.
pub fn is_server(db: &Path) -> bool {
    server_address(db).is_some()
}

fn server_address(db: &Path) -> Option<&str> {
    db.to_str()
        .filter(|s| s.starts_with("postgres://") || s.starts_with("postgresql://"))
}

impl Store {
    /// Opens (creating it if needed) the store at `db` and brings its schema up to date:
    /// a SQLite file, or the PostgreSQL database an address `postgres://user@host/dbname`
    /// names (the database must exist; its tables are created).
    pub fn open(db: &Path) -> Result<Store, StoreError> {
        match server_address(db) {
            Some(url) => Store::setup(Conn::postgres(url)?),
            None => Store::setup_sqlite(Connection::open(db)?),
        }
    }

    /// Opens a store that must exist already, for queries.
    pub fn open_existing(db: &Path) -> Result<Store, StoreError> {
        if let Some(url) = server_address(db) {
            return Store::setup(Conn::postgres(url)?);
        }
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE
            | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX
            | rusqlite::OpenFlags::SQLITE_OPEN_URI;
        Store::setup_sqlite(Connection::open_with_flags(db, flags)?)
    }

    /// A store in memory, for tests.
    pub fn in_memory() -> Result<Store, StoreError> {
        Store::setup_sqlite(Connection::open_in_memory()?)
    }

    fn setup_sqlite(conn: Connection) -> Result<Store, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        wal_mode(&conn)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // A batch of 512 documents dirties a few megabytes of index pages: with SQLite's
        // default 2 MB cache they spill to the log page by page, and are written again
        // at commit. 64 MB holds them (memory grows to it only when used), and reads
        // of a large store go through the memory map instead of a call per page.
        conn.pragma_update(None, "cache_size", -65_536)?;
        conn.pragma_update(None, "mmap_size", 1_i64 << 30)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.set_prepared_statement_cache_capacity(64);
        Store::setup(Conn::Sqlite(conn))
    }

    fn setup(mut conn: Conn) -> Result<Store, StoreError> {
        schema::migrate(&mut conn)?;
        Ok(Store {
            conn: RefCell::new(conn),
        })
    }

    /// The engine the store lives in.
    pub fn engine(&self) -> Dialect {
        self.conn().dialect()
    }

    /// The content hashes of every stored document, to skip them before coding.
    pub fn known_hashes(&self) -> Result<HashSet<String>, StoreError> {
        Ok(self
            .conn()
            .query_map("SELECT hash FROM documents", &[], |r| r.get(0))?
            .into_iter()
            .collect())
    }

    /// Stores `docs` with their events in one transaction, in the order given. A
    /// document the database refuses is left out alone and listed, with its file, in
    /// [`BatchOutcome::failed`]; the others are stored. See [`write`].
    pub fn write_batch(&mut self, docs: Vec<CodedDocument>) -> Result<BatchOutcome, StoreError> {
        self.conn().write(|c| write::write_documents(c, docs))
    }

    /// Clusters every event not yet in a cluster, recutting the groups they fall in.
    pub fn cluster_pending(&mut self) -> Result<ClusterOutcome, StoreError> {
        let mut conn = self.conn();
        let outcome = conn.write(cluster::recluster)?;
        // Keep the planner's statistics fresh as the store grows; sampled, so it
        // takes milliseconds even over millions of events.
        match conn.dialect() {
            Dialect::Sqlite => conn.batch("PRAGMA analysis_limit = 1000; ANALYZE;")?,
            Dialect::Postgres => conn.batch("ANALYZE documents, events, clusters")?,
        }
        Ok(outcome)
    }

    /// Records the start of an ingest run; returns its id.
    pub fn begin_run(&self, started: &str) -> Result<i64, StoreError> {
        self.conn()
            .query_one(
                "INSERT INTO ingest_runs (started) VALUES (?1) RETURNING id",
                vals![started],
            )?
            .get(0)
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
        self.conn().execute(
            "UPDATE ingest_runs SET finished = ?2, documents = ?3, skipped = ?4, failed = ?5, events = ?6
             WHERE id = ?1",
            vals![run, finished, documents, skipped, failed, events],
        )?;
        Ok(())
    }

    /// Counts over the whole store.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        let mut conn = self.conn();
        let mut count = |sql: &str| -> Result<u64, StoreError> { conn.query_one(sql, &[])?.get(0) };
        Ok(Stats {
            documents: count("SELECT count(*) FROM documents")?,
            events: count("SELECT count(*) FROM events")?,
            clusters: count("SELECT count(*) FROM clusters")?,
            multi_article_clusters: count("SELECT count(*) FROM clusters WHERE num_articles > 1")?,
        })
    }

    /// The id of the document whose text has this content hash.
    pub fn doc_by_hash(&self, hash: &str) -> Result<Option<String>, StoreError> {
        self.conn()
            .query_opt("SELECT doc FROM documents WHERE hash = ?1", vals![hash])?
            .map(|r| r.get(0))
            .transpose()
    }

    /// A document by id, with its text.
    pub fn document(&self, doc: &str) -> Result<Option<StoredDocument>, StoreError> {
        self.conn()
            .query_opt(
                "SELECT doc, source, url, title, published, hash, lang, origin, text
                 FROM documents WHERE doc = ?1",
                vals![doc],
            )?
            .map(|r| {
                Ok(StoredDocument {
                    meta: query::meta(&r, 0)?,
                    hash: r.get(5)?,
                    lang: r.get(6)?,
                    origin: r.get(7)?,
                    text: r.get(8)?,
                })
            })
            .transpose()
    }

    /// The connection, for the crate's modules.
    pub(crate) fn conn(&self) -> RefMut<'_, Conn> {
        self.conn.borrow_mut()
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

/// A PostgreSQL error as the server worded it (the driver's own wording says only
/// "db error").
fn postgres_message(e: &postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        return format!("{}: {}", db.severity(), db.message());
    }
    // The driver nests its errors, each repeating the last one's words: say the
    // innermost cause once.
    let inner = std::iter::successors(Some(e as &dyn std::error::Error), |e| e.source())
        .last()
        .map(ToString::to_string)
        .unwrap_or_default();
    if e.to_string().starts_with("error connecting") {
        format!("cannot connect to the server: {inner}")
    } else {
        e.to_string()
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

/// How a store is named in messages: its path, or its PostgreSQL address with the
/// password hidden.
pub fn location(db: &Path) -> String {
    let Some(url) = server_address(db) else {
        return db.display().to_string();
    };
    // postgres://user:password@host/dbname: hide what lies between ':' and '@' in the
    // part before the host.
    let (scheme, rest) = url.split_once("://").unwrap_or(("postgres", url));
    match rest.split_once('@') {
        Some((user, host)) if user.contains(':') => {
            let name = user.split(':').next().unwrap_or_default();
            format!("{scheme}://{name}:***@{host}")
        }
        _ => url.to_string(),
    }
}
