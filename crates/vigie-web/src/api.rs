//! The JSON API under `/api/`: events, clusters, dyad series, alerts, actors,
//! documents with their coded spans, search, briefs, country outlines, and ingest.
//!
//! Query parameters are checked by hand so that a bad one gets a 400 that names it;
//! errors are always `{"error": "..."}`.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path as UrlPath, Query, Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};
use vigie_store::{CodedDocument, EventFilter, NewDocument, Store, StoreError};

use crate::AppState;

type Shared = State<Arc<AppState>>;
type Params = Query<HashMap<String, String>>;

/// An error as the API returns it.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    pub(crate) fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }

    /// What went wrong, in words.
    pub(crate) fn message(&self) -> &str {
        &self.message
    }

    pub(crate) fn bad(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(json!({ "error": self.message }))).into_response()
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::Filter(m) => ApiError::bad(m),
            other => ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, other.to_string()),
        }
    }
}

pub(crate) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/stats", get(stats))
        .route("/events", get(events))
        .route("/clusters", get(clusters))
        .route("/dyads/{a}/{b}", get(dyad))
        .route("/alerts", get(alerts))
        .route("/actors", get(actors))
        .route("/documents", get(documents).post(ingest))
        .route("/documents/{id}", get(document))
        .route("/search", get(search))
        .route("/brief", get(brief))
        .route("/countries", get(countries))
        .route("/feeds", get(crate::stream::feeds))
        .route("/stream", get(crate::stream::stream))
}

/// Checks the token: always for requests that change data, for every request when the
/// server listens beyond loopback.
pub(crate) async fn guard(State(state): Shared, request: Request, next: Next) -> Response {
    // On loopback the reads need no token, so a page elsewhere must not reach them
    // through a name that resolves to 127.0.0.1 (DNS rebinding): the Host must be a
    // loopback name or address.
    if state.config.addr.ip().is_loopback() {
        let host = request
            .headers()
            .get(header::HOST)
            .map(|h| h.to_str().unwrap_or("\u{fffd}"));
        if let Some(host) = host.filter(|h| !loopback_host(h)) {
            return ApiError::new(
                StatusCode::MISDIRECTED_REQUEST,
                format!(
                    "this server listens on loopback and answers only to localhost, 127.0.0.1 or [::1], not to Host `{}`",
                    vigie_core::printable(host)
                ),
            )
            .into_response();
        }
    }
    let writes = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    // Off loopback, the API needs the token for reads too; the page and its assets
    // stay loadable (a browser cannot send the header when opening a page), and the
    // page sends the token it is given with every API call.
    let open_reads =
        state.config.addr.ip().is_loopback() || !request.uri().path().starts_with("/api/");
    if writes || !open_reads {
        let Some(token) = &state.config.token else {
            return ApiError::new(
                StatusCode::FORBIDDEN,
                "this server takes no writes: start it with --token (or VIGIE_TOKEN) to allow ingest",
            )
            .into_response();
        };
        let given = request
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        if !given.is_some_and(|g| same(g.as_bytes(), token.as_bytes())) {
            let mut response = ApiError::new(
                StatusCode::UNAUTHORIZED,
                "this request needs the server's token: send `Authorization: Bearer TOKEN`",
            )
            .into_response();
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
            return response;
        }
    }
    next.run(request).await
}

/// Whether a Host header names this machine: `localhost` (or a name under it),
/// `127.x.x.x` or `[::1]`, with or without a port.
fn loopback_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(name, port)| {
            if port.bytes().all(|b| b.is_ascii_digit()) {
                name
            } else {
                host
            }
        }),
    };
    let name = name.to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Compares in time that does not depend on where the strings differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

thread_local! {
    /// One connection per blocking thread and store.
    static STORES: RefCell<HashMap<PathBuf, Store>> = RefCell::new(HashMap::new());
}

