//! The watch loop: pollers that fetch, one writer that codes, stores and alerts.
//!
//! Each feed has its own thread, so a slow or failing outlet never delays the others.
//! A poller fetches its feed (conditionally), reads its items, drops those the store
//! has already read, fetches the whole article behind an item that only carries a
//! summary, and hands the rest to the writer. It then sleeps for its interval, or,
//! after `n` failures in a row, for `interval × 2ⁿ` up to [`Options::max_backoff`].
//!
//! The writer (the calling thread) codes each new item, stores the documents with their
//! "read" marks in one transaction, records the poll in the feed's health, clusters,
//! and evaluates the alerts of the country pairs the new events touch: an alert whose
//! window holds a new event and that the store has not raised with as much evidence
//! is reported ([`Notice`]), stored, and posted to the webhook. Items are marked
//! "checked" only after that, and the items a killed watcher left unchecked are
//! evaluated at the next start.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use serde::Serialize;
use vigie_analytics::Alert;
use vigie_coder::Pipeline;
use vigie_ingest::read::{decode, read_document, ReadOptions, Source};
use vigie_ingest::{Format, Record};
use vigie_store::{
    content_hash, CodedDocument, EventFilter, FeedItem, PollResult, Raised, Store, StoreError,
    Validators,
};

use crate::fetch::{Fetched, Fetcher, Limits};
use crate::{FeedSpec, Location};

/// How the watcher runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// Default polling interval.
    pub every: Duration,
    /// Longest wait after failures.
    pub max_backoff: Duration,
    /// Bounds of every HTTP request.
    pub limits: Limits,
    /// Where to POST each new or grown alert.
    pub webhook: Option<String>,
    /// Fetch the page behind an item whose text is shorter than this many bytes (a
    /// summary); 0 never fetches.
    pub summary_below: usize,
    /// Poll every feed once, then stop.
    pub once: bool,
    /// Checks on every feed, page and file read.
    pub read: ReadOptions,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            every: Duration::from_secs(300),
            max_backoff: Duration::from_secs(3600),
            limits: Limits::default(),
            webhook: None,
            summary_below: 600,
            once: false,
            read: ReadOptions {
                max_bytes: 10 * 1024 * 1024,
                lossy: true,
            },
        }
    }
}

/// An alert that is new, or has grown, after a poll.
#[derive(Debug, Clone, Serialize)]
pub struct Notice {
    /// `new` or `updated`.
    pub status: Raised,
    /// When, RFC 3339.
    pub raised: String,
    /// The alert with its evidence, as `vigie alerts --format jsonl` prints it.
    pub alert: Alert,
}

/// What stops the watcher.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    /// The store failed.
    #[error("store: {0}")]
    Store(#[from] StoreError),
    /// No feed to follow.
    #[error("no feed to follow: give --feeds FILE or --feed URL")]
    NoFeed,
}

/// One item ready for the writer.
struct Item {
    key: String,
    document: vigie_store::NewDocument,
    lang: Option<String>,
}

/// What one poll of one feed gave.
struct Polled {
    feed: usize,
    result: PollResult,
    items: Vec<Item>,
    /// Items that could not be read, each naming its feed and line.
    problems: Vec<String>,
}

/// A feed with its store id.
struct Followed<'a> {
    spec: &'a FeedSpec,
    id: i64,
    every: Duration,
}

/// Follows `feeds` into the store at `db` until killed (or after one round with
/// [`Options::once`]). `on_alert` is told every new or grown alert, `log` every poll's
/// outcome and every problem.
pub fn run(
    db: &Path,
    feeds: &[FeedSpec],
    pipeline: &Pipeline,
    options: &Options,
    mut on_alert: impl FnMut(&Notice),
    mut log: impl FnMut(&str),
) -> Result<(), WatchError> {
    if feeds.is_empty() {
        return Err(WatchError::NoFeed);
    }
    let mut store = Store::open(db)?;
    let mut followed = Vec::new();
    for spec in feeds {
        let id = store.register_feed(
            &spec.location.key(),
            spec.name.as_deref(),
            spec.lang.as_deref(),
        )?;
        followed.push(Followed {
            spec,
            id,
            every: spec.every.unwrap_or(options.every),
        });
    }
    let fetcher = Fetcher::new(options.limits);
    // Alerts a killed watcher had not evaluated yet.
    alert_round(&store, &fetcher, options, &mut on_alert, &mut log)?;
    let (tx, rx) = mpsc::channel::<Polled>();
    std::thread::scope(|scope| -> Result<(), WatchError> {
        for (index, feed) in followed.iter().enumerate() {
            let validators = store.feed_validators(feed.id)?;
            let failures = store.feed_failures(feed.id)?;
            let (tx, fetcher) = (tx.clone(), fetcher.clone());
            let reader = Store::open_existing(db)?;
            scope.spawn(move || {
                poller(
                    index, feed, reader, validators, failures, &fetcher, options, &tx,
                )
            });
        }
        drop(tx);
        for polled in rx {
            let feed = &followed[polled.feed];
            write_poll(
                &mut store,
                feed,
                polled,
                pipeline,
                options.max_backoff,
                &mut log,
            )?;
            alert_round(&store, &fetcher, options, &mut on_alert, &mut log)?;
        }
        Ok(())
    })
}

