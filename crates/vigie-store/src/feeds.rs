//! What `vigie watch` keeps between polls and across restarts: each feed's validators
//! and health, the items already read, and the alerts already raised.
//!
//! An item's documents and its "read" mark are written in one transaction
//! ([`Store::write_feed_items`]): a watcher killed at any point has stored an item
//! whole, with its mark, or not at all, so a restart neither loses nor duplicates it.
//! Items also carry a `checked` flag, set once the alerts of the pairs they touch were
//! evaluated; a restart evaluates the items left unchecked, so an alert is not lost
//! either. Raised alerts are keyed by pair and first day, and numbered by a sequence
//! that grows with every insert and update, which the dashboard's stream follows.

use std::collections::{BTreeSet, HashSet};

use serde::Serialize;

use crate::db::vals;
use crate::write::{self, BatchOutcome};
use crate::{CodedDocument, Store, StoreError};

/// A feed's health, as `vigie feeds` and `/api/feeds` list it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FeedHealth {
    /// Its address or path.
    pub url: String,
    /// The name given in the feed list.
    pub name: Option<String>,
    /// The language given in the feed list.
    pub lang: Option<String>,
    /// Last poll, RFC 3339.
    pub last_poll: Option<String>,
    /// Last successful poll.
    pub last_success: Option<String>,
    /// The last poll's error, if it failed.
    pub last_error: Option<String>,
    /// Failed polls in a row.
    pub failures: u32,
    /// Items read since the start of the day given to [`Store::feeds`].
    pub items_today: u64,
    /// Items read in all.
    pub items: u64,
}

/// The validators a feed's last response gave, for a conditional request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// `ETag`.
    pub etag: Option<String>,
    /// `Last-Modified`.
    pub last_modified: Option<String>,
}

/// How a poll ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PollResult {
    /// The feed was read (or had not changed); its new validators.
    Success(Validators),
    /// The poll failed, for this reason.
    Failure(String),
}

/// An item read from a feed: its key, and its document when one is to be stored
/// (none for an item already stored under another feed, or one without text).
#[derive(Debug)]
pub struct FeedItem {
    /// The item's link, else its content hash.
    pub key: String,
    /// The document, coded.
    pub document: Option<CodedDocument>,
}

/// An alert as stored: its sequence number and JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RaisedAlert {
    /// Grows with every insert and update.
    pub seq: i64,
    /// When it was first raised.
    pub first_raised: String,
    /// When it was last raised or updated.
    pub raised: String,
    /// The alert, as `vigie alerts --format jsonl` prints it.
    pub json: String,
}

/// Whether [`Store::raise_alert`] found the alert new, grown, or known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Raised {
    /// Not seen before.
    New,
    /// Seen before, with less evidence.
    Updated,
    /// Seen before as it is.
    Known,
}

impl Store {
    /// Registers a feed (or updates its name and language); returns its id.
    pub fn register_feed(
        &self,
        url: &str,
        name: Option<&str>,
        lang: Option<&str>,
    ) -> Result<i64, StoreError> {
        self.conn()
            .query_one(
                "INSERT INTO feeds (url, name, lang) VALUES (?1, ?2, ?3)
                 ON CONFLICT(url) DO UPDATE SET name = excluded.name, lang = excluded.lang
                 RETURNING id",
                vals![url, name, lang],
            )?
            .get(0)
    }

    /// The validators of a feed's last successful response.
    pub fn feed_validators(&self, feed: i64) -> Result<Validators, StoreError> {
        let row = self.conn().query_opt(
            "SELECT etag, last_modified FROM feeds WHERE id = ?1",
            vals![feed],
        )?;
        Ok(match row {
            Some(r) => Validators {
                etag: r.get(0)?,
                last_modified: r.get(1)?,
            },
            None => Validators::default(),
        })
    }

    /// Consecutive failed polls of a feed, for its back-off after a restart.
    pub fn feed_failures(&self, feed: i64) -> Result<u32, StoreError> {
        self.conn()
            .query_opt("SELECT failures FROM feeds WHERE id = ?1", vals![feed])?
            .map_or(Ok(0), |r| r.get(0))
    }

    /// Which of `keys` a feed has already read.
    pub fn seen_items(&self, feed: i64, keys: &[String]) -> Result<HashSet<String>, StoreError> {
        let mut conn = self.conn();
        let mut seen = HashSet::new();
        for key in keys {
            if conn.exists(
                "SELECT 1 FROM feed_items WHERE feed = ?1 AND item = ?2",
                vals![feed, key],
            )? {
                seen.insert(key.clone());
            }
        }
        Ok(seen)
    }

