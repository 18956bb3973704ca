//! Writing documents and their events: one immediate transaction per batch, one
//! savepoint per document, and document ids that cannot collide.
//!
//! The batch transaction begins with `BEGIN IMMEDIATE`, so that a second writer (another
//! `vigie ingest`, a dashboard upload) waits for the write lock under the busy timeout
//! instead of failing at once when a read transaction would have to be upgraded. Inside
//! it each document is written under its own savepoint: a document SQLite refuses (a
//! constraint, a text too large) is rolled back alone, reported with the file it came
//! from, and the rest of the batch is kept. The id a document asks for is made unique
//! by [`free_doc_id`] before the insert, inside the same transaction, so that two
//! documents with one name never reach the unique constraint at all.

use rusqlite::{params, CachedStatement, ErrorCode, Transaction, TransactionBehavior};

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

/// The statements a batch reuses for every document.
struct Statements<'t> {
    has_hash: CachedStatement<'t>,
    has_doc: CachedStatement<'t>,
    put_doc: CachedStatement<'t>,
    put_event: CachedStatement<'t>,
}

/// Opens the write transaction of a batch: immediate, so that it waits for the write
/// lock rather than failing on an upgrade from a read.
pub(crate) fn begin(conn: &mut rusqlite::Connection) -> Result<Transaction<'_>, StoreError> {
    Ok(conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
}

/// Stores `docs` in `tx`, in order; see the module documentation.
pub(crate) fn write_documents(
    tx: &Transaction<'_>,
    docs: Vec<CodedDocument>,
) -> Result<BatchOutcome, StoreError> {
    let mut st = Statements {
        has_hash: tx.prepare_cached("SELECT 1 FROM documents WHERE hash = ?1")?,
        has_doc: tx.prepare_cached("SELECT 1 FROM documents WHERE doc = ?1")?,
        put_doc: tx.prepare_cached(
            "INSERT INTO documents (doc, hash, source, url, title, published, lang, origin, text, versions)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?,
        put_event: tx.prepare_cached(
            "INSERT INTO events (event_id, document, grp, cameo, root, quad_class, goldstein, plover,
                source_key, source_code, source_country, target_key, target_code, target_country,
                date, date_last, modality, claimant, contested, place_name, place_country, lat, lon, json,
                pair)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
        )?,
    };
    let mut outcome = BatchOutcome::default();
    for coded in docs {
        let hash = coded.document.hash();
        if st.has_hash.exists([&hash])? {
            outcome.skipped += 1;
            continue;
        }
        let (origin, wanted) = (coded.document.origin.clone(), coded.document.doc.clone());
        tx.execute_batch("SAVEPOINT document")?;
        match write_document(tx, &mut st, coded, &hash) {
            Ok(events) => {
                tx.execute_batch("RELEASE document")?;
                outcome.documents += 1;
                outcome.events += events;
            }
            Err(e) if !is_document_fault(&e) => {
                // The batch stops; dropping the transaction rolls it back.
                return Err(StoreError::Document {
                    origin,
                    source: Box::new(e),
                });
            }
            Err(e) => {
                tx.execute_batch("ROLLBACK TO document; RELEASE document")?;
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

/// Whether an error is the document's own (the rest of the batch can go on) rather
/// than the database's (full disk, I/O, lock: the batch must stop).
fn is_document_fault(e: &StoreError) -> bool {
    match e {
        StoreError::Json { .. } => true,
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, _)) => matches!(
            f.code,
            ErrorCode::ConstraintViolation | ErrorCode::TooBig | ErrorCode::TypeMismatch
        ),
        StoreError::Sqlite(rusqlite::Error::ToSqlConversionFailure(_)) => true,
        _ => false,
    }
}

/// Writes one document with its events under a free id; returns the events written.
fn write_document(
    tx: &Transaction<'_>,
    st: &mut Statements<'_>,
    mut coded: CodedDocument,
    hash: &str,
) -> Result<usize, StoreError> {
    let doc = free_doc_id(&mut st.has_doc, &coded.document.doc, hash)?;
    if doc != coded.document.doc {
        rename_events(&mut coded.events, &coded.document.doc, &doc);
    }
    let d = &coded.document;
    st.put_doc.execute(params![
        doc,
        hash,
        d.source,
        d.url,
        d.title,
        d.published,
        coded.lang,
        d.origin,
        d.text,
        coded.versions
    ])?;
    let rowid = tx.last_insert_rowid();
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
        st.put_event.execute(params![
            e.id,
            rowid,
            group_key(e),
            e.cameo,
            root(&e.cameo),
            e.quad_class,
            e.goldstein,
            e.plover,
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
        ])?;
    }
    Ok(coded.events.len())
}

/// The first free id among `wanted`, then `wanted-` with ever longer prefixes of the
/// content hash, then the whole hash with a counter. Checked in the write transaction,
/// so no other writer can take the id before the insert; the search always ends, as
/// the table is finite.
fn free_doc_id(
    has_doc: &mut CachedStatement<'_>,
    wanted: &str,
    hash: &str,
) -> Result<String, StoreError> {
    let derived = [8, 16, hash.len()]
        .into_iter()
        .filter_map(|n| hash.get(..n))
        .map(|h| format!("{wanted}-{h}"));
    let counted = (2u64..).map(|n| format!("{wanted}-{hash}-{n}"));
    for candidate in std::iter::once(wanted.to_string())
        .chain(derived)
        .chain(counted)
    {
        if !has_doc.exists([&candidate])? {
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
