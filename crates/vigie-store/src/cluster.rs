//! Clustering: reports of one event across documents become one cluster.
//!
//! Every event falls in a *group*: same CAMEO root, same actors (organisation, else
//! country, else code; in either order for the roots where who-acts-on-whom is
//! symmetric, such as meetings), and same kind of telling (what happened, or what
//! might, should or will happen). Within a group, events sorted by date join the first
//! open cluster whose days overlap theirs (one day of slack, for "yesterday" counted
//! from another publication date) and whose place is compatible (same country, within
//! 150 km when both are placed). Undated events stay alone.
//!
//! New events are written unclustered; [`recluster`] recuts every group that holds one,
//! from all of the group's events. The result depends only on the set of events, not on
//! the order they arrived in, and recutting twice changes nothing.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use sha2::{Digest, Sha256};
use vigie_coder::Event;

use crate::db::{tuples, Conn, Row, Value};
use crate::{actor_key, root, StoreError};

/// Roots whose two actors play the same part: consult (04), engage in diplomatic
/// cooperation (05), material cooperation (06), and fight (19), where each side's
/// report makes the other the source.
const SYMMETRIC: &[&str] = &["04", "05", "06", "19"];

/// Days of slack between the dates of two reports of one event.
const SLACK_DAYS: i64 = 1;

/// How far apart two placed reports of one event may be.
const MAX_KM: f64 = 150.0;

/// The group an event is clustered within.
pub fn group_key(e: &Event) -> String {
    let kind = if e.modality.is_factual()
        || matches!(
            e.modality,
            vigie_coder::Modality::Negated | vigie_coder::Modality::Prevented
        ) {
        "told"
    } else {
        "unreal"
    };
    let r = root(&e.cameo);
    let mut a = e
        .source
        .as_ref()
        .map(actor_key)
        .unwrap_or_else(|| "-".into());
    let mut b = e
        .target
        .as_ref()
        .map(actor_key)
        .unwrap_or_else(|| "-".into());
    if SYMMETRIC.contains(&r) && b < a {
        std::mem::swap(&mut a, &mut b);
    }
    format!("{kind}|{r}|{a}|{b}")
}

/// What a clustering pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ClusterOutcome {
    /// Groups recut.
    pub groups: usize,
    /// Events placed.
    pub events: usize,
    /// Clusters written.
    pub clusters: usize,
}

/// A report's place: name, country, latitude, longitude.
type Placed = (String, String, f64, f64);

/// One event as clustering sees it.
struct Member {
    rowid: i64,
    event_id: String,
    cameo: String,
    days: Option<(NaiveDate, NaiveDate)>,
    place: Option<Placed>,
    document: i64,
    outlet: String,
    modality: String,
    claimant: Option<String>,
    contested: bool,
    source_key: Option<String>,
    target_key: Option<String>,
    /// The cluster it is in now, if any.
    cluster: Option<String>,
}

/// Groups recut per round of statements: every statement of a round covers all of
/// them (a few hundred parameters at most), so that a store on a server costs a few
/// round trips per round instead of several per cluster and per event.
const GROUPS_PER_ROUND: usize = 256;

/// Rows per multi-row statement (17 columns a cluster, well under either engine's
/// limit on parameters).
const ROWS_PER_STATEMENT: usize = 500;

