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

use crate::db::{is_row_fault, vals, Conn};
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
const PUT_EVENT: &str =
    "INSERT INTO events (event_id, document, grp, cameo, root, quad_class, goldstein, plover,
        source_key, source_code, source_country, target_key, target_code, target_country,
        date, date_last, modality, claimant, contested, place_name, place_country, lat, lon, json,
        pair)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
        ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)";

/// Stores `docs` on `conn`, inside its write transaction, in order; see the module
/// documentation.
pub(crate) fn write_documents(
    conn: &mut Conn,
    docs: Vec<CodedDocument>,
) -> Result<BatchOutcome, StoreError> {
    let mut outcome = BatchOutcome::default();
    for coded in docs {
        let hash = coded.document.hash();
        if conn.exists(HAS_HASH, vals![&hash])? {
            outcome.skipped += 1;
            continue;
        }
        let (origin, wanted) = (coded.document.origin.clone(), coded.document.doc.clone());
        conn.batch("SAVEPOINT document")?;
        match write_document(conn, coded, &hash) {
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

/// Writes one document with its events under a free id; returns the events written.
fn write_document(
    conn: &mut Conn,
    mut coded: CodedDocument,
    hash: &str,
) -> Result<usize, StoreError> {
    let doc = free_doc_id(conn, &coded.document.doc, hash)?;
    if doc != coded.document.doc {
        rename_events(&mut coded.events, &coded.document.doc, &doc);
    }
    let d = &coded.document;
    let rowid: i64 = conn
        .query_one(
            PUT_DOC,
            vals![
                &doc,
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
    for e in &coded.events {
        let json = serde_json::to_string(e).map_err(|source| StoreError::Json {
            id: e.id.clone(),
            source,
        })?;
        let (first, last) = match day_range(e.date.as_deref(), e.date_end.as_deref()) {
            Some((a, b)) => (Some(a.to_string()), Some(b.to_string())),
            None => (None, None),
        };
        let place = e.place.as_ref();
        conn.execute(
            PUT_EVENT,
            vals![
                &e.id,
                rowid,
                group_key(e),
                &e.cameo,
                root(&e.cameo),
                e.quad_class,
                e.goldstein,
                &e.plover,
                e.source.as_ref().map(actor_key),
                e.source.as_ref().map(|a| &a.code),
                e.source.as_ref().and_then(|a| a.country.as_ref()),
                e.target.as_ref().map(actor_key),
                e.target.as_ref().map(|a| &a.code),
                e.target.as_ref().and_then(|a| a.country.as_ref()),
                first,
                last,
                e.modality.name(),
                e.claimed_by.as_ref().map(actor_key),
                !e.contested_with.is_empty(),
                place.map(|p| &p.name),
                place.map(|p| &p.country),
                place.map(|p| p.lat),
                place.map(|p| p.lon),
                json,
                pair_key(e)
            ],
        )?;
    }
    Ok(coded.events.len())
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

/// Gives events (and the links between them) a new document id.
fn rename_events(events: &mut [vigie_coder::Event], from: &str, to: &str) {
    let old = format!("{from}:");
    let new = format!("{to}:");
    let fix = |id: &mut String| {
        if let Some(rest) = id.strip_prefix(&old) {
            *id = format!("{new}{rest}");
        }
    };
    for e in events {
        e.doc = to.to_string();
        fix(&mut e.id);
        e.contested_with.iter_mut().for_each(fix);
    }
}