    /// Stores the documents of `items` with their events and marks every item read, in
    /// one transaction (see the module documentation).
    pub fn write_feed_items(
        &mut self,
        feed: i64,
        items: Vec<FeedItem>,
        now: &str,
    ) -> Result<BatchOutcome, StoreError> {
        let mut marks = Vec::with_capacity(items.len());
        let mut docs = Vec::new();
        for item in items {
            let hash = item.document.as_ref().map(|d| d.document.hash());
            marks.push((item.key, hash));
            docs.extend(item.document);
        }
        self.conn().write(|c| {
            let outcome = write::write_documents(c, docs)?;
            for (key, hash) in &marks {
                c.execute(
                    "INSERT INTO feed_items (feed, item, hash, seen) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT DO NOTHING",
                    vals![feed, key, hash, now],
                )?;
            }
            Ok(outcome)
        })
    }

    /// Records how a poll of `feed` ended.
    pub fn record_poll(&self, feed: i64, now: &str, result: &PollResult) -> Result<(), StoreError> {
        match result {
            PollResult::Success(v) => self.conn().execute(
                "UPDATE feeds SET last_poll = ?2, last_success = ?2, last_error = NULL, failures = 0,
                    etag = coalesce(?3, etag), last_modified = coalesce(?4, last_modified)
                 WHERE id = ?1",
                vals![feed, now, &v.etag, &v.last_modified],
            )?,
            PollResult::Failure(error) => self.conn().execute(
                "UPDATE feeds SET last_poll = ?2, last_error = ?3, failures = failures + 1
                 WHERE id = ?1",
                vals![feed, now, error],
            )?,
        };
        Ok(())
    }

    /// The events of items whose alerts were not evaluated yet, as their country pair
    /// (in alphabetical order) and first day, when they have both.
    pub fn unchecked_pair_days(&self) -> Result<BTreeSet<(String, String, String)>, StoreError> {
        let rows = self.conn().query_map(
            "SELECT DISTINCT e.source_country, e.target_country, e.date
             FROM feed_items f JOIN documents d ON d.hash = f.hash JOIN events e ON e.document = d.id
             WHERE f.checked = 0 AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL
                AND e.source_country <> e.target_country AND e.date IS NOT NULL",
            &[],
            |r| Ok((r.get::<String>(0)?, r.get::<String>(1)?, r.get::<String>(2)?)),
        )?;
        Ok(rows
            .into_iter()
            .map(|(a, b, day)| if a <= b { (a, b, day) } else { (b, a, day) })
            .collect())
    }

    /// Marks every item's alerts as evaluated.
    pub fn mark_items_checked(&self) -> Result<usize, StoreError> {
        Ok(self
            .conn()
            .execute("UPDATE feed_items SET checked = 1 WHERE checked = 0", &[])?
            as usize)
    }

    /// Stores an alert under `key` unless it is known with as much evidence.
    pub fn raise_alert(
        &self,
        key: &str,
        evidence: usize,
        json: &str,
        now: &str,
    ) -> Result<Raised, StoreError> {
        self.conn().write(|c| {
            let known: Option<i64> = c
                .query_opt(
                    "SELECT evidence FROM raised_alerts WHERE key = ?1",
                    vals![key],
                )?
                .map(|r| r.get(0))
                .transpose()?;
            let next = "(SELECT coalesce(max(seq), 0) + 1 FROM raised_alerts)";
            match known {
                Some(n) if n >= evidence as i64 => Ok(Raised::Known),
                Some(_) => {
                    c.execute(
                        &format!(
                            "UPDATE raised_alerts SET seq = {next}, raised = ?2, evidence = ?3, json = ?4
                             WHERE key = ?1"
                        ),
                        vals![key, now, evidence, json],
                    )?;
                    Ok(Raised::Updated)
                }
                None => {
                    c.execute(
                        &format!(
                            "INSERT INTO raised_alerts (key, seq, first_raised, raised, evidence, json)
                             VALUES (?1, {next}, ?2, ?2, ?3, ?4)"
                        ),
                        vals![key, now, evidence, json],
                    )?;
                    Ok(Raised::New)
                }
            }
        })
    }

    /// Alerts raised or updated after sequence number `after`, oldest first, at most
    /// `limit`.
    pub fn raised_alerts(&self, after: i64, limit: usize) -> Result<Vec<RaisedAlert>, StoreError> {
        self.conn().query_map(
            "SELECT seq, first_raised, raised, json FROM raised_alerts WHERE seq > ?1
             ORDER BY seq LIMIT ?2",
            vals![after, limit],
            |r| {
                Ok(RaisedAlert {
                    seq: r.get(0)?,
                    first_raised: r.get(1)?,
                    raised: r.get(2)?,
                    json: r.get(3)?,
                })
            },
        )
    }

