//! Writing documents and their events: one write transaction per batch, one
//! savepoint per document, and document ids that cannot collide.
//!
//! The batch transaction holds the store's write lock from its first statement (SQLite's
//! `BEGIN IMMEDIATE`, PostgreSQL's advisory lock: see [`crate::db`]), so that a second
//! writer (another `vigie ingest`, a dashboard upload) waits for it instead of failing
//! or racing. Inside it each document is written under its own savepoint: a document
//! the database refuses (a constraint, a text too large, a NUL byte PostgreSQL does not
//! store) is rolled back alone, reported with the file it came from, and the rest of
//! the batch is kept. The id a document asks for is made unique
//! by [`free_doc_id`] before the insert, inside the same transaction, so that two
//! documents with one name never reach the unique constraint at all.

use std::collections::HashSet;

use crate::db::{is_row_fault, tuples, vals, Conn, Dialect, Value};
use crate::{actor_key, day_range, group_key, pair_key, root, CodedDocument, StoreError};

/// A document that could not be stored; the others of its batch were.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailedDocument {
    /// The file it came from, with the line or item for JSON Lines and feeds.
    pub origin: String,
    /// The id it asked for.
    pub doc: String,
    /// Why it was refused.
    pub error: String,
}

impl std::fmt::Display for FailedDocument {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: document `{}` not stored: {}",
            self.origin, self.doc, self.error
        )
    }
}

/// What one batch wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BatchOutcome {
    /// Documents stored.
    pub documents: usize,
    /// Documents skipped because their text was already stored.
    pub skipped: usize,
    /// Events stored.
    pub events: usize,
    /// Documents refused, each naming its file; the rest of the batch was stored.
    pub failed: Vec<FailedDocument>,
}

const HAS_HASH: &str = "SELECT 1 FROM documents WHERE hash = ?1";
const HAS_DOC: &str = "SELECT 1 FROM documents WHERE doc = ?1";
const PUT_DOC: &str =
    "INSERT INTO documents (doc, hash, source, url, title, published, lang, origin, text, versions)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id";
/// The columns of an event row, in the order [`event_row`] gives their values.
const EVENT_COLUMNS: &str = "event_id, document, grp, cameo, root, quad_class, goldstein, plover,
    source_key, source_code, source_country, target_key, target_code, target_country,
    date, date_last, modality, claimant, contested, place_name, place_country, lat, lon, json,
    pair";

/// Event rows per insert statement (25 values each, well under either engine's limit
/// on parameters): a document's events go to the database in one round trip.
const EVENTS_PER_STATEMENT: usize = 400;

/// Stores `docs` on `conn`, inside its write transaction, in order; see the module
/// documentation.
pub(crate) fn write_documents(
    conn: &mut Conn,
    docs: Vec<CodedDocument>,
) -> Result<BatchOutcome, StoreError> {
    // On a server, first the whole batch at once, on the bet that the database refuses
    // none of it (two round trips a document); if it refuses one, the batch starts
    // again with a savepoint per document, so that only the refused one is left out.
    // SQLite goes one by one from the start: its calls cost no round trip, and a
    // savepoint held over a whole batch costs it more than the statements (measured:
    // 41% of an ingest's time in `sqlite3BtreeSavepoint`, writing 5.7 s -> 33 s for
    // 20,000 documents).
    if conn.dialect() == Dialect::Sqlite {
        return write_one_by_one(conn, docs);
    }
    conn.batch("SAVEPOINT batch")?;
    match write_at_once(conn, &docs) {
        Ok(outcome) => {
            conn.batch("RELEASE batch")?;
            Ok(outcome)
        }
        Err(e) if is_row_fault(&e) => {
            conn.batch("ROLLBACK TO batch; RELEASE batch")?;
            write_one_by_one(conn, docs)
        }
        Err(e) => Err(e),
    }
}

