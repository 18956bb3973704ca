//! Reading back: events with filters, clusters, documents.

use serde::Serialize;
use vigie_coder::Event;

use crate::db::{vals, Row, Value};
use crate::{Store, StoreError};

/// Which events to read. Every field narrows; the default reads all.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// An actor on either side: an organisation or country key (`MLI`, `AU`), or the
    /// start of an actor code (`MLIMIL`).
    pub actor: Option<String>,
    /// Two actors, one on each side, in either direction.
    pub dyad: Option<(String, String)>,
    /// A country, as source, target or place.
    pub country: Option<String>,
    /// CAMEO codes starting with this (`19`, `1041`).
    pub cameo: Option<String>,
    /// PLOVER type, case-insensitive (`ASSAULT`).
    pub plover: Option<String>,
    /// First day, inclusive, `YYYY-MM-DD`: events whose dates reach it.
    pub from: Option<String>,
    /// Last day, inclusive.
    pub to: Option<String>,
    /// Place name, case-insensitive substring.
    pub place: Option<String>,
    /// Bounding box: west, south, east, north in degrees.
    pub bbox: Option<[f64; 4]>,
    /// Allowed modalities (empty: all).
    pub modality: Vec<String>,
    /// Only events whose cluster counts at least this many sources.
    pub min_sources: Option<u32>,
    /// Only this document's events.
    pub doc: Option<String>,
    /// At most this many events.
    pub limit: Option<usize>,
    /// Skip this many events of the order first: with `limit`, reads page by page.
    pub offset: usize,
}

/// A document's metadata, as events carry it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DocumentMeta {
    /// The document id.
    pub doc: String,
    /// The outlet.
    pub source: Option<String>,
    /// Its address.
    pub url: Option<String>,
    /// Its title.
    pub title: Option<String>,
    /// Its publication date.
    pub published: Option<String>,
}

/// A stored document with its text.
#[derive(Debug, Clone, Serialize)]
pub struct StoredDocument {
    /// Its metadata.
    #[serde(flatten)]
    pub meta: DocumentMeta,
    /// Its content hash.
    pub hash: String,
    /// Its language.
    pub lang: String,
    /// Where it came from.
    pub origin: String,
    /// Its text.
    pub text: String,
}

/// An event read back: the coder's fields plus its cluster.
#[derive(Debug, Clone, Serialize)]
pub struct StoredEvent {
    /// The coded event, every field.
    #[serde(flatten)]
    pub event: Event,
    /// The cluster it belongs to.
    pub cluster: Option<String>,
    /// How many articles tell the cluster's event.
    pub num_articles: u32,
    /// How many distinct outlets (documents without one count as their own).
    pub num_sources: u32,
    /// Whether accounts in the cluster disagree.
    pub cluster_contested: bool,
    /// The document it comes from.
    pub document: DocumentMeta,
}

/// A cluster: one event as many reports tell it.
#[derive(Debug, Clone, Serialize)]
pub struct Cluster {
    /// Its id.
    pub id: String,
    /// The CAMEO code most reports give.
    pub cameo: String,
    /// The source actor key.
    pub source: Option<String>,
    /// The target actor key.
    pub target: Option<String>,
    /// First day any report gives.
    pub date_first: Option<String>,
    /// Last day.
    pub date_last: Option<String>,
    /// The place most reports give.
    pub place: Option<String>,
    /// Its country.
    pub place_country: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// Reports (events) in it.
    pub num_events: u32,
    /// Distinct articles.
    pub num_articles: u32,
    /// Distinct outlets.
    pub num_sources: u32,
    /// Whether claimants disagree.
    pub contested: bool,
    /// Whether it tells what happened (rather than what might, should or will).
    pub factual: bool,
}

/// Where clauses and their parameters, built from a filter.
struct Sql {
    clauses: Vec<String>,
    values: Vec<Value>,
    /// An actor key to match on either side, kept apart so that each side can be read
    /// in order from its own index.
    either_side: Option<String>,
}

impl Sql {
    /// Adds a clause with anonymous `?` placeholders and their values, in order.
    fn push(&mut self, clause: &str, values: impl IntoIterator<Item = Value>) {
        let before = self.values.len();
        self.values.extend(values);
        debug_assert_eq!(self.values.len() - before, clause.matches('?').count());
        self.clauses.push(clause.to_string());
    }
}

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