/// Runs `f` with a store connection on a blocking thread.
pub(crate) async fn with_store<T: Send + 'static>(
    state: &Arc<AppState>,
    f: impl FnOnce(&mut Store) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let db = state.config.db.clone();
    tokio::task::spawn_blocking(move || {
        STORES.with(|stores| {
            let mut stores = stores.borrow_mut();
            if !stores.contains_key(&db) {
                stores.insert(db.clone(), open(&db)?);
            }
            f(stores.get_mut(&db).expect("just inserted"))
        })
    })
    .await
    .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
}

fn open(db: &Path) -> Result<Store, ApiError> {
    Store::open(db).map_err(|e| {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("cannot open the store {}: {e}", vigie_store::location(db)),
        )
    })
}

/// Checks that every parameter is one of `known`.
pub(crate) fn only(params: &HashMap<String, String>, known: &[&str]) -> Result<(), ApiError> {
    let mut unknown: Vec<&String> = params
        .keys()
        .filter(|k| !known.contains(&k.as_str()))
        .collect();
    unknown.sort();
    match unknown.first() {
        Some(k) => Err(ApiError::bad(format!(
            "unknown parameter `{k}`; this endpoint takes: {}",
            known.join(", ")
        ))),
        None => Ok(()),
    }
}

fn number<T: std::str::FromStr>(
    params: &HashMap<String, String>,
    name: &str,
) -> Result<Option<T>, ApiError> {
    params
        .get(name)
        .filter(|v| !v.is_empty())
        .map(|v| {
            v.parse()
                .map_err(|_| ApiError::bad(format!("`{name}` is `{v}`: expected a whole number")))
        })
        .transpose()
}

/// `limit` between 1 and `max` (`default` when absent); out of range is a 400 that
/// gives the range, not a silent clamp.
fn limit(params: &HashMap<String, String>, default: usize, max: usize) -> Result<usize, ApiError> {
    let limit = number::<usize>(params, "limit")?.unwrap_or(default);
    if limit == 0 || limit > max {
        return Err(ApiError::bad(format!(
            "`limit` is {limit}: expected 1 to {max}"
        )));
    }
    Ok(limit)
}

/// The most rows `limit` may ask of `/api/events`, `/api/clusters` and
/// `/api/documents`.
pub(crate) const MAX_LIMIT: usize = 10_000;
/// Events and clusters in a response when `limit` is not given.
pub(crate) const DEFAULT_LIMIT: usize = 100;
/// The most documents `limit` may ask of `/api/search`.
pub(crate) const MAX_SEARCH_LIMIT: usize = 1_000;
/// The most actors `limit` may ask of `/api/actors`.
pub(crate) const MAX_ACTORS_LIMIT: usize = 1_000;
/// The largest `offset` `/api/events` accepts: a deeper page is better reached by
/// narrowing the filters.
pub(crate) const MAX_OFFSET: usize = 1_000_000;

/// `offset`, from 0 to [`MAX_OFFSET`].
fn offset(params: &HashMap<String, String>) -> Result<usize, ApiError> {
    let offset = number::<usize>(params, "offset")?.unwrap_or(0);
    if offset > MAX_OFFSET {
        return Err(ApiError::bad(format!(
            "`offset` is {offset}: expected 0 to {MAX_OFFSET}"
        )));
    }
    Ok(offset)
}

/// The longest actor key a dyad path accepts.
const MAX_ACTOR_LEN: usize = 64;

fn day(params: &HashMap<String, String>, name: &str) -> Result<Option<String>, ApiError> {
    match params.get(name).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) if v.parse::<chrono::NaiveDate>().is_ok() => Ok(Some(v.clone())),
        Some(v) => Err(ApiError::bad(format!(
            "`{name}` is `{v}`: expected a day as YYYY-MM-DD"
        ))),
    }
}

fn text(params: &HashMap<String, String>, name: &str) -> Option<String> {
    params
        .get(name)
        .filter(|v| !v.trim().is_empty())
        .map(|v| v.trim().to_string())
}