/// Writes every document of a batch without savepoints, asking the database which
/// texts and ids it holds in one query each for the whole batch; the first refusal
/// ends it (see [`write_documents`]).
fn write_at_once(conn: &mut Conn, docs: &[CodedDocument]) -> Result<BatchOutcome, StoreError> {
    let hashes: Vec<String> = docs.iter().map(|c| c.document.hash()).collect();
    let mut stored = present(conn, "hash", &hashes)?;
    let wanted: Vec<String> = docs.iter().map(|c| c.document.doc.clone()).collect();
    let mut taken = present(conn, "doc", &wanted)?;
    let mut outcome = BatchOutcome::default();
    for (coded, hash) in docs.iter().zip(hashes) {
        if !stored.insert(hash.clone()) {
            outcome.skipped += 1;
            continue;
        }
        let wanted = &coded.document.doc;
        let doc = if taken.contains(wanted) {
            free_doc_id(conn, wanted, &hash)?
        } else {
            wanted.clone()
        };
        taken.insert(doc.clone());
        match write_document(conn, coded, &doc, &hash) {
            Ok(events) => {
                outcome.documents += 1;
                outcome.events += events;
            }
            Err(e) if is_row_fault(&e) => return Err(e),
            Err(e) => {
                return Err(StoreError::Document {
                    origin: coded.document.origin.clone(),
                    source: Box::new(e),
                })
            }
        }
    }
    Ok(outcome)
}

/// Which of `values` the column `column` of `documents` holds.
fn present(
    conn: &mut Conn,
    column: &str,
    values: &[String],
) -> Result<HashSet<String>, StoreError> {
    let mut found = HashSet::new();
    for chunk in values.chunks(500) {
        let list: Vec<Value> = chunk.iter().map(Value::from).collect();
        found.extend(conn.query_map(
            &format!(
                "SELECT {column} FROM documents WHERE {column} IN {}",
                tuples(1, chunk.len())
            ),
            &list,
            |r| r.get::<String>(0),
        )?);
    }
    Ok(found)
}

/// Writes a batch with a savepoint per document: a document the database refuses is
/// rolled back alone and listed, the others are stored.
fn write_one_by_one(conn: &mut Conn, docs: Vec<CodedDocument>) -> Result<BatchOutcome, StoreError> {
    let mut outcome = BatchOutcome::default();
    for coded in docs {
        let hash = coded.document.hash();
        if conn.exists(HAS_HASH, vals![&hash])? {
            outcome.skipped += 1;
            continue;
        }
        let (origin, wanted) = (coded.document.origin.clone(), coded.document.doc.clone());
        conn.batch("SAVEPOINT document")?;
        let written = free_doc_id(conn, &wanted, &hash)
            .and_then(|doc| write_document(conn, &coded, &doc, &hash));
        match written {
            Ok(events) => {
                conn.batch("RELEASE document")?;
                outcome.documents += 1;
                outcome.events += events;
            }
            Err(e) if !is_row_fault(&e) => {
                // The batch stops; the caller rolls it back.
                return Err(StoreError::Document {
                    origin,
                    source: Box::new(e),
                });
            }
            Err(e) => {
                conn.batch("ROLLBACK TO document; RELEASE document")?;
                outcome.failed.push(FailedDocument {
                    origin,
                    doc: wanted,
                    error: e.to_string(),
                });
            }
        }
    }
    Ok(outcome)
}