/// The SQL that says "actor `a` is on side `side`" (`source` or `target`): its key
/// (organisation, else country) is `a`, or, for names longer than three letters, its
/// code starts with `a` (`MLIMIL`, `ECOWAS`).
fn side(side: &str, a: &str) -> (String, Vec<Value>) {
    if a.chars().count() <= 3 {
        (format!("e.{side}_key = ?"), vec![text(a)])
    } else {
        (
            format!("(e.{side}_key = ? OR e.{side}_code LIKE ? ESCAPE '\\')"),
            vec![text(a), Value::Text(escape_like(a) + "%")],
        )
    }
}

fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

impl EventFilter {
    fn sql(&self) -> Result<Sql, StoreError> {
        let mut q = Sql {
            clauses: Vec::new(),
            values: Vec::new(),
            either_side: None,
        };
        if let Some(a) = self.actor.as_ref().filter(|a| a.chars().count() <= 3) {
            q.either_side = Some(a.to_uppercase());
        } else if let Some(a) = &self.actor {
            let a = a.to_uppercase();
            let (s, sv) = side("source", &a);
            let (t, tv) = side("target", &a);
            q.push(&format!("({s} OR {t})"), sv.into_iter().chain(tv));
        }
        if let Some((a, b)) = &self.dyad {
            let (a, b) = (a.to_uppercase(), b.to_uppercase());
            if a.chars().count() <= 3 && b.chars().count() <= 3 {
                // Two keys: the indexed pair.
                q.push("e.pair = ?", [text(&crate::pair(&a, &b))]);
            } else {
                let (sa, sav) = side("source", &a);
                let (tb, tbv) = side("target", &b);
                let (sb, sbv) = side("source", &b);
                let (ta, tav) = side("target", &a);
                q.push(
                    &format!("(({sa} AND {tb}) OR ({sb} AND {ta}))"),
                    sav.into_iter().chain(tbv).chain(sbv).chain(tav),
                );
            }
        }
        if let Some(c) = &self.country {
            let c = c.to_uppercase();
            q.push(
                "(e.source_country = ? OR e.target_country = ? OR e.place_country = ?)",
                [text(&c), text(&c), text(&c)],
            );
        }
        if let Some(code) = &self.cameo {
            if !code.bytes().all(|b| b.is_ascii_digit()) || code.is_empty() {
                return Err(StoreError::Filter(format!(
                    "--cameo `{code}`: a CAMEO code is digits, such as 19 or 1041"
                )));
            }
            // A range on the indexed code: "19" <= code < "1:" (':' follows '9').
            let mut upper = code.clone();
            upper.pop();
            upper.push((code.as_bytes()[code.len() - 1] + 1) as char);
            q.push(
                "e.cameo >= ? AND e.cameo < ?",
                [text(code), Value::Text(upper)],
            );
        }
        if let Some(p) = &self.plover {
            q.push("upper(e.plover) = ?", [text(&p.to_uppercase())]);
        }
        for (day, name) in [(&self.from, "--from"), (&self.to, "--to")] {
            if let Some(d) = day {
                if d.parse::<chrono::NaiveDate>().is_err() {
                    return Err(StoreError::Filter(format!(
                        "{name} `{d}`: expected a day as YYYY-MM-DD"
                    )));
                }
            }
        }
        if let Some(from) = &self.from {
            // The second bound is implied for every date up to a year long (a year, a
            // month, a day) and lets the (pair, date) and date indexes cut the scan;
            // ranges over 400 days that start earlier are missed.
            let floor = from
                .parse::<chrono::NaiveDate>()
                .map(|d| (d - chrono::Duration::days(400)).to_string())
                .unwrap_or_default();
            q.push(
                "e.date_last >= ? AND e.date >= ?",
                [text(from), Value::Text(floor)],
            );
        }
        if let Some(to) = &self.to {
            q.push("e.date <= ?", [text(to)]);
        }
        if let Some(p) = &self.place {
            q.push(
                "lower(e.place_name) LIKE ?",
                [Value::Text(format!("%{}%", p.to_lowercase()))],
            );
        }
        if let Some([w, s, e, n]) = self.bbox {
            if !(w <= e && s <= n) {
                return Err(StoreError::Filter(
                    "--bbox: expected WEST,SOUTH,EAST,NORTH with west <= east and south <= north"
                        .into(),
                ));
            }
            q.push(
                "e.lon >= ? AND e.lon <= ? AND e.lat >= ? AND e.lat <= ?",
                [
                    Value::Real(w),
                    Value::Real(e),
                    Value::Real(s),
                    Value::Real(n),
                ],
            );
        }
        if !self.modality.is_empty() {
            let marks = vec!["?"; self.modality.len()].join(", ");
            q.push(
                &format!("e.modality IN ({marks})"),
                self.modality.iter().map(|m| text(&m.to_lowercase())),
            );
        }
        if let Some(n) = self.min_sources {
            q.push("c.num_sources >= ?", [Value::Int(i64::from(n))]);
        }
        if let Some(doc) = &self.doc {
            q.push("d.doc = ?", [text(doc)]);
        }
        Ok(q)
    }
}