    /// Every feed with its health; `today` (`YYYY-MM-DD`) starts the day counted in
    /// [`FeedHealth::items_today`].
    pub fn feeds(&self, today: &str) -> Result<Vec<FeedHealth>, StoreError> {
        self.conn().query_map(
            "SELECT f.url, f.name, f.lang, f.last_poll, f.last_success, f.last_error, f.failures,
                (SELECT count(*) FROM feed_items i WHERE i.feed = f.id AND i.seen >= ?1),
                (SELECT count(*) FROM feed_items i WHERE i.feed = f.id)
             FROM feeds f ORDER BY f.url",
            vals![today],
            |r| {
                Ok(FeedHealth {
                    url: r.get(0)?,
                    name: r.get(1)?,
                    lang: r.get(2)?,
                    last_poll: r.get(3)?,
                    last_success: r.get(4)?,
                    last_error: r.get(5)?,
                    failures: r.get(6)?,
                    items_today: r.get(7)?,
                    items: r.get(8)?,
                })
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::NewDocument;

    fn item(key: &str, text: &str) -> FeedItem {
        let document = NewDocument {
            doc: key.into(),
            origin: format!("feed:{key}"),
            text: text.into(),
            ..NewDocument::default()
        };
        FeedItem {
            key: key.into(),
            document: Some(CodedDocument {
                document,
                lang: "fr".into(),
                events: Vec::new(),
                versions: String::new(),
            }),
        }
    }

    #[test]
    fn an_item_is_read_once_and_its_document_stored_once() {
        let mut store = Store::in_memory().unwrap();
        let feed = store
            .register_feed("http://x/feed", Some("x"), None)
            .unwrap();
        assert_eq!(
            store
                .register_feed("http://x/feed", Some("x2"), Some("fr"))
                .unwrap(),
            feed
        );
        let out = store
            .write_feed_items(
                feed,
                vec![item("a", "Un texte."), item("b", "Un autre.")],
                "2026-12-07T10:00:00Z",
            )
            .unwrap();
        assert_eq!(out.documents, 2);
        let seen = store.seen_items(feed, &["a".into(), "c".into()]).unwrap();
        assert_eq!(seen, HashSet::from(["a".to_string()]));
        // The same text under a new key: marked read, not stored again.
        let out = store
            .write_feed_items(feed, vec![item("c", "Un texte.")], "2026-12-07T10:01:00Z")
            .unwrap();
        assert_eq!((out.documents, out.skipped), (0, 1));
        let health = store.feeds("2026-12-07").unwrap();
        assert_eq!(health.len(), 1);
        assert_eq!((health[0].items, health[0].items_today), (3, 3));
        assert_eq!(health[0].name.as_deref(), Some("x2"));
        assert_eq!(store.feeds("2026-12-08").unwrap()[0].items_today, 0);
    }

    #[test]
    fn polls_keep_validators_and_count_failures() {
        let store = Store::in_memory().unwrap();
        let feed = store.register_feed("http://x/feed", None, None).unwrap();
        let ok = PollResult::Success(Validators {
            etag: Some("\"v1\"".into()),
            last_modified: None,
        });
        store.record_poll(feed, "t1", &ok).unwrap();
        store
            .record_poll(feed, "t2", &PollResult::Failure("HTTP 500".into()))
            .unwrap();
        store
            .record_poll(feed, "t3", &PollResult::Failure("timeout".into()))
            .unwrap();
        assert_eq!(store.feed_failures(feed).unwrap(), 2);
        assert_eq!(
            store.feed_validators(feed).unwrap().etag.as_deref(),
            Some("\"v1\"")
        );
        let health = &store.feeds("t").unwrap()[0];
        assert_eq!(health.last_error.as_deref(), Some("timeout"));
        assert_eq!(health.last_success.as_deref(), Some("t1"));
        // A 304 keeps the validators it did not repeat.
        store
            .record_poll(feed, "t4", &PollResult::Success(Validators::default()))
            .unwrap();
        assert_eq!(store.feed_failures(feed).unwrap(), 0);
        assert_eq!(
            store.feed_validators(feed).unwrap().etag.as_deref(),
            Some("\"v1\"")
        );
    }

    #[test]
    fn alerts_are_raised_once_and_updated_when_they_grow() {
        let store = Store::in_memory().unwrap();
        assert_eq!(store.raise_alert("k", 2, "{}", "t1").unwrap(), Raised::New);
        assert_eq!(
            store.raise_alert("k", 2, "{}", "t2").unwrap(),
            Raised::Known
        );
        assert_eq!(store.raise_alert("j", 1, "{}", "t2").unwrap(), Raised::New);
        assert_eq!(
            store.raise_alert("k", 3, "{\"n\":3}", "t3").unwrap(),
            Raised::Updated
        );
        let all = store.raised_alerts(0, 10).unwrap();
        let seqs: Vec<(i64, &str)> = all.iter().map(|a| (a.seq, a.json.as_str())).collect();
        assert_eq!(seqs, vec![(2, "{}"), (3, "{\"n\":3}")]);
        assert_eq!(all[1].first_raised, "t1");
        assert_eq!(store.raised_alerts(2, 10).unwrap().len(), 1);
    }
}