fn dyad_param(value: &str) -> Result<(String, String), ApiError> {
    vigie_store::parse_dyad(value).map_err(|e| ApiError::bad(format!("`dyad` is {e}")))
}

const EVENT_PARAMS: &[&str] = &[
    "actor",
    "dyad",
    "country",
    "cameo",
    "plover",
    "from",
    "to",
    "place",
    "bbox",
    "modality",
    "min_sources",
    "doc",
    "limit",
    "offset",
];

/// The store filter of `/api/events` parameters.
fn filter(params: &HashMap<String, String>) -> Result<EventFilter, ApiError> {
    only(params, EVENT_PARAMS)?;
    let modality =
        vigie_store::parse_modalities(text(params, "modality").iter().flat_map(|m| m.split(',')))
            .map_err(|e| ApiError::bad(format!("`modality` has {e}")))?;
    let bbox = text(params, "bbox")
        .map(|b| vigie_store::parse_bbox(&b))
        .transpose()
        .map_err(|e| ApiError::bad(format!("`bbox` is {e}")))?;
    // a page of 100 by default (about 200 KB): more is asked for, and `next_offset`
    // pages on; 500 made every unfiltered request about 1 MB
    let limit = limit(params, DEFAULT_LIMIT, MAX_LIMIT)?;
    Ok(EventFilter {
        actor: text(params, "actor"),
        dyad: text(params, "dyad").map(|d| dyad_param(&d)).transpose()?,
        country: text(params, "country"),
        cameo: text(params, "cameo"),
        plover: text(params, "plover"),
        from: day(params, "from")?,
        to: day(params, "to")?,
        place: text(params, "place"),
        bbox,
        modality,
        min_sources: number(params, "min_sources")?,
        doc: text(params, "doc"),
        limit: Some(limit),
        offset: offset(params)?,
    })
}

async fn openapi() -> Json<Value> {
    Json(crate::openapi::document())
}

async fn stats(State(state): Shared, Query(params): Params) -> Result<Json<Value>, ApiError> {
    only(&params, &[])?;
    with_store(&state, |store| {
        let s = store.stats()?;
        let by_plover: Vec<Value> = store
            .plover_counts()?
            .into_iter()
            .map(|(plover, count)| json!({"plover": plover, "count": count}))
            .collect();
        Ok(Json(json!({
            "documents": s.documents,
            "events": s.events,
            "clusters": s.clusters,
            "multi_article_clusters": s.multi_article_clusters,
            "by_plover": by_plover,
            "top_dyads": store.top_dyads(10)?,
        })))
    })
    .await
}

async fn events(State(state): Shared, Query(params): Params) -> Result<Json<Value>, ApiError> {
    let filter = filter(&params)?;
    with_store(&state, move |store| {
        let events = store.events(&filter)?;
        // A full page may have a next one: its offset, for the client to ask.
        let next = filter
            .limit
            .filter(|&n| events.len() == n)
            .map(|n| filter.offset + n);
        Ok(Json(
            json!({"count": events.len(), "offset": filter.offset, "next_offset": next, "events": events}),
        ))
    })
    .await
}

async fn clusters(State(state): Shared, Query(params): Params) -> Result<Json<Value>, ApiError> {
    only(&params, &["min_articles", "limit"])?;
    let min = number::<u32>(&params, "min_articles")?.unwrap_or(1);
    let limit = limit(&params, DEFAULT_LIMIT, MAX_LIMIT)?;
    with_store(&state, move |store| {
        Ok(Json(json!({"clusters": store.clusters(min, Some(limit))?})))
    })
    .await
}