impl Store {
    /// The events that pass `filter`, by date (undated last), then id.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>, StoreError> {
        let q = filter.sql()?;
        let mut conn = self.conn();
        // Pick the rows by their keys first, then read the (large) JSON of those only:
        // sorting thousands of matches must not carry their JSON along.
        let mut from = String::from("FROM events e");
        if filter.doc.is_some() {
            from.push_str(" JOIN documents d ON d.id = e.document");
        }
        if filter.min_sources.is_some() {
            from.push_str(" LEFT JOIN clusters c ON c.id = e.cluster");
        }
        // The page: the outer pick skips `offset` rows; a branch of a two-sided pick
        // must keep every row up to the end of the page.
        let page_end = filter.limit.map(|n| n.saturating_add(filter.offset));
        let limit = match (filter.limit, filter.offset) {
            (Some(n), 0) => format!(" LIMIT {n}"),
            (Some(n), m) => format!(" LIMIT {n} OFFSET {m}"),
            (None, 0) => String::new(),
            (None, m) => conn.dialect().offset_only(m),
        };
        let branch_limit = page_end.map(|n| format!(" LIMIT {n}")).unwrap_or_default();
        let order = "ORDER BY coalesce(e.date, '9999'), e.event_id";
        let (pick, values) = match &q.either_side {
            None => {
                let mut pick = format!("SELECT e.id {from}");
                if !q.clauses.is_empty() {
                    pick.push_str(" WHERE ");
                    pick.push_str(&q.clauses.join(" AND "));
                }
                (format!("{pick} {order}{limit}"), q.values.clone())
            }
            Some(key) => {
                // One side, then the other (without the events already taken), each
                // read in order from its (key, order) index and cut at the limit.
                let rest: String = q.clauses.iter().map(|c| format!(" AND {c}")).collect();
                let branch = |cond: &str, name: &str| {
                    format!(
                        "SELECT * FROM (SELECT e.id, coalesce(e.date, '9999') AS o, e.event_id AS k {from}
                         WHERE {cond}{rest} {order}{branch_limit}) AS {name}"
                    )
                };
                let pick = format!(
                    "SELECT id FROM ({} UNION ALL {}) AS sides ORDER BY o, k{limit}",
                    branch("e.source_key = ?", "source_side"),
                    branch(
                        "e.target_key = ? AND e.source_key IS DISTINCT FROM ?",
                        "target_side"
                    )
                );
                let mut values = vec![text(key)];
                values.extend(q.values.iter().cloned());
                values.extend([text(key), text(key)]);
                values.extend(q.values.iter().cloned());
                (pick, values)
            }
        };
        let sql = format!(
            "SELECT e.json, e.cluster, coalesce(c.num_articles, 1), coalesce(c.num_sources, 1),
                    coalesce(c.contested, 0), d.doc, d.source, d.url, d.title, d.published
             FROM ({pick}) AS pick
             JOIN events e ON e.id = pick.id
             JOIN documents d ON d.id = e.document
             LEFT JOIN clusters c ON c.id = e.cluster
             ORDER BY coalesce(e.date, '9999'), e.event_id"
        );
        let rows = conn.query_map(&sql, &values, |r| {
            Ok((
                r.get::<String>(0)?,
                r.get::<Option<String>>(1)?,
                r.get::<u32>(2)?,
                r.get::<u32>(3)?,
                r.get::<bool>(4)?,
                meta(r, 5)?,
            ))
        })?;
        let mut out = Vec::with_capacity(rows.len());
        for (json, cluster, num_articles, num_sources, cluster_contested, document) in rows {
            let event: Event = serde_json::from_str(&json).map_err(|source| StoreError::Json {
                id: document.doc.clone(),
                source,
            })?;
            out.push(StoredEvent {
                event,
                cluster,
                num_articles,
                num_sources,
                cluster_contested,
                document,
            });
        }
        Ok(out)
    }

    /// Clusters, most reported first, then by date.
    pub fn clusters(
        &self,
        min_articles: u32,
        limit: Option<usize>,
    ) -> Result<Vec<Cluster>, StoreError> {
        let mut sql = String::from(
            "SELECT id, cameo, source_key, target_key, date_first, date_last, place_name,
                    place_country, lat, lon, num_events, num_articles, num_sources, contested, factual
             FROM clusters WHERE num_articles >= ?1
             ORDER BY num_sources DESC, num_articles DESC, date_first NULLS FIRST, id",
        );
        if let Some(n) = limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        self.conn().query_map(&sql, vals![min_articles], |r| {
            Ok(Cluster {
                id: r.get(0)?,
                cameo: r.get(1)?,
                source: r.get(2)?,
                target: r.get(3)?,
                date_first: r.get(4)?,
                date_last: r.get(5)?,
                place: r.get(6)?,
                place_country: r.get(7)?,
                lat: r.get(8)?,
                lon: r.get(9)?,
                num_events: r.get(10)?,
                num_articles: r.get(11)?,
                num_sources: r.get(12)?,
                contested: r.get(13)?,
                factual: r.get(14)?,
            })
        })
    }
}

