//! The database schema as an ordered list of migrations.
//!
//! `PRAGMA user_version` records how many migrations a database has seen; opening a
//! store applies the missing ones in one immediate transaction each, so that stores
//! opened at once by several processes are migrated exactly once. A migration is never edited
//! once released: changes come as a new entry at the end.

use rusqlite::{Connection, TransactionBehavior};

use crate::StoreError;

/// Every migration, in order. The schema version is the length of this list.
const MIGRATIONS: &[&str] = &[
    // 1: documents, events, clusters, ingest runs.
    r#"
    CREATE TABLE documents (
        id          INTEGER PRIMARY KEY,
        doc         TEXT NOT NULL UNIQUE,   -- the document id events carry
        hash        TEXT NOT NULL UNIQUE,   -- SHA-256 of the text, first 128 bits, hex
        source      TEXT,                   -- outlet
        url         TEXT,
        title       TEXT,
        published   TEXT,                   -- YYYY-MM-DD
        lang        TEXT NOT NULL,
        origin      TEXT NOT NULL,          -- file, and line for JSON Lines and feeds
        text        TEXT NOT NULL,
        versions    TEXT NOT NULL           -- JSON: the versions that coded it
    );
    CREATE TABLE events (
        id             INTEGER PRIMARY KEY,
        event_id       TEXT NOT NULL UNIQUE,
        document       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        grp            TEXT NOT NULL,       -- the clustering group (see cluster.rs)
        cameo          TEXT NOT NULL,
        root           TEXT NOT NULL,
        quad_class     INTEGER,
        goldstein      REAL,
        plover         TEXT,
        source_key     TEXT,                -- organisation, else country, else code
        source_code    TEXT,
        source_country TEXT,
        target_key     TEXT,
        target_code    TEXT,
        target_country TEXT,
        date           TEXT,                -- first day, YYYY-MM-DD, when known
        date_last      TEXT,                -- last day the date covers
        modality       TEXT NOT NULL,
        claimant       TEXT,                -- key of claimed_by
        contested      INTEGER NOT NULL,    -- linked to a rival account in its document
        place_name     TEXT,
        place_country  TEXT,
        lat            REAL,
        lon            REAL,
        cluster        TEXT REFERENCES clusters(id),
        json           TEXT NOT NULL        -- the coder's event, every field
    );
    CREATE INDEX events_document ON events(document);
    CREATE INDEX events_source ON events(source_key, date);
    CREATE INDEX events_target ON events(target_key, date);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_cluster ON events(cluster);
    CREATE INDEX events_grp ON events(grp);
    CREATE INDEX events_unclustered ON events(grp) WHERE cluster IS NULL;
    CREATE TABLE clusters (
        id            TEXT PRIMARY KEY,     -- c-<hash of its first event id>
        grp           TEXT NOT NULL,        -- the group it was cut from
        cameo         TEXT NOT NULL,        -- the code most of its reports give
        root          TEXT NOT NULL,
        source_key    TEXT,
        target_key    TEXT,
        date_first    TEXT,
        date_last     TEXT,
        place_name    TEXT,
        place_country TEXT,
        lat           REAL,
        lon           REAL,
        num_events    INTEGER NOT NULL,
        num_articles  INTEGER NOT NULL,
        num_sources   INTEGER NOT NULL,
        contested     INTEGER NOT NULL,
        factual       INTEGER NOT NULL
    );
    CREATE INDEX clusters_grp ON clusters(grp);
    CREATE TABLE ingest_runs (
        id         INTEGER PRIMARY KEY,
        started    TEXT NOT NULL,
        finished   TEXT,
        documents  INTEGER NOT NULL DEFAULT 0,
        skipped    INTEGER NOT NULL DEFAULT 0,
        failed     INTEGER NOT NULL DEFAULT 0,
        events     INTEGER NOT NULL DEFAULT 0
    );
    "#,
    // 2: what the dashboard's queries need: the unordered pair of actor keys (for
    // dyads), CAMEO codes and the listing order (undated last) indexed.
    r#"
    ALTER TABLE events ADD COLUMN pair TEXT;
    UPDATE events SET pair = min(source_key, target_key) || '|' || max(source_key, target_key)
        WHERE source_key IS NOT NULL AND target_key IS NOT NULL;
    CREATE INDEX events_pair ON events(pair, date, date_last);
    CREATE INDEX events_cameo ON events(cameo);
    CREATE INDEX events_order ON events(coalesce(date, '9999'), event_id);
    CREATE INDEX events_source_order ON events(source_key, coalesce(date, '9999'), event_id);
    CREATE INDEX events_target_order ON events(target_key, coalesce(date, '9999'), event_id);
    "#,
    // 3: `vigie watch`: the feeds followed and their health, the items already read
    // (so that a restart stores nothing twice), and the alerts raised (so that a
    // restart raises none twice, and the dashboard can stream them).
    r#"
    CREATE TABLE feeds (
        id            INTEGER PRIMARY KEY,
        url           TEXT NOT NULL UNIQUE, -- address, or the path of a file or folder
        name          TEXT,
        lang          TEXT,
        etag          TEXT,                 -- the last response's validators
        last_modified TEXT,
        last_poll     TEXT,                 -- RFC 3339
        last_success  TEXT,
        last_error    TEXT,                 -- the last poll's error, NULL after a success
        failures      INTEGER NOT NULL DEFAULT 0 -- consecutive failed polls
    );
    CREATE TABLE feed_items (
        feed          INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        item          TEXT NOT NULL,        -- the item's link, else its content hash
        hash          TEXT,                 -- the stored document's content hash
        seen          TEXT NOT NULL,        -- RFC 3339, when it was read
        checked       INTEGER NOT NULL DEFAULT 0, -- its alerts were evaluated
        PRIMARY KEY (feed, item)
    );
    CREATE INDEX feed_items_unchecked ON feed_items(feed) WHERE checked = 0;
    CREATE TABLE raised_alerts (
        key           TEXT PRIMARY KEY,     -- dyad and first day
        seq           INTEGER NOT NULL UNIQUE, -- grows with every insert and update
        first_raised  TEXT NOT NULL,
        raised        TEXT NOT NULL,        -- last insert or update
        evidence      INTEGER NOT NULL,     -- events behind it
        json          TEXT NOT NULL         -- the alert
    );
    "#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: usize = MIGRATIONS.len();

/// Brings `conn` up to [`SCHEMA_VERSION`].
///
/// Each migration runs in an immediate transaction that reads the version again once
/// it holds the write lock: two processes opening a new store at once take turns, and
/// the second finds the work done instead of creating the tables a second time.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    // Up to date (the common case): no write lock, so opening a store to read never
    // waits for an ingest.
    if checked_version(conn)? == SCHEMA_VERSION {
        return Ok(());
    }
    loop {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = checked_version(&tx)?;
        let Some(sql) = MIGRATIONS.get(current) else {
            return Ok(());
        };
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (current + 1) as i64)?;
        tx.commit()?;
    }
}

/// The schema version of `conn`, refused when newer than this build.
fn checked_version(conn: &Connection) -> Result<usize, StoreError> {
    let found = conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))? as usize;
    if found > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(found)
}