async fn dyad(
    State(state): Shared,
    UrlPath((a, b)): UrlPath<(String, String)>,
    Query(params): Params,
) -> Result<Json<Value>, ApiError> {
    only(&params, &["by", "from", "to"])?;
    let bucket = match params.get("by").map(String::as_str) {
        None | Some("day") => vigie_analytics::Bucket::Day,
        Some("week") => vigie_analytics::Bucket::Week,
        Some(other) => {
            return Err(ApiError::bad(format!(
                "`by` is `{other}`: expected day or week"
            )))
        }
    };
    let (from, to) = series_range(&params, bucket)?;
    for actor in [&a, &b] {
        if actor.is_empty() || actor.len() > MAX_ACTOR_LEN {
            return Err(ApiError::bad(format!(
                "the actor `{actor}` must have 1 to {MAX_ACTOR_LEN} bytes"
            )));
        }
    }
    let (a, b) = (a.to_uppercase(), b.to_uppercase());
    with_store(&state, move |store| {
        let filter = EventFilter {
            dyad: Some((a.clone(), b.clone())),
            ..EventFilter::default()
        };
        let events = store.events(&filter)?;
        // Open ends take the dates of the events, which may lie centuries apart.
        let points = vigie_analytics::series(&events, bucket, from, to).map_err(|e| {
            ApiError::bad(format!(
                "`from` and `to`: {e}; give a narrower range or `by=week`"
            ))
        })?;
        Ok(Json(
            json!({"dyad": [a, b], "bucket": bucket, "points": points}),
        ))
    })
    .await
}

/// The `from` and `to` of a series, refused when `from` is after `to` or when they
/// span more than [`vigie_analytics::MAX_POINTS`] buckets.
fn series_range(
    params: &HashMap<String, String>,
    bucket: vigie_analytics::Bucket,
) -> Result<(Option<chrono::NaiveDate>, Option<chrono::NaiveDate>), ApiError> {
    let parse =
        |d: Option<String>| d.map(|d| d.parse::<chrono::NaiveDate>().expect("checked by day()"));
    let (from, to) = (parse(day(params, "from")?), parse(day(params, "to")?));
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(ApiError::bad(format!("`from` is {f}, after `to` ({t})")));
        }
        let points = vigie_analytics::series::bucket_count(bucket, f, t);
        if points > vigie_analytics::MAX_POINTS as u64 {
            return Err(ApiError::bad(format!(
                "`from` and `to` span {points} buckets, more than the {} a series may hold; give a narrower range or `by=week`",
                vigie_analytics::MAX_POINTS
            )));
        }
    }
    Ok((from, to))
}

async fn alerts(State(state): Shared, Query(params): Params) -> Result<Json<Value>, ApiError> {
    only(&params, &["dyad"])?;
    let dyad = text(&params, "dyad").map(|d| dyad_param(&d)).transpose()?;
    with_store(&state, move |store| {
        let events = store.events(&EventFilter {
            dyad,
            ..EventFilter::default()
        })?;
        let mut alerts = vigie_analytics::alerts(&events);
        alerts.reverse(); // latest first
        Ok(Json(json!({"alerts": alerts})))
    })
    .await
}

async fn actors(State(state): Shared, Query(params): Params) -> Result<Json<Value>, ApiError> {
    only(&params, &["from", "to", "limit"])?;
    let (from, to) = (day(&params, "from")?, day(&params, "to")?);
    let limit = limit(&params, 40, MAX_ACTORS_LIMIT)?;
    with_store(&state, move |store| {
        let events = store.events(&EventFilter {
            from,
            to,
            modality: vec!["asserted".into(), "alleged".into(), "reported".into()],
            ..EventFilter::default()
        })?;
        Ok(Json(network(&events, limit)))
    })
    .await
}