/// The poll loop of one feed; ends with the writer, or after one poll with `once`.
#[allow(clippy::too_many_arguments)]
fn poller(
    index: usize,
    feed: &Followed<'_>,
    reader: Store,
    mut validators: Validators,
    mut failures: u32,
    fetcher: &Fetcher,
    options: &Options,
    tx: &mpsc::Sender<Polled>,
) {
    loop {
        let polled = poll(index, feed, &reader, &validators, fetcher, options);
        match &polled.result {
            PollResult::Success(v) => {
                failures = 0;
                if v.etag.is_some() || v.last_modified.is_some() {
                    validators = v.clone();
                }
            }
            PollResult::Failure(_) => failures = failures.saturating_add(1),
        }
        if tx.send(polled).is_err() || options.once {
            return;
        }
        std::thread::sleep(wait(feed.every, failures, options.max_backoff));
    }
}

/// How long a feed waits before its next poll: its interval, doubled for every failure
/// in a row, at most `max`.
pub fn wait(every: Duration, failures: u32, max: Duration) -> Duration {
    let factor = 1u32.checked_shl(failures.min(20)).unwrap_or(u32::MAX);
    every.saturating_mul(factor).min(max.max(every))
}

/// One poll: the feed's new items, read but not coded.
fn poll(
    index: usize,
    feed: &Followed<'_>,
    reader: &Store,
    validators: &Validators,
    fetcher: &Fetcher,
    options: &Options,
) -> Polled {
    let mut polled = Polled {
        feed: index,
        result: PollResult::Success(Validators::default()),
        items: Vec::new(),
        problems: Vec::new(),
    };
    let records = match &feed.spec.location {
        Location::Url(url) => match fetcher.get(url, validators) {
            Ok(Fetched::NotModified) => return polled,
            Ok(Fetched::Body { bytes, validators }) => {
                polled.result = PollResult::Success(validators);
                match decode(bytes, url, options.read) {
                    Ok(text) => vigie_ingest::records(Path::new(url), Format::Feed, &text),
                    Err(e) => {
                        polled.result = PollResult::Failure(e.to_string());
                        return polled;
                    }
                }
            }
            Err(e) => {
                polled.result = PollResult::Failure(e.to_string());
                return polled;
            }
        },
        Location::Path(path) => match local_records(path, options.read) {
            Ok(records) => records,
            Err(e) => {
                polled.result = PollResult::Failure(e);
                return polled;
            }
        },
    };
    let mut read = Vec::new();
    for record in records {
        match record {
            Ok(record) => read.push(record),
            Err(e) => polled.problems.push(e.to_string()),
        }
    }
    if read.is_empty() && !polled.problems.is_empty() {
        // Nothing readable at all: the feed itself is broken.
        polled.result = PollResult::Failure(polled.problems.remove(0));
    }
    let keys: Vec<String> = read.iter().map(item_key).collect();
    let seen = match reader.seen_items(feed.id, &keys) {
        Ok(seen) => seen,
        Err(e) => {
            polled.result = PollResult::Failure(format!("store: {e}"));
            return polled;
        }
    };
    let slug = feed.spec.slug();
    for (record, key) in read.into_iter().zip(keys) {
        if seen.contains(&key) {
            continue;
        }
        let Record { mut document, lang } = record;
        document.doc = format!("{slug}-{}", &content_hash(&key)[..10]);
        if document.source.is_none() {
            document.source = feed.spec.name.clone();
        }
        if document.text.len() < options.summary_below {
            if let Err(e) = whole_article(&mut document, fetcher, options.read) {
                polled.problems.push(format!(
                    "{}: the article behind the summary: {e}",
                    document.origin
                ));
            }
        }
        polled.items.push(Item {
            key,
            document,
            lang: lang.or_else(|| feed.spec.lang.clone()),
        });
    }
    polled
}

/// The key an item is remembered by: its link, else its text's hash.
fn item_key(record: &Record) -> String {
    match &record.document.url {
        Some(url) if !url.trim().is_empty() => url.trim().to_string(),
        _ => format!("sha:{}", record.document.hash()),
    }
}

/// The records of a feed file, or of every file of a folder.
fn local_records(
    path: &Path,
    read: ReadOptions,
) -> Result<Vec<Result<Record, vigie_ingest::RecordError>>, String> {
    let found = vigie_ingest::discover(&[PathBuf::from(path)]);
    if let Some((p, e)) = found.errors.first() {
        return Err(format!("{}: {e}", p.display()));
    }
    let mut out = Vec::new();
    for (file, format) in &found.files {
        match read_document(&Source::File(file.clone()), read) {
            Ok(text) => out.extend(vigie_ingest::records(file, *format, &text)),
            Err(e) => out.push(Err(vigie_ingest::RecordError {
                origin: file.display().to_string(),
                message: e.to_string(),
            })),
        }
    }
    Ok(out)
}