/// A document in a listing.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentSummary {
    /// Its metadata.
    #[serde(flatten)]
    pub meta: DocumentMeta,
    /// Its language.
    pub lang: String,
    /// Events coded in it.
    pub events: u64,
}

/// A search hit.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    /// The document.
    #[serde(flatten)]
    pub meta: DocumentMeta,
    /// The text around the first match.
    pub snippet: String,
}

/// A pair of actors and how much passed between them.
#[derive(Debug, Clone, Serialize)]
pub struct DyadCount {
    /// One actor key (the smaller).
    pub a: String,
    /// The other.
    pub b: String,
    /// Events told as fact, each cluster once.
    pub events: u64,
    /// Their Goldstein sum.
    pub goldstein: f64,
}

impl Store {
    /// Documents, latest published first.
    pub fn documents(&self, limit: usize) -> Result<Vec<DocumentSummary>, StoreError> {
        self.conn().query_map(
            "SELECT d.doc, d.source, d.url, d.title, d.published, d.lang,
                    (SELECT count(*) FROM events e WHERE e.document = d.id)
             FROM documents d ORDER BY d.published IS NULL, d.published DESC, d.doc LIMIT ?1",
            vals![limit],
            |r| {
                Ok(DocumentSummary {
                    meta: meta(r, 0)?,
                    lang: r.get(5)?,
                    events: r.get(6)?,
                })
            },
        )
    }