/// Actors and the edges between them, each cluster counted once.
fn network(events: &[vigie_store::StoredEvent], limit: usize) -> Value {
    let mut seen = std::collections::HashSet::new();
    let mut nodes: BTreeMap<String, u64> = BTreeMap::new();
    let mut edges: BTreeMap<(String, String), (u64, f64, u64, u64)> = BTreeMap::new();
    for e in events {
        if let Some(c) = &e.cluster {
            if !seen.insert(c.clone()) {
                continue;
            }
        }
        let key = |a: &Option<vigie_coder::EventActor>| a.as_ref().map(vigie_store::actor_key);
        let (Some(a), Some(b)) = (key(&e.event.source), key(&e.event.target)) else {
            continue;
        };
        if a == b {
            continue;
        }
        *nodes.entry(a.clone()).or_default() += 1;
        *nodes.entry(b.clone()).or_default() += 1;
        let pair = if a < b { (a, b) } else { (b, a) };
        let edge = edges.entry(pair).or_default();
        edge.0 += 1;
        edge.1 += f64::from(e.event.goldstein.unwrap_or(0.0));
        match e.event.quad_class {
            Some(1 | 2) => edge.2 += 1,
            Some(3 | 4) => edge.3 += 1,
            _ => {}
        }
    }
    let mut ranked: Vec<(String, u64)> = nodes.into_iter().collect();
    ranked.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    ranked.truncate(limit);
    let kept: std::collections::HashSet<&str> = ranked.iter().map(|(k, _)| k.as_str()).collect();
    let edges: Vec<Value> = edges
        .iter()
        .filter(|((a, b), _)| kept.contains(a.as_str()) && kept.contains(b.as_str()))
        .map(|((a, b), (n, g, coop, conf))| {
            json!({"a": a, "b": b, "events": n, "goldstein": g, "cooperation": coop, "conflict": conf})
        })
        .collect();
    let actors: Vec<Value> = ranked
        .iter()
        .map(|(k, n)| json!({"key": k, "events": n}))
        .collect();
    json!({"actors": actors, "edges": edges})
}

async fn documents(State(state): Shared, Query(params): Params) -> Result<Json<Value>, ApiError> {
    only(&params, &["limit"])?;
    let limit = limit(&params, 200, MAX_LIMIT)?;
    with_store(&state, move |store| {
        Ok(Json(json!({"documents": store.documents(limit)?})))
    })
    .await
}

async fn document(
    State(state): Shared,
    UrlPath(id): UrlPath<String>,
) -> Result<Json<Value>, ApiError> {
    let pipeline = state.pipeline.clone();
    let owner = state.clone();
    with_store(&state, move |store| {
        let state_mentions = &owner.mentions;
        let Some(doc) = store.document(&id)? else {
            return Err(ApiError::new(
                StatusCode::NOT_FOUND,
                format!("no document `{id}`"),
            ));
        };
        let events = store.events(&EventFilter {
            doc: Some(id.clone()),
            ..EventFilter::default()
        })?;
        // Mentions are not stored: found again, by the same stages, once per document
        // while it stays among the last ones viewed.
        let key = MentionCache::key(&id, &doc.text, doc.meta.published.as_deref());
        let cached = state_mentions.lock().ok().and_then(|c| c.get(&key));
        let mentions = match cached {
            Some(m) => m,
            None => {
                let m = Arc::new(highlights(
                    &pipeline,
                    &doc.text,
                    doc.meta.published.as_deref(),
                ));
                if let Ok(mut c) = state_mentions.lock() {
                    c.put(key, m.clone());
                }
                m
            }
        };
        Ok(Json(
            json!({"document": doc, "events": events, "mentions": *mentions}),
        ))
    })
    .await
}

/// The actors, places and dates of a document, as the page highlights them.
fn highlights(pipeline: &vigie_coder::Pipeline, text: &str, published: Option<&str>) -> Vec<Value> {
    let anchor = published.and_then(vigie_time::Anchor::parse);
    let coded = pipeline.mentions(text, anchor, None);
    let mut mentions: Vec<Value> = Vec::new();
    for a in &coded.actors {
        mentions.push(json!({"kind": "actor", "span": a.span, "text": a.text, "label": a.code}));
    }
    // Actors and adjectives are highlighted as actors or not at all.
    for p in coded
        .places
        .iter()
        .filter(|p| p.role == vigie_geo::PlaceRole::Place)
    {
        mentions.push(json!({"kind": "place", "span": p.span, "text": p.text, "label": format!("{} ({})", p.name, p.country.as_deref().unwrap_or("?"))}));
    }
    for t in &coded.times.timexes {
        mentions.push(json!({"kind": "date", "span": t.span, "text": t.text, "label": t.value}));
    }
    mentions.sort_by_key(|m| m["span"][0].as_u64());
    mentions
}

