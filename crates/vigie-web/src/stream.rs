//! Live updates: `/api/feeds` (the health of the feeds `vigie watch` follows) and
//! `/api/stream`, Server-Sent Events that push every alert the watcher raises or
//! grows, and the feeds' health when it changes.
//!
//! The watcher and the server are separate processes sharing the store, so the stream
//! follows the store: every [`POLL`] it reads the alerts whose sequence number is past
//! the last one sent (each event carries it as its `id`, so a client that reconnects
//! with `Last-Event-ID`, or `?after=N`, misses nothing) and the feeds' health. Bounds:
//! at most [`MAX_STREAMS`] streams at once, [`BATCH`] alerts per read, a comment every
//! 15 s to keep proxies from closing an idle stream.

use std::collections::{HashMap, VecDeque};
use std::convert::Infallible;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::Json;
use futures_util::stream::{self, Stream};
use serde_json::{json, Value};

use crate::api::{only, with_store, ApiError};
use crate::AppState;

/// How often a stream reads the store.
pub(crate) const POLL: Duration = Duration::from_secs(1);

/// Streams open at once; more get `503`.
pub(crate) const MAX_STREAMS: usize = 64;

/// Alerts read per poll.
const BATCH: usize = 100;

/// Streams open now.
static OPEN: AtomicUsize = AtomicUsize::new(0);

/// Holds one of the [`MAX_STREAMS`] places while its stream lives.
struct Place;

impl Place {
    fn take() -> Option<Place> {
        OPEN.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
            (n < MAX_STREAMS).then_some(n + 1)
        })
        .ok()
        .map(|_| Place)
    }
}

impl Drop for Place {
    fn drop(&mut self) {
        OPEN.fetch_sub(1, Ordering::SeqCst);
    }
}

fn today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

/// `GET /api/feeds`.
pub(crate) async fn feeds(
    State(state): State<Arc<AppState>>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    only(&params, &[])?;
    with_store(&state, |store| {
        Ok(Json(json!({ "feeds": store.feeds(&today())? })))
    })
    .await
}

/// What a stream carries between polls.
struct Cursor {
    state: Arc<AppState>,
    after: i64,
    feeds: Option<String>,
    queue: VecDeque<Event>,
    _place: Place,
}

/// `GET /api/stream`.
pub(crate) async fn stream(
    State(state): State<Arc<AppState>>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    only(&params, &["after"])?;
    let resume = params
        .get("after")
        .map(String::as_str)
        .or_else(|| headers.get("last-event-id").and_then(|v| v.to_str().ok()))
        .map(|v| {
            v.trim().parse::<i64>().map_err(|_| {
                ApiError::bad(format!(
                    "`after` (or Last-Event-ID) is `{v}`: expected an alert sequence number"
                ))
            })
        })
        .transpose()?;
    let place = Place::take().ok_or_else(|| {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("{MAX_STREAMS} streams are open already; try again later"),
        )
    })?;
    // Without a position, the stream starts from now: only alerts raised from here on.
    let after = match resume {
        Some(n) => n,
        None => {
            with_store(&state, |store| {
                Ok(store
                    .raised_alerts(0, usize::MAX)?
                    .last()
                    .map_or(0, |a| a.seq))
            })
            .await?
        }
    };
    let cursor = Cursor {
        state,
        after,
        feeds: None,
        queue: VecDeque::new(),
        _place: place,
    };
    let events = stream::unfold(cursor, |mut c| async move {
        loop {
            if let Some(event) = c.queue.pop_front() {
                return Some((Ok(event), c));
            }
            if c.feeds.is_some() {
                tokio::time::sleep(POLL).await;
            }
            let after = c.after;
            let read = with_store(&c.state, move |store| {
                Ok((store.raised_alerts(after, BATCH)?, store.feeds(&today())?))
            })
            .await;
            match read {
                Ok((alerts, feeds)) => {
                    for a in alerts {
                        c.after = a.seq;
                        c.queue.push_back(
                            Event::default()
                                .event("alert")
                                .id(a.seq.to_string())
                                .data(a.json),
                        );
                    }
                    let health = serde_json::to_string(&feeds).unwrap_or_default();
                    if c.feeds.as_deref() != Some(health.as_str()) {
                        c.queue
                            .push_back(Event::default().event("feeds").data(health.clone()));
                        c.feeds = Some(health);
                    }
                }
                Err(e) => {
                    c.queue.push_back(
                        Event::default()
                            .event("error")
                            .data(json!({"error": e.message()}).to_string()),
                    );
                    c.feeds.get_or_insert_with(String::new);
                }
            }
        }
    });
    Ok(Sse::new(events).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_more_than_max_streams_places_are_held_and_a_closed_stream_frees_one() {
        // (the only test of this process that takes places: the count starts at 0)
        let mut held: Vec<Place> = std::iter::from_fn(Place::take)
            .take(MAX_STREAMS + 5)
            .collect();
        assert_eq!(held.len(), MAX_STREAMS);
        assert!(Place::take().is_none(), "a stream beyond the limit");
        held.pop();
        let again = Place::take();
        assert!(again.is_some(), "a closed stream frees its place");
        assert!(Place::take().is_none(), "the freed place is taken again");
    }
}