/// Recuts every group that holds an unclustered event, inside the write transaction
/// of `conn`.
pub(crate) fn recluster(conn: &mut Conn) -> Result<ClusterOutcome, StoreError> {
    let groups: Vec<String> = conn.query_map(
        "SELECT DISTINCT grp FROM events WHERE cluster IS NULL ORDER BY grp",
        &[],
        |r| r.get(0),
    )?;
    let mut outcome = ClusterOutcome::default();
    for round in groups.chunks(GROUPS_PER_ROUND) {
        let marks = tuples(1, round.len());
        let names: Vec<Value> = round.iter().map(Value::from).collect();
        let mut by_group: BTreeMap<String, Vec<Member>> = BTreeMap::new();
        for (grp, member) in conn.query_map(
            &format!(
                "SELECT e.id, e.event_id, e.cameo, e.date, e.date_last, e.place_name,
                    e.place_country, e.lat, e.lon, e.document, coalesce(d.source, d.doc),
                    e.modality, e.claimant, e.contested, e.source_key, e.target_key, e.grp,
                    e.cluster
                 FROM events e JOIN documents d ON d.id = e.document
                 WHERE e.grp IN {marks}"
            ),
            &names,
            |r| Ok((r.get::<String>(16)?, member(r)?)),
        )? {
            by_group.entry(grp).or_default().push(member);
        }
        let mut rows: Vec<[Value; 17]> = Vec::new();
        let mut links: Vec<[Value; 2]> = Vec::new();
        for (grp, mut members) in by_group {
            // Dated events by their first day, undated ones last; ties by id, so that
            // the cut does not depend on insertion order.
            members.sort_by(|a, b| {
                (a.days.is_none(), a.days, &a.event_id).cmp(&(
                    b.days.is_none(),
                    b.days,
                    &b.event_id,
                ))
            });
            for c in cut(&members) {
                let first = &members[c[0]];
                let id = cluster_id(&grp, &first.event_id);
                let summary = summarise(c.iter().map(|&i| &members[i]));
                let place = summary.place.as_ref();
                rows.push([
                    Value::from(&id),
                    Value::from(&grp),
                    Value::from(root(&summary.cameo)),
                    Value::from(summary.cameo),
                    Value::from(&first.source_key),
                    Value::from(&first.target_key),
                    Value::from(summary.first.map(|d| d.to_string())),
                    Value::from(summary.last.map(|d| d.to_string())),
                    Value::from(place.map(|p| &p.0)),
                    Value::from(place.map(|p| &p.1)),
                    Value::from(place.map(|p| p.2)),
                    Value::from(place.map(|p| p.3)),
                    Value::from(c.len()),
                    Value::from(summary.articles),
                    Value::from(summary.sources),
                    Value::from(summary.contested),
                    Value::from(grp.starts_with("told|")),
                ]);
                // Only the events whose cluster changes are written: most of a grown
                // group's reports keep theirs.
                links.extend(
                    c.iter()
                        .filter(|&&i| members[i].cluster.as_ref() != Some(&id))
                        .map(|&i| [Value::Int(members[i].rowid), Value::from(&id)]),
                );
                outcome.clusters += 1;
            }
            outcome.groups += 1;
            outcome.events += members.len();
        }
        for chunk in rows.chunks(ROWS_PER_STATEMENT) {
            conn.execute(
                &format!(
                    "INSERT INTO clusters (id, grp, root, cameo, source_key, target_key,
                        date_first, date_last, place_name, place_country, lat, lon, num_events,
                        num_articles, num_sources, contested, factual)
                     VALUES {}
                     ON CONFLICT (id) DO UPDATE SET grp = excluded.grp, root = excluded.root,
                        cameo = excluded.cameo, source_key = excluded.source_key,
                        target_key = excluded.target_key, date_first = excluded.date_first,
                        date_last = excluded.date_last, place_name = excluded.place_name,
                        place_country = excluded.place_country, lat = excluded.lat,
                        lon = excluded.lon, num_events = excluded.num_events,
                        num_articles = excluded.num_articles, num_sources = excluded.num_sources,
                        contested = excluded.contested, factual = excluded.factual",
                    tuples(chunk.len(), 17)
                ),
                &chunk.concat(),
            )?;
        }
        for chunk in links.chunks(ROWS_PER_STATEMENT) {
            // Both engines update from a list of values; the casts give the list's
            // columns the types of the table's.
            let pairs = vec!["(CAST(? AS BIGINT), CAST(? AS TEXT))"; chunk.len()].join(", ");
            conn.execute(
                &format!(
                    "WITH v(id, cluster) AS (VALUES {pairs})
                     UPDATE events SET cluster = v.cluster FROM v WHERE events.id = v.id"
                ),
                &chunk.concat(),
            )?;
        }
        // The clusters of these groups that the new cut no longer makes: no event
        // points at them any more.
        conn.execute(
            &format!(
                "DELETE FROM clusters WHERE grp IN {marks}
                 AND NOT EXISTS (SELECT 1 FROM events e WHERE e.cluster = clusters.id)"
            ),
            &names,
        )?;
    }
    Ok(outcome)
}

/// An event as clustering sees it, from the columns of its row (the 17th, its group, is
/// read apart).
fn member(r: &Row) -> Result<Member, StoreError> {
    let day = |i: usize| -> Result<Option<NaiveDate>, StoreError> {
        Ok(r.get::<Option<String>>(i)?.and_then(|s| s.parse().ok()))
    };
    let place = match (
        r.get::<Option<String>>(5)?,
        r.get::<Option<String>>(6)?,
        r.get::<Option<f64>>(7)?,
        r.get::<Option<f64>>(8)?,
    ) {
        (Some(n), Some(c), Some(lat), Some(lon)) => Some((n, c, lat, lon)),
        _ => None,
    };
    Ok(Member {
        rowid: r.get(0)?,
        event_id: r.get(1)?,
        cameo: r.get(2)?,
        days: day(3)?.zip(day(4)?),
        place,
        document: r.get(9)?,
        outlet: r.get(10)?,
        modality: r.get(11)?,
        claimant: r.get(12)?,
        contested: r.get(13)?,
        source_key: r.get(14)?,
        target_key: r.get(15)?,
        cluster: r.get(17)?,
    })
}