/// The highlights of the last documents viewed, by document and text.
#[derive(Default)]
pub(crate) struct MentionCache {
    entries: std::collections::VecDeque<(u64, Arc<Vec<Value>>)>,
}

impl MentionCache {
    /// How many documents are kept.
    const SIZE: usize = 32;

    /// The key of a document's highlights: its id, text and publication date.
    fn key(id: &str, text: &str, published: Option<&str>) -> u64 {
        let mut hash = 0xcbf2_9ce4_8422_2325_u64;
        for b in id
            .bytes()
            .chain([0])
            .chain(text.bytes())
            .chain([0])
            .chain(published.unwrap_or("").bytes())
        {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        hash
    }

    fn get(&self, key: &u64) -> Option<Arc<Vec<Value>>> {
        self.entries
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, m)| m.clone())
    }

    fn put(&mut self, key: u64, mentions: Arc<Vec<Value>>) {
        self.entries.retain(|(k, _)| *k != key);
        if self.entries.len() == Self::SIZE {
            self.entries.pop_front();
        }
        self.entries.push_back((key, mentions));
    }
}

async fn search(State(state): Shared, Query(params): Params) -> Result<Json<Value>, ApiError> {
    only(&params, &["q", "limit"])?;
    let Some(q) = text(&params, "q") else {
        return Err(ApiError::bad(
            "`q` is missing: give the words to search for",
        ));
    };
    let limit = limit(&params, 50, MAX_SEARCH_LIMIT)?;
    with_store(&state, move |store| {
        Ok(Json(json!({"documents": store.search(&q, limit)?})))
    })
    .await
}

async fn brief(State(state): Shared, Query(params): Params) -> Result<Json<Value>, ApiError> {
    only(&params, &["dyad", "from", "to"])?;
    let Some(dyad) = text(&params, "dyad") else {
        return Err(ApiError::bad(
            "`dyad` is missing: give two actors as A-B, such as MLI-DZA",
        ));
    };
    let (a, b) = dyad_param(&dyad)?;
    let (from, to) = (day(&params, "from")?, day(&params, "to")?);
    with_store(&state, move |store| {
        let events = store.events(&EventFilter {
            dyad: Some((a.clone(), b.clone())),
            from: from.clone(),
            to: to.clone(),
            ..EventFilter::default()
        })?;
        let spec = vigie_analytics::BriefSpec {
            title: format!("{a}–{b}: chronology"),
            scope: format!(
                "Events between {a} and {b}{}{}, one entry per event however many articles tell it.",
                from.map(|f| format!(" from {f}")).unwrap_or_default(),
                to.map(|t| format!(" to {t}")).unwrap_or_default()
            ),
        };
        Ok(Json(json!({"markdown": vigie_analytics::brief::markdown(&spec, &events)})))
    })
    .await
}