/// Replaces a summary by the main text of the page it links to, when that page has
/// more to say.
fn whole_article(
    document: &mut vigie_store::NewDocument,
    fetcher: &Fetcher,
    read: ReadOptions,
) -> Result<(), String> {
    let Some(url) = document.url.clone().filter(|u| {
        let u = u.to_ascii_lowercase();
        u.starts_with("http://") || u.starts_with("https://")
    }) else {
        return Ok(());
    };
    let Fetched::Body { bytes, .. } = fetcher
        .get(&url, &Validators::default())
        .map_err(|e| e.to_string())?
    else {
        return Ok(());
    };
    let html = decode(bytes, &url, read).map_err(|e| e.to_string())?;
    let page = vigie_ingest::html::extract(&html);
    if page.text.trim().len() > document.text.trim().len() {
        document.text = page.text;
        document.title = document.title.take().or(page.title);
        document.published = document.published.take().or(page.published);
        document.source = document.source.take().or(page.site);
    }
    Ok(())
}

/// Codes and stores one poll's items, and records the poll.
fn write_poll(
    store: &mut Store,
    feed: &Followed<'_>,
    polled: Polled,
    pipeline: &Pipeline,
    max_backoff: Duration,
    log: &mut impl FnMut(&str),
) -> Result<(), WatchError> {
    let name = feed.spec.location.key();
    for problem in &polled.problems {
        log(&format!("{name}: {problem}"));
    }
    let now = now();
    let keys: Vec<String> = polled.items.iter().map(|i| i.key.clone()).collect();
    let seen = store.seen_items(feed.id, &keys)?;
    let mut items = Vec::new();
    for item in polled.items {
        if seen.contains(&item.key) {
            continue;
        }
        let document = if item.document.text.trim().is_empty()
            || store.doc_by_hash(&item.document.hash())?.is_some()
        {
            None
        } else {
            Some(CodedDocument::code(
                pipeline,
                item.document,
                item.lang.as_deref(),
            ))
        };
        items.push(FeedItem {
            key: item.key,
            document,
        });
    }
    let new_items = items.len();
    let outcome = store.write_feed_items(feed.id, items, &now)?;
    for failed in &outcome.failed {
        log(&failed.to_string());
    }
    store.record_poll(feed.id, &now, &polled.result)?;
    if outcome.documents > 0 {
        store.cluster_pending()?;
    }
    match &polled.result {
        PollResult::Failure(e) => log(&format!(
            "{name}: poll failed: {e}; retrying in {:?}",
            wait(feed.every, store.feed_failures(feed.id)?, max_backoff)
        )),
        PollResult::Success(_) if new_items > 0 => log(&format!(
            "{name}: {new_items} new item(s), {} document(s) stored, {} event(s)",
            outcome.documents, outcome.events
        )),
        PollResult::Success(_) => {}
    }
    Ok(())
}

/// Evaluates the alerts of the pairs that unchecked items touch, reports those new or
/// grown, then marks the items checked.
fn alert_round(
    store: &Store,
    fetcher: &Fetcher,
    options: &Options,
    on_alert: &mut impl FnMut(&Notice),
    log: &mut impl FnMut(&str),
) -> Result<(), WatchError> {
    let mut days: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for (a, b, day) in store.unchecked_pair_days()? {
        days.entry((a, b)).or_default().insert(day);
    }
    let now = now();
    for ((a, b), new_days) in days {
        let events = store.events(&EventFilter {
            country: Some(a.clone()),
            ..EventFilter::default()
        })?;
        for alert in vigie_analytics::alerts(&events) {
            let touched = new_days.iter().any(|d| {
                d.as_str() >= alert.from.to_string().as_str()
                    && d.as_str() <= alert.to.to_string().as_str()
            });
            if alert.dyad != [a.clone(), b.clone()] || !touched {
                continue;
            }
            let key = format!("{}-{}|{}", alert.dyad[0], alert.dyad[1], alert.from);
            let json = serde_json::to_string(&alert).unwrap_or_default();
            let status = store.raise_alert(&key, alert.evidence.len(), &json, &now)?;
            if status == Raised::Known {
                continue;
            }
            let notice = Notice {
                status,
                raised: now.clone(),
                alert,
            };
            on_alert(&notice);
            if let Some(hook) = &options.webhook {
                let body = serde_json::to_string(&notice).unwrap_or_default();
                if let Err(e) = fetcher.post_json(hook, &body) {
                    log(&format!("webhook {hook}: {e}"));
                }
            }
        }
    }
    store.mark_items_checked()?;
    Ok(())
}

/// The time now, RFC 3339 in UTC.
fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_off_doubles_up_to_the_cap() {
        let (every, max) = (Duration::from_secs(5), Duration::from_secs(60));
        let waits: Vec<u64> = (0..7).map(|n| wait(every, n, max).as_secs()).collect();
        assert_eq!(waits, vec![5, 10, 20, 40, 60, 60, 60]);
        // A cap below the interval never shortens it.
        assert_eq!(wait(every, 3, Duration::from_secs(1)), every);
        assert_eq!(wait(every, u32::MAX, max), max);
    }
}