    /// Documents whose title or text contains `query` (any case), with a snippet.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        let needle = query.trim();
        if needle.is_empty() {
            return Ok(Vec::new());
        }
        let like = format!("%{}%", escape_like(needle));
        let mut conn = self.conn();
        let op = conn.dialect().like_any_case();
        conn.query_map(
            &format!(
                "SELECT doc, source, url, title, published, text FROM documents
                 WHERE text {op} ?1 ESCAPE '\\' OR title {op} ?1 ESCAPE '\\'
                 ORDER BY published IS NULL, published DESC, doc LIMIT ?2"
            ),
            vals![like, limit],
            |r| {
                let text: String = r.get(5)?;
                Ok(SearchHit {
                    meta: meta(r, 0)?,
                    snippet: snippet(&text, needle),
                })
            },
        )
    }

    /// Factual events per PLOVER type, each cluster once.
    pub fn plover_counts(&self) -> Result<Vec<(String, u64)>, StoreError> {
        self.conn().query_map(
            "SELECT plover, count(DISTINCT coalesce(cluster, event_id)) FROM events
             WHERE plover IS NOT NULL AND modality IN ('asserted', 'alleged', 'reported')
             GROUP BY plover ORDER BY 2 DESC, 1",
            &[],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// The most active pairs of actors (factual events, each cluster once).
    pub fn top_dyads(&self, limit: usize) -> Result<Vec<DyadCount>, StoreError> {
        // The events of a cluster share their actors (they come from one group), so
        // one pair and the strongest Goldstein score stand for the cluster.
        self.conn().query_map(
            "SELECT pair, count(*), coalesce(sum(g), 0)
             FROM (SELECT min(pair) AS pair, max(goldstein) AS g FROM events
                   WHERE pair IS NOT NULL AND source_key <> target_key
                     AND modality IN ('asserted', 'alleged', 'reported')
                   GROUP BY coalesce(cluster, event_id)) AS told
             GROUP BY pair ORDER BY 2 DESC, 1 LIMIT ?1",
            vals![limit],
            |r| {
                let pair: String = r.get(0)?;
                let (a, b) = pair.split_once('|').unwrap_or((&pair, ""));
                Ok(DyadCount {
                    a: a.to_string(),
                    b: b.to_string(),
                    events: r.get(1)?,
                    goldstein: r.get(2)?,
                })
            },
        )
    }
}

/// A document's metadata from five columns: doc, source, url, title, published.
pub(crate) fn meta(r: &Row, at: usize) -> Result<DocumentMeta, StoreError> {
    Ok(DocumentMeta {
        doc: r.get(at)?,
        source: r.get(at + 1)?,
        url: r.get(at + 2)?,
        title: r.get(at + 3)?,
        published: r.get(at + 4)?,
    })
}

/// About 160 characters around the first case-insensitive match of `needle`.
fn snippet(text: &str, needle: &str) -> String {
    let lower = text.to_lowercase();
    // Lowercasing can change byte lengths; fall back to the start when it does.
    let at = if lower.len() == text.len() {
        lower.find(&needle.to_lowercase()).unwrap_or(0)
    } else {
        0
    };
    let mut start = at.saturating_sub(80);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + needle.len() + 80).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let mut s = text[start..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if start > 0 {
        s.insert(0, '…');
    }
    if end < text.len() {
        s.push('…');
    }
    s
}

/// The modalities events are told in.
pub const MODALITIES: &[&str] = &[
    "asserted",
    "alleged",
    "reported",
    "hypothetical",
    "recommended",
    "planned",
    "prevented",
    "negated",
];

/// Modality names as a filter takes them; `factual` stands for asserted, alleged and
/// reported. Empty items are skipped.
pub fn parse_modalities<'a>(
    items: impl IntoIterator<Item = &'a str>,
) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for m in items {
        let m = m.trim().to_lowercase();
        if m == "factual" {
            out.extend(["asserted", "alleged", "reported"].map(String::from));
        } else if MODALITIES.contains(&m.as_str()) {
            out.push(m);
        } else if !m.is_empty() {
            return Err(format!(
                "`{m}`: expected one of {}, or factual",
                MODALITIES.join(", ")
            ));
        }
    }
    Ok(out)
}

/// Two actors written `A-B` or `A,B`, upper-cased.
pub fn parse_dyad(s: &str) -> Result<(String, String), String> {
    match s.split_once(['-', ',']) {
        Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
            Ok((a.trim().to_uppercase(), b.trim().to_uppercase()))
        }
        _ => Err(format!(
            "`{s}`: expected two actors as A-B, such as MLI-DZA"
        )),
    }
}

/// A bounding box written `WEST,SOUTH,EAST,NORTH`.
pub fn parse_bbox(s: &str) -> Result<[f64; 4], String> {
    let expected = || format!("`{s}`: expected four numbers WEST,SOUTH,EAST,NORTH");
    let parts: Vec<f64> = s
        .split(',')
        .map(|p| p.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| expected())?;
    <[f64; 4]>::try_from(parts).map_err(|_| expected())
}