async fn countries(State(state): Shared) -> Result<Response, ApiError> {
    if let Some(body) = state.countries.get() {
        return Ok((
            [(header::CONTENT_TYPE, "application/geo+json")],
            body.clone(),
        )
            .into_response());
    }
    let built = tokio::task::spawn_blocking(|| -> Result<String, ApiError> {
        let gazetteer = vigie_geo::Gazetteer::shared()
            .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
        let features: Vec<Value> = gazetteer
            .borders()
            .outline_rings(0.05)
            .into_iter()
            .map(|(code, rings)| {
                let polygons: Vec<Value> = rings
                    .into_iter()
                    .map(|r| {
                        let points: Vec<[f64; 2]> = r
                            .into_iter()
                            .map(|(x, y)| [(x * 1000.0).round() / 1000.0, (y * 1000.0).round() / 1000.0])
                            .collect();
                        json!([points])
                    })
                    .collect();
                json!({"type": "Feature", "properties": {"iso3": code}, "geometry": {"type": "MultiPolygon", "coordinates": polygons}})
            })
            .collect();
        Ok(json!({"type": "FeatureCollection", "features": features}).to_string())
    })
    .await
    .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))??;
    let body = state.countries.get_or_init(|| built).clone();
    Ok(([(header::CONTENT_TYPE, "application/geo+json")], body).into_response())
}

/// The body of `POST /api/documents`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct NewDocumentBody {
    id: Option<String>,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    published: Option<String>,
    lang: Option<String>,
    text: String,
}

