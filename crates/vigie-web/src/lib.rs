//! vigie's dashboard: a JSON API over the event store and the web interface that uses
//! it, served by one binary with its assets embedded (works offline, no CDN).
//!
//! - [`serve`] binds (loopback by default) and serves until Ctrl-C;
//! - [`router`] builds the routes, for tests;
//! - the API lives under `/api/` ([`api`]), described by `/api/openapi.json`;
//! - requests that change data (`POST /api/documents`) need `Authorization: Bearer
//!   TOKEN`; read-only requests stay open on loopback, and on any other address every
//!   request needs the token.
//!
//! Store work runs on Tokio's blocking threads, each with its own SQLite connection
//! (WAL mode lets them read while an ingest writes).
#![deny(missing_docs)]

mod api;
mod openapi;
mod stream;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use vigie_coder::Pipeline;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// The store.
    pub db: PathBuf,
    /// Where to listen.
    pub addr: SocketAddr,
    /// The token that write requests (and, off loopback, every request) must bear.
    pub token: Option<String>,
    /// Serve the assets from this folder instead of the embedded copy (development).
    pub assets: Option<PathBuf>,
    /// Largest request body accepted, in bytes.
    pub max_body: usize,
}

/// What every handler shares.
pub(crate) struct AppState {
    pub config: Config,
    pub pipeline: Arc<Pipeline>,
    pub countries: OnceLock<String>,
    /// The highlights of the documents viewed last, so that a page viewed again is
    /// not coded again (a 900 KB document took 1.3 s each time).
    pub mentions: std::sync::Mutex<api::MentionCache>,
}

/// Everything that can stop the server.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// A non-loopback address without a token would expose the store unprotected.
    #[error("{0} is not a loopback address: give a token (--token or VIGIE_TOKEN) to serve on it")]
    Unprotected(SocketAddr),
    /// The server failed.
    #[error("server: {0}")]
    Io(#[from] std::io::Error),
}

/// The routes over `config`'s store.
pub fn router(config: Config, pipeline: Arc<Pipeline>) -> Router {
    let state = Arc::new(AppState {
        config,
        pipeline,
        countries: OnceLock::new(),
        mentions: std::sync::Mutex::new(api::MentionCache::default()),
    });
    Router::new()
        .route("/", get(index))
        .route("/index.html", get(index))
        .route("/app.js", get(app_js))
        .route("/style.css", get(style_css))
        .nest("/api", api::routes())
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            api::guard,
        ))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state)
}

/// Serves until Ctrl-C; `ready` is told the address once listening.
pub async fn serve(
    config: Config,
    pipeline: Arc<Pipeline>,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    if !config.addr.ip().is_loopback() && config.token.is_none() {
        return Err(ServeError::Unprotected(config.addr));
    }
    let addr = config.addr;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| ServeError::Bind { addr, source })?;
    ready(listener.local_addr()?);
    axum::serve(listener, router(config, pipeline))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}

/// [`serve`] on a runtime of its own, for callers without one (the CLI).
pub fn serve_blocking(
    config: Config,
    pipeline: Arc<Pipeline>,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(serve(config, pipeline, ready))
}

const INDEX: &str = include_str!("../assets/index.html");
const APP_JS: &str = include_str!("../assets/app.js");
const STYLE_CSS: &str = include_str!("../assets/style.css");

async fn asset(
    state: &AppState,
    name: &str,
    embedded: &'static str,
    mime: &'static str,
) -> Response {
    let body = match &state.config.assets {
        Some(dir) => match tokio::fs::read_to_string(dir.join(name)).await {
            Ok(text) => text,
            Err(e) => return (StatusCode::NOT_FOUND, format!("{name}: {e}")).into_response(),
        },
        None => embedded.to_string(),
    };
    ([(header::CONTENT_TYPE, mime)], body).into_response()
}

async fn index(axum::extract::State(s): axum::extract::State<Arc<AppState>>) -> Response {
    asset(&s, "index.html", INDEX, "text/html; charset=utf-8").await
}

async fn app_js(axum::extract::State(s): axum::extract::State<Arc<AppState>>) -> Response {
    asset(&s, "app.js", APP_JS, "text/javascript; charset=utf-8").await
}

async fn style_css(axum::extract::State(s): axum::extract::State<Arc<AppState>>) -> Response {
    asset(&s, "style.css", STYLE_CSS, "text/css; charset=utf-8").await
}

async fn not_found() -> Response {
    api::ApiError::new(
        StatusCode::NOT_FOUND,
        "no such page or endpoint; the API is under /api/ (see /api/openapi.json)",
    )
    .into_response()
}

/// Scripts only from this server, nothing inline: text that slips into the page as
/// markup still cannot run.
async fn security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}
