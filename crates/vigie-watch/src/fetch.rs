//! HTTP for the watcher: every request bounded in time, size and redirects.
//!
//! One [`Fetcher`] (a `ureq` agent: pure Rust, TLS by rustls with the Mozilla roots
//! compiled in, no system OpenSSL) serves every feed. Each request
//!
//! - ends after [`Limits::timeout`], whatever the server does (a server that sends one
//!   byte a second is cut off like one that never answers);
//! - reads at most [`Limits::max_bytes`] of body, decompressed (gzip is asked for and
//!   undone by the client), and fails beyond;
//! - follows at most [`Limits::max_redirects`] redirects, so a loop fails fast;
//! - is conditional when the feed's last response gave validators: `304 Not
//!   Modified` costs no body and no parsing.

use std::time::Duration;

use vigie_store::Validators;

/// The bounds of every request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The whole request, from connecting to the last byte of body.
    pub timeout: Duration,
    /// Largest body read, after decompression.
    pub max_bytes: u64,
    /// Redirects followed.
    pub max_redirects: u32,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            timeout: Duration::from_secs(30),
            max_bytes: 10 * 1024 * 1024,
            max_redirects: 5,
        }
    }
}

/// What a request gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// `304`: nothing new since the validators sent.
    NotModified,
    /// A body, with the validators to send next time.
    Body {
        /// The body, decompressed.
        bytes: Vec<u8>,
        /// The response's validators.
        validators: Validators,
    },
}

/// Why a request failed, in words for the feed's health.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FetchError(pub String);

/// The HTTP client.
#[derive(Debug, Clone)]
pub struct Fetcher {
    agent: ureq::Agent,
    limits: Limits,
}

impl Fetcher {
    /// A client with these bounds.
    pub fn new(limits: Limits) -> Fetcher {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(limits.timeout))
            .max_redirects(limits.max_redirects)
            .http_status_as_error(false)
            .user_agent(concat!(
                "vigie/",
                env!("CARGO_PKG_VERSION"),
                " (news event coder; feed watcher)"
            ))
            .build()
            .into();
        Fetcher { agent, limits }
    }

    /// GETs `url`, conditionally on `validators`.
    pub fn get(&self, url: &str, validators: &Validators) -> Result<Fetched, FetchError> {
        let mut request = self.agent.get(url);
        if let Some(etag) = &validators.etag {
            request = request.header("If-None-Match", etag);
        }
        if let Some(modified) = &validators.last_modified {
            request = request.header("If-Modified-Since", modified);
        }
        let mut response = request
            .call()
            .map_err(|e| FetchError(describe(&e, &self.limits)))?;
        let status = response.status().as_u16();
        if status == 304 {
            return Ok(Fetched::NotModified);
        }
        if !(200..300).contains(&status) {
            let reason = response.status().canonical_reason().unwrap_or("");
            return Err(FetchError(format!("HTTP {status} {reason}").trim().into()));
        }
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let validators = Validators {
            etag: header("etag"),
            last_modified: header("last-modified"),
        };
        let bytes = response
            .body_mut()
            .with_config()
            .limit(self.limits.max_bytes)
            .read_to_vec()
            .map_err(|e| FetchError(describe(&e, &self.limits)))?;
        Ok(Fetched::Body { bytes, validators })
    }

    /// POSTs a JSON body (a webhook); fails on any status but 2xx.
    pub fn post_json(&self, url: &str, body: &str) -> Result<(), FetchError> {
        let response = self
            .agent
            .post(url)
            .header("Content-Type", "application/json")
            .send(body)
            .map_err(|e| FetchError(describe(&e, &self.limits)))?;
        let status = response.status().as_u16();
        if (200..300).contains(&status) {
            Ok(())
        } else {
            Err(FetchError(format!("HTTP {status}")))
        }
    }
}

/// A client error in words, naming the limit it hit.
fn describe(e: &ureq::Error, limits: &Limits) -> String {
    match e {
        ureq::Error::Timeout(_) => format!("no complete answer within {:?}", limits.timeout),
        ureq::Error::TooManyRedirects => {
            format!("more than {} redirects (a loop?)", limits.max_redirects)
        }
        ureq::Error::BodyExceedsLimit(_) => {
            format!("response larger than {} bytes", limits.max_bytes)
        }
        other => other.to_string(),
    }
}