async fn ingest(State(state): Shared, body: Body) -> Result<Response, ApiError> {
    let max = state.config.max_body;
    let bytes = axum::body::to_bytes(body, max).await.map_err(|_| {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the body is larger than the limit of {max} bytes"),
        )
    })?;
    let parsed: NewDocumentBody = serde_json::from_slice(&bytes).map_err(|e| {
        ApiError::bad(format!(
            "the body must be a JSON object {{\"text\", \"title\"?, \"source\"?, \"url\"?, \"published\"?, \"lang\"?, \"id\"?}}: {e}"
        ))
    })?;
    if parsed.text.trim().is_empty() {
        return Err(ApiError::bad("`text` is empty"));
    }
    let published = match parsed.published.as_deref().filter(|p| !p.is_empty()) {
        None => None,
        Some(p) => match p
            .get(..10)
            .filter(|d| d.parse::<chrono::NaiveDate>().is_ok())
        {
            Some(d) => Some(d.to_string()),
            None => {
                return Err(ApiError::bad(format!(
                    "`published` is `{p}`: expected YYYY-MM-DD"
                )))
            }
        },
    };
    let hash = vigie_store::content_hash(&parsed.text);
    let doc = parsed
        .id
        .filter(|i| !i.trim().is_empty())
        .map(|i| i.trim().to_string())
        .unwrap_or_else(|| format!("web-{}", &hash[..12]));
    if doc.len() > 200 || doc.contains(['/', '\\']) {
        return Err(ApiError::bad(
            "`id` must be at most 200 characters, without slashes",
        ));
    }
    let lang = parsed.lang.map(|l| l.to_lowercase());
    let document = NewDocument {
        doc,
        source: parsed.source,
        url: parsed.url,
        title: parsed.title,
        published,
        origin: "web".into(),
        text: parsed.text,
    };
    let pipeline = state.pipeline.clone();
    let (stored, doc, events) = with_store(&state, move |store| {
        let coded = CodedDocument::code(&pipeline, document, lang.as_deref());
        let events = coded.events.len();
        let outcome = store.write_batch(vec![coded])?;
        if let Some(failed) = outcome.failed.first() {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                failed.to_string(),
            ));
        }
        store.cluster_pending()?;
        let doc = store.doc_by_hash(&hash)?.ok_or_else(|| {
            ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "stored document not found",
            )
        })?;
        Ok((
            outcome.documents == 1,
            doc,
            if outcome.documents == 1 { events } else { 0 },
        ))
    })
    .await?;
    let status = if stored {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((
        status,
        Json(json!({"doc": doc, "events": events, "stored": stored})),
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigie_analytics::Bucket;

    fn params(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn one_dyad_get_over_any_range_exhausts_the_servers_memory() {
        let wide = params(&[("from", "-9999-01-01"), ("to", "9999-12-31")]);
        for bucket in [Bucket::Day, Bucket::Week] {
            let e = series_range(&wide, bucket).unwrap_err();
            assert_eq!(e.status, StatusCode::BAD_REQUEST);
            assert!(
                e.message.starts_with("`from` and `to` span "),
                "{}",
                e.message
            );
            assert!(e.message.contains("more than the 10000"), "{}", e.message);
        }
        let backwards = params(&[("from", "2025-05-01"), ("to", "2025-04-01")]);
        let e = series_range(&backwards, Bucket::Day).unwrap_err();
        assert_eq!(e.message, "`from` is 2025-05-01, after `to` (2025-04-01)");
        // Normal ranges keep working, as do open ends.
        let year = params(&[("from", "2025-01-01"), ("to", "2025-12-31")]);
        let (from, to) = series_range(&year, Bucket::Day).unwrap();
        assert_eq!(
            (from.unwrap().to_string(), to.unwrap().to_string()),
            ("2025-01-01".into(), "2025-12-31".into())
        );
        assert_eq!(
            series_range(&params(&[]), Bucket::Day).unwrap(),
            (None, None)
        );
    }

    #[test]
    fn defect_8_the_host_header_is_not_checked_on_loopback() {
        for ok in [
            "localhost",
            "localhost:8080",
            "127.0.0.1:8080",
            "[::1]:8080",
            "app.localhost",
            "127.0.0.2",
        ] {
            assert!(loopback_host(ok), "{ok}");
        }
        for bad in [
            "evil.example",
            "evil.example:8080",
            "127.0.0.1.evil.example",
            "[2001:db8::1]:80",
            "localhost.evil.example",
        ] {
            assert!(!loopback_host(bad), "{bad}");
        }
    }

    /// Issue 15, item 8: `GET /api/documents/{id}` coded the document again on every
    /// view; the highlights of the last documents viewed are kept.
    #[test]
    fn defect_8_a_document_viewed_again_is_not_coded_again() {
        let mut cache = MentionCache::default();
        let first = MentionCache::key("a", "text", None);
        let m = Arc::new(vec![json!({"kind": "actor"})]);
        cache.put(first, m.clone());
        assert!(Arc::ptr_eq(&cache.get(&first).unwrap(), &m));
        assert!(cache
            .get(&MentionCache::key("a", "text", Some("2026-01-01")))
            .is_none());
        for k in 0..MentionCache::SIZE {
            cache.put(
                MentionCache::key(&k.to_string(), "t", None),
                Arc::new(Vec::new()),
            );
        }
        assert!(
            cache.get(&first).is_none(),
            "the oldest is dropped, the size is bounded"
        );
        assert_eq!(cache.entries.len(), MentionCache::SIZE);
    }

    #[test]
    fn limit_parameters_have_no_bound() {
        for (default, max) in [
            (DEFAULT_LIMIT, MAX_LIMIT),
            (40, MAX_ACTORS_LIMIT),
            (50, MAX_SEARCH_LIMIT),
        ] {
            assert_eq!(limit(&params(&[]), default, max).unwrap(), default);
            assert_eq!(
                limit(&params(&[("limit", &max.to_string())]), default, max).unwrap(),
                max
            );
            let over = (max + 1).to_string();
            let e = limit(&params(&[("limit", &over)]), default, max).unwrap_err();
            assert_eq!(e.status, StatusCode::BAD_REQUEST);
            assert_eq!(e.message, format!("`limit` is {over}: expected 1 to {max}"));
        }
        assert_eq!(
            offset(&params(&[("offset", "1000000")])).unwrap(),
            MAX_OFFSET
        );
        let deep = offset(&params(&[("offset", "1000001")])).unwrap_err();
        assert_eq!(deep.message, "`offset` is 1000001: expected 0 to 1000000");
        let huge = limit(
            &params(&[("limit", "18446744073709551615")]),
            40,
            MAX_ACTORS_LIMIT,
        );
        assert!(huge.unwrap_err().message.starts_with("`limit` is "));
    }
}
