//! The database schema as an ordered list of migrations, written once for each engine.
//!
//! SQLite records how many migrations a database has seen in `PRAGMA user_version`,
//! PostgreSQL in the one-row table `vigie_schema`. Opening a store applies the missing
//! ones, each in a write transaction that reads the version again once it holds the
//! write lock, so that stores opened at once by several processes are migrated exactly
//! once. A migration is never edited once released: changes come as a new entry at
//! the end of both lists, which always have the same length and make the same tables,
//! columns and indexes.
//!
//! The PostgreSQL tables differ only in types: integers are `bigint`, reals `double
//! precision`, and every text column compares bytewise (`COLLATE "C"`), as SQLite's
//! do, so that sorting, ranges over CAMEO codes and `LIKE` give the same answers on
//! both engines whatever the server's locale.

use crate::db::{Conn, Dialect};
use crate::StoreError;

/// Every SQLite migration, in order. The schema version is the length of this list.
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

/// The same migrations for PostgreSQL (see the module documentation).
const PG_MIGRATIONS: &[&str] = &[
    // 1
    r#"
    CREATE TABLE documents (
        id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        doc         TEXT COLLATE "C" NOT NULL UNIQUE,
        hash        TEXT COLLATE "C" NOT NULL UNIQUE,
        source      TEXT COLLATE "C",
        url         TEXT COLLATE "C",
        title       TEXT COLLATE "C",
        published   TEXT COLLATE "C",
        lang        TEXT COLLATE "C" NOT NULL,
        origin      TEXT COLLATE "C" NOT NULL,
        text        TEXT COLLATE "C" NOT NULL,
        versions    TEXT COLLATE "C" NOT NULL
    );
    CREATE TABLE clusters (
        id            TEXT COLLATE "C" PRIMARY KEY,
        grp           TEXT COLLATE "C" NOT NULL,
        cameo         TEXT COLLATE "C" NOT NULL,
        root          TEXT COLLATE "C" NOT NULL,
        source_key    TEXT COLLATE "C",
        target_key    TEXT COLLATE "C",
        date_first    TEXT COLLATE "C",
        date_last     TEXT COLLATE "C",
        place_name    TEXT COLLATE "C",
        place_country TEXT COLLATE "C",
        lat           DOUBLE PRECISION,
        lon           DOUBLE PRECISION,
        num_events    BIGINT NOT NULL,
        num_articles  BIGINT NOT NULL,
        num_sources   BIGINT NOT NULL,
        contested     BIGINT NOT NULL,
        factual       BIGINT NOT NULL
    );
    CREATE INDEX clusters_grp ON clusters(grp);
    CREATE TABLE events (
        id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        event_id       TEXT COLLATE "C" NOT NULL UNIQUE,
        document       BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        grp            TEXT COLLATE "C" NOT NULL,
        cameo          TEXT COLLATE "C" NOT NULL,
        root           TEXT COLLATE "C" NOT NULL,
        quad_class     BIGINT,
        goldstein      DOUBLE PRECISION,
        plover         TEXT COLLATE "C",
        source_key     TEXT COLLATE "C",
        source_code    TEXT COLLATE "C",
        source_country TEXT COLLATE "C",
        target_key     TEXT COLLATE "C",
        target_code    TEXT COLLATE "C",
        target_country TEXT COLLATE "C",
        date           TEXT COLLATE "C",
        date_last      TEXT COLLATE "C",
        modality       TEXT COLLATE "C" NOT NULL,
        claimant       TEXT COLLATE "C",
        contested      BIGINT NOT NULL,
        place_name     TEXT COLLATE "C",
        place_country  TEXT COLLATE "C",
        lat            DOUBLE PRECISION,
        lon            DOUBLE PRECISION,
        cluster        TEXT COLLATE "C" REFERENCES clusters(id),
        json           TEXT COLLATE "C" NOT NULL
    );
    CREATE INDEX events_document ON events(document);
    CREATE INDEX events_source ON events(source_key, date);
    CREATE INDEX events_target ON events(target_key, date);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_cluster ON events(cluster);
    CREATE INDEX events_grp ON events(grp);
    CREATE INDEX events_unclustered ON events(grp) WHERE cluster IS NULL;
    CREATE TABLE ingest_runs (
        id         BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        started    TEXT COLLATE "C" NOT NULL,
        finished   TEXT COLLATE "C",
        documents  BIGINT NOT NULL DEFAULT 0,
        skipped    BIGINT NOT NULL DEFAULT 0,
        failed     BIGINT NOT NULL DEFAULT 0,
        events     BIGINT NOT NULL DEFAULT 0
    );
    "#,
    // 2
    r#"
    ALTER TABLE events ADD COLUMN pair TEXT COLLATE "C";
    UPDATE events SET pair = least(source_key, target_key) || '|' || greatest(source_key, target_key)
        WHERE source_key IS NOT NULL AND target_key IS NOT NULL;
    CREATE INDEX events_pair ON events(pair, date, date_last);
    CREATE INDEX events_cameo ON events(cameo);
    CREATE INDEX events_order ON events((coalesce(date, '9999')), event_id);
    CREATE INDEX events_source_order ON events(source_key, (coalesce(date, '9999')), event_id);
    CREATE INDEX events_target_order ON events(target_key, (coalesce(date, '9999')), event_id);
    "#,
    // 3
    r#"
    CREATE TABLE feeds (
        id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        url           TEXT COLLATE "C" NOT NULL UNIQUE,
        name          TEXT COLLATE "C",
        lang          TEXT COLLATE "C",
        etag          TEXT COLLATE "C",
        last_modified TEXT COLLATE "C",
        last_poll     TEXT COLLATE "C",
        last_success  TEXT COLLATE "C",
        last_error    TEXT COLLATE "C",
        failures      BIGINT NOT NULL DEFAULT 0
    );
    CREATE TABLE feed_items (
        feed          BIGINT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        item          TEXT COLLATE "C" NOT NULL,
        hash          TEXT COLLATE "C",
        seen          TEXT COLLATE "C" NOT NULL,
        checked       BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (feed, item)
    );
    CREATE INDEX feed_items_unchecked ON feed_items(feed) WHERE checked = 0;
    CREATE TABLE raised_alerts (
        key           TEXT COLLATE "C" PRIMARY KEY,
        seq           BIGINT NOT NULL UNIQUE,
        first_raised  TEXT COLLATE "C" NOT NULL,
        raised        TEXT COLLATE "C" NOT NULL,
        evidence      BIGINT NOT NULL,
        json          TEXT COLLATE "C" NOT NULL
    );
    "#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: usize = MIGRATIONS.len();

/// Brings the store on `conn` up to [`SCHEMA_VERSION`].
pub(crate) fn migrate(conn: &mut Conn) -> Result<(), StoreError> {
    // Up to date (the common case): no write lock, so opening a store to read never
    // waits for an ingest.
    if version(conn)? == Some(SCHEMA_VERSION) {
        return Ok(());
    }
    let migrations = match conn.dialect() {
        Dialect::Sqlite => MIGRATIONS,
        Dialect::Postgres => PG_MIGRATIONS,
    };
    loop {
        let done = conn.write(|c| {
            if c.dialect() == Dialect::Postgres {
                c.batch("CREATE TABLE IF NOT EXISTS vigie_schema (version BIGINT NOT NULL)")?;
            }
            let current = version(c)?.unwrap_or(0);
            let Some(sql) = migrations.get(current) else {
                return Ok(true);
            };
            c.batch(sql)?;
            set_version(c, current + 1)?;
            Ok(false)
        })?;
        if done {
            return Ok(());
        }
    }
}

/// The schema version of the store (`None` for a PostgreSQL database vigie never
/// used), refused when newer than this build.
fn version(conn: &mut Conn) -> Result<Option<usize>, StoreError> {
    let found = match conn.dialect() {
        Dialect::Sqlite => {
            Some(conn.query_one("PRAGMA user_version", &[])?.get::<i64>(0)? as usize)
        }
        Dialect::Postgres => {
            let exists = conn
                .query_one("SELECT to_regclass('vigie_schema') IS NOT NULL", &[])?
                .get::<bool>(0)?;
            if exists {
                conn.query_opt("SELECT version FROM vigie_schema", &[])?
                    .map(|r| r.get::<i64>(0))
                    .transpose()?
                    .map(|v| v as usize)
            } else {
                None
            }
        }
    };
    if let Some(found) = found.filter(|&v| v > SCHEMA_VERSION) {
        return Err(StoreError::TooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(found)
}

fn set_version(conn: &mut Conn, v: usize) -> Result<(), StoreError> {
    match conn.dialect() {
        Dialect::Sqlite => conn.batch(&format!("PRAGMA user_version = {v}")),
        Dialect::Postgres => {
            conn.batch("DELETE FROM vigie_schema")?;
            conn.batch(&format!("INSERT INTO vigie_schema (version) VALUES ({v})"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_engines_have_every_migration() {
        assert_eq!(MIGRATIONS.len(), PG_MIGRATIONS.len());
    }
}