/// Cuts sorted members into clusters; each cluster lists member indices.
fn cut(members: &[Member]) -> Vec<Vec<usize>> {
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    // For each cluster: the last day of its first report, and the report that pinned
    // its place.
    let mut state: Vec<(Option<NaiveDate>, Option<usize>)> = Vec::new();
    for (i, m) in members.iter().enumerate() {
        let joined = m.days.and_then(|(first, last)| {
            (0..clusters.len()).find(|&c| {
                let (Some(end), pinned) = state[c] else {
                    return false;
                };
                let start = members[clusters[c][0]].days.map(|d| d.0).unwrap_or(end);
                let overlaps = first <= end + chrono::Duration::days(SLACK_DAYS)
                    && last >= start - chrono::Duration::days(SLACK_DAYS);
                overlaps && compatible(m, pinned.map(|p| &members[p]))
            })
        });
        match joined {
            Some(c) => {
                // The window stays the first report's: reports a day apart join, but
                // a chain of daily events does not grow into one cluster.
                clusters[c].push(i);
                if state[c].1.is_none() && m.place.is_some() {
                    state[c].1 = Some(i);
                }
            }
            None => {
                clusters.push(vec![i]);
                state.push((m.days.map(|d| d.1), m.place.as_ref().map(|_| i)));
            }
        }
    }
    clusters
}

/// Whether `m` can be a report of the event placed where `pinned` is.
fn compatible(m: &Member, pinned: Option<&Member>) -> bool {
    let (Some(a), Some(b)) = (&m.place, pinned.and_then(|p| p.place.as_ref())) else {
        return true;
    };
    a.1 == b.1 && haversine_km(a.2, a.3, b.2, b.3) <= MAX_KM
}

fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// A stable cluster id: the same first event in the same group gives the same id.
fn cluster_id(grp: &str, first_event: &str) -> String {
    let digest = Sha256::digest(format!("{grp}\n{first_event}").as_bytes());
    let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    format!("c-{hex}")
}

struct Summary {
    cameo: String,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
    place: Option<Placed>,
    articles: usize,
    sources: usize,
    contested: bool,
}

fn summarise<'a>(members: impl Iterator<Item = &'a Member>) -> Summary {
    let mut cameos: BTreeMap<&str, usize> = BTreeMap::new();
    let mut places: BTreeMap<&str, (usize, &Placed)> = BTreeMap::new();
    let mut docs = BTreeSet::new();
    let mut outlets = BTreeSet::new();
    let (mut first, mut last) = (None::<NaiveDate>, None::<NaiveDate>);
    let mut contested = false;
    let mut positive_claimants = BTreeSet::new();
    let mut negating_claimants = BTreeSet::new();
    for m in members {
        *cameos.entry(&m.cameo).or_default() += 1;
        if let Some(p) = &m.place {
            places.entry(&p.0).or_insert((0, p)).0 += 1;
        }
        docs.insert(m.document);
        outlets.insert(m.outlet.as_str());
        if let Some((a, b)) = m.days {
            first = Some(first.map_or(a, |f| f.min(a)));
            last = Some(last.map_or(b, |l| l.max(b)));
        }
        contested |= m.contested;
        let claimant = m.claimant.clone().unwrap_or_default();
        if m.modality == "negated" {
            negating_claimants.insert(claimant);
        } else {
            positive_claimants.insert(claimant);
        }
    }
    // One side tells it, another denies it.
    contested |= negating_claimants
        .iter()
        .any(|n| positive_claimants.iter().any(|p| p != n));
    // The most frequent code and place; ties go to the smallest, for determinism.
    let cameo = cameos
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(c, _)| c.to_string())
        .unwrap_or_default();
    let place = places
        .iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.0.cmp(a.0)))
        .map(|(_, (_, p))| (*p).clone());
    Summary {
        cameo,
        first,
        last,
        place,
        articles: docs.len(),
        sources: outlets.len(),
        contested,
    }
}