/// Writes one document with its events under the id `doc` (free); returns the events
/// written.
fn write_document(
    conn: &mut Conn,
    coded: &CodedDocument,
    doc: &str,
    hash: &str,
) -> Result<usize, StoreError> {
    let d = &coded.document;
    let rowid: i64 = conn
        .query_one(
            PUT_DOC,
            vals![
                doc,
                hash,
                &d.source,
                &d.url,
                &d.title,
                &d.published,
                &coded.lang,
                &d.origin,
                &d.text,
                &coded.versions
            ],
        )?
        .get(0)?;
    let renamed;
    let events = if doc == d.doc {
        &coded.events
    } else {
        renamed = renamed_events(&coded.events, &d.doc, doc);
        &renamed
    };
    let mut rows = Vec::with_capacity(events.len());
    for e in events {
        rows.push(event_row(e, rowid)?);
    }
    for chunk in rows.chunks(EVENTS_PER_STATEMENT) {
        conn.execute(
            &format!(
                "INSERT INTO events ({EVENT_COLUMNS}) VALUES {}",
                tuples(chunk.len(), 25)
            ),
            &chunk.concat(),
        )?;
    }
    Ok(events.len())
}

/// The values of an event's row, in the order of [`EVENT_COLUMNS`].
fn event_row(e: &vigie_coder::Event, document: i64) -> Result<[Value; 25], StoreError> {
    let json = serde_json::to_string(e).map_err(|source| StoreError::Json {
        id: e.id.clone(),
        source,
    })?;
    let (first, last) = match day_range(e.date.as_deref(), e.date_end.as_deref()) {
        Some((a, b)) => (Some(a.to_string()), Some(b.to_string())),
        None => (None, None),
    };
    let place = e.place.as_ref();
    Ok([
        Value::from(&e.id),
        Value::from(document),
        Value::from(group_key(e)),
        Value::from(&e.cameo),
        Value::from(root(&e.cameo)),
        Value::from(e.quad_class),
        Value::from(e.goldstein),
        Value::from(&e.plover),
        Value::from(e.source.as_ref().map(actor_key)),
        Value::from(e.source.as_ref().map(|a| &a.code)),
        Value::from(e.source.as_ref().and_then(|a| a.country.as_ref())),
        Value::from(e.target.as_ref().map(actor_key)),
        Value::from(e.target.as_ref().map(|a| &a.code)),
        Value::from(e.target.as_ref().and_then(|a| a.country.as_ref())),
        Value::from(first),
        Value::from(last),
        Value::from(e.modality.name()),
        Value::from(e.claimed_by.as_ref().map(actor_key)),
        Value::from(!e.contested_with.is_empty()),
        Value::from(place.map(|p| &p.name)),
        Value::from(place.map(|p| &p.country)),
        Value::from(place.map(|p| p.lat)),
        Value::from(place.map(|p| p.lon)),
        Value::from(json),
        Value::from(pair_key(e)),
    ])
}

/// The first free id among `wanted`, then `wanted-` with ever longer prefixes of the
/// content hash, then the whole hash with a counter. Checked in the write transaction,
/// so no other writer can take the id before the insert; the search always ends, as
/// the table is finite.
fn free_doc_id(conn: &mut Conn, wanted: &str, hash: &str) -> Result<String, StoreError> {
    let derived = [8, 16, hash.len()]
        .into_iter()
        .filter_map(|n| hash.get(..n))
        .map(|h| format!("{wanted}-{h}"));
    let counted = (2u64..).map(|n| format!("{wanted}-{hash}-{n}"));
    for candidate in std::iter::once(wanted.to_string())
        .chain(derived)
        .chain(counted)
    {
        if !conn.exists(HAS_DOC, vals![&candidate])? {
            return Ok(candidate);
        }
    }
    unreachable!("an unbounded sequence of distinct ids meets a free one")
}

/// Events (and the links between them) under a new document id.
fn renamed_events(events: &[vigie_coder::Event], from: &str, to: &str) -> Vec<vigie_coder::Event> {
    let old = format!("{from}:");
    let new = format!("{to}:");
    let fix = |id: &mut String| {
        if let Some(rest) = id.strip_prefix(&old) {
            *id = format!("{new}{rest}");
        }
    };
    let mut events = events.to_vec();
    for e in &mut events {
        e.doc = to.to_string();
        fix(&mut e.id);
        e.contested_with.iter_mut().for_each(fix);
    }
    events
}
