//! `vigie watch`: follow news feeds over time, code and store what is new, and raise
//! the escalation alerts it causes within a poll.
//!
//! - [`FeedSpec`] and [`parse_feed_list`]: what to follow, from a file of one address,
//!   feed file or folder a line, with an optional name, language and interval;
//! - [`fetch`]: one HTTP client (pure Rust, rustls) with a timeout, a size cap, a
//!   redirect limit, gzip and conditional requests (`ETag`, `Last-Modified`) on every
//!   request;
//! - [`watcher`]: one polling thread per feed, each on its own schedule with
//!   exponential back-off after errors, and one writer that codes new items, stores
//!   them with their "read" mark in one transaction, clusters, and evaluates the alerts
//!   of the country pairs the new events touch.
//!
//! Everything a restart needs is in the store (feed validators and health, items read,
//! alerts raised; see `vigie_store`'s feed methods), so killing the watcher at any
//! moment and starting it again loses nothing and stores nothing twice.
#![deny(missing_docs)]

pub mod fetch;
pub mod watcher;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use watcher::{run, Notice, Options};

/// Where a feed comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// An `http://` or `https://` address.
    Url(String),
    /// A feed file, or a folder whose files (any format `vigie ingest` reads) are
    /// items.
    Path(PathBuf),
}

impl Location {
    /// The address or path, as the store keys the feed.
    pub fn key(&self) -> String {
        match self {
            Location::Url(u) => u.clone(),
            Location::Path(p) => p.display().to_string(),
        }
    }
}

/// A feed to follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedSpec {
    /// Where it is.
    pub location: Location,
    /// A short name (document ids start with it); default: the host or file name.
    pub name: Option<String>,
    /// `fr` or `en`, when every item is in that language.
    pub lang: Option<String>,
    /// Its own polling interval, overriding `--every`.
    pub every: Option<Duration>,
}

impl FeedSpec {
    /// A feed from a command-line argument: an address, or a path.
    pub fn from_arg(arg: &str) -> FeedSpec {
        FeedSpec {
            location: location(arg),
            name: None,
            lang: None,
            every: None,
        }
    }

    /// The name document ids start with: the given one, else the host or file name.
    pub fn slug(&self) -> String {
        let raw = match (&self.name, &self.location) {
            (Some(n), _) => n.clone(),
            (None, Location::Url(u)) => u
                .split("://")
                .nth(1)
                .unwrap_or(u)
                .split(['/', ':', '?'])
                .next()
                .unwrap_or("feed")
                .to_string(),
            (None, Location::Path(p)) => vigie_ingest::stem(p),
        };
        let slug: String = raw
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .trim_matches('-')
            .to_lowercase();
        if slug.is_empty() {
            "feed".into()
        } else {
            slug
        }
    }
}

fn location(s: &str) -> Location {
    let lower = s.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        Location::Url(s.to_string())
    } else {
        Location::Path(PathBuf::from(s))
    }
}

/// A feed list that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum ListError {
    /// The file could not be read.
    #[error("{file}: {source}")]
    Io {
        /// The file.
        file: String,
        /// Why.
        source: std::io::Error,
    },
    /// A line is wrong.
    #[error("{file}:{line}: {message}")]
    Line {
        /// The file.
        file: String,
        /// 1-based.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Reads a feed list: one feed a line, `ADDRESS-OR-PATH [name=NAME] [lang=fr|en]
/// [every=DURATION]`; blank lines and lines starting with `#` are skipped. Relative
/// paths are read from the list's folder.
pub fn parse_feed_list(path: &Path) -> Result<Vec<FeedSpec>, ListError> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| ListError::Io {
        file: file.clone(),
        source,
    })?;
    let base = path.parent().unwrap_or(Path::new(""));
    let mut feeds = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |message: String| ListError::Line {
            file: file.clone(),
            line: i + 1,
            message,
        };
        let mut fields = line.split_whitespace();
        let first = fields.next().unwrap_or_default();
        let mut spec = FeedSpec::from_arg(first);
        if let Location::Path(p) = &spec.location {
            if p.is_relative() {
                spec.location = Location::Path(base.join(p));
            }
        }
        for field in fields {
            let Some((key, value)) = field.split_once('=') else {
                return Err(err(format!(
                    "`{field}`: expected name=NAME, lang=fr|en or every=DURATION after the address"
                )));
            };
            match key {
                "name" => spec.name = Some(value.to_string()),
                "lang" if matches!(value, "fr" | "en") => spec.lang = Some(value.to_string()),
                "lang" => return Err(err(format!("lang={value}: vigie codes fr and en"))),
                "every" => spec.every = Some(parse_duration(value).map_err(err)?),
                _ => {
                    return Err(err(format!(
                        "`{key}`: unknown option (name, lang and every are known)"
                    )))
                }
            }
        }
        feeds.push(spec);
    }
    Ok(feeds)
}

/// Reads a duration: a number with `s`, `m`, `h` or `d` (`30s`, `5m`, `1h`); a bare
/// number is seconds. At least one second.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (number, unit) = s.split_at(split);
    let n: u64 = number
        .parse()
        .map_err(|_| format!("`{s}`: expected a duration such as 30s, 5m or 1h"))?;
    let seconds = match unit {
        "" | "s" => n,
        "m" => n.saturating_mul(60),
        "h" => n.saturating_mul(3600),
        "d" => n.saturating_mul(86_400),
        _ => return Err(format!("`{s}`: the unit is s, m, h or d")),
    };
    if seconds == 0 {
        return Err(format!("`{s}`: the interval must be at least 1s"));
    }
    Ok(Duration::from_secs(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("5m"), Ok(Duration::from_secs(300)));
        assert_eq!(parse_duration("30"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_duration("2h"), Ok(Duration::from_secs(7200)));
        assert!(parse_duration("0s").is_err());
        assert!(parse_duration("5 minutes").is_err());
        assert!(parse_duration("m").is_err());
    }

    #[test]
    fn a_feed_list_names_its_bad_line() {
        let dir = std::env::temp_dir().join(format!("vigie-watch-list-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let list = dir.join("feeds.txt");
        std::fs::write(
            &list,
            "# outlets\nhttps://example.org/rss name=ex lang=fr every=10m\n\nlocal/drop\n",
        )
        .unwrap();
        let feeds = parse_feed_list(&list).unwrap();
        assert_eq!(feeds.len(), 2);
        assert_eq!(feeds[0].slug(), "ex");
        assert_eq!(feeds[0].lang.as_deref(), Some("fr"));
        assert_eq!(feeds[0].every, Some(Duration::from_secs(600)));
        assert_eq!(feeds[1].location, Location::Path(dir.join("local/drop")));
        std::fs::write(&list, "https://a.org/rss\nhttps://b.org/rss lang=de\n").unwrap();
        let e = parse_feed_list(&list).unwrap_err().to_string();
        assert!(
            e.ends_with("feeds.txt:2: lang=de: vigie codes fr and en"),
            "{e}"
        );
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn slugs_come_from_the_host_or_the_file() {
        assert_eq!(
            FeedSpec::from_arg("https://www.Jeune-Afrique.com:443/rss?x=1").slug(),
            "www-jeune-afrique-com"
        );
        assert_eq!(FeedSpec::from_arg("feeds/sahel.rss").slug(), "sahel");
    }
}
