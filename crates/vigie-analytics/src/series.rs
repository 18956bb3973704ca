//! Tension series: a dyad's events counted per day or week, by QuadClass, with the sum
//! of their Goldstein scores.
//!
//! Only what is told as having happened counts (asserted, alleged, reported), and each
//! cluster counts once: twenty articles retelling one recall are one event.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;
use vigie_store::StoredEvent;

/// The width of a bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bucket {
    /// One day.
    Day,
    /// A week, from Monday.
    Week,
}

impl Bucket {
    /// The first day of the bucket holding `d`.
    pub fn start(self, d: NaiveDate) -> NaiveDate {
        match self {
            Bucket::Day => d,
            Bucket::Week => d - Duration::days(i64::from(d.weekday().num_days_from_monday())),
        }
    }

    fn step(self) -> Duration {
        match self {
            Bucket::Day => Duration::days(1),
            Bucket::Week => Duration::days(7),
        }
    }
}

/// One bucket of a series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    /// First day of the bucket.
    pub start: NaiveDate,
    /// Events per QuadClass: verbal cooperation, material cooperation, verbal
    /// conflict, material conflict.
    pub quad: [u32; 4],
    /// Sum of Goldstein scores.
    pub goldstein: f64,
    /// The events counted (one per cluster).
    pub events: Vec<String>,
}

impl Point {
    /// Events in the bucket.
    pub fn total(&self) -> u32 {
        self.quad.iter().sum()
    }
}

/// The first day an event covers, when it is dated to a day or a month.
pub fn first_day(e: &StoredEvent) -> Option<NaiveDate> {
    let (first, last) =
        vigie_store::day_range(e.event.date.as_deref(), e.event.date_end.as_deref())?;
    // Years and longer spans say too little to place on a daily series.
    ((last - first).num_days() <= 31).then_some(first)
}

/// The events that count: factual, dated, one per cluster (the earliest report).
pub fn counted(events: &[StoredEvent]) -> Vec<(&StoredEvent, NaiveDate)> {
    let mut seen = BTreeSet::new();
    let mut out: Vec<(&StoredEvent, NaiveDate)> = events
        .iter()
        .filter(|e| e.event.modality.is_factual())
        .filter_map(|e| Some((e, first_day(e)?)))
        .collect();
    out.sort_by(|a, b| (a.1, &a.0.event.id).cmp(&(b.1, &b.0.event.id)));
    out.retain(|(e, _)| match &e.cluster {
        Some(c) => seen.insert(c.clone()),
        None => true,
    });
    out
}

/// The most buckets a series may hold: 10,000, some 27 years of days or 190 of weeks.
/// Every bucket is built, empty ones too, so an unbounded range (`from=-9999-01-01`)
/// would otherwise allocate one point per day of twenty thousand years.
pub const MAX_POINTS: usize = 10_000;

/// A series asked for more than [`MAX_POINTS`] buckets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooManyPoints {
    /// The first day asked for (or of the first event).
    pub first: NaiveDate,
    /// The last day asked for (or of the last event).
    pub last: NaiveDate,
    /// The bucket width.
    pub bucket: Bucket,
    /// The buckets that range would need.
    pub points: u64,
}

impl std::fmt::Display for TooManyPoints {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "from {} to {} by {} makes {} points, more than the {} a series may hold",
            self.first,
            self.last,
            match self.bucket {
                Bucket::Day => "day",
                Bucket::Week => "week",
            },
            self.points,
            MAX_POINTS
        )
    }
}

impl std::error::Error for TooManyPoints {}

/// How many buckets of width `bucket` cover `first..=last` (0 when `last` is before
/// `first`).
pub fn bucket_count(bucket: Bucket, first: NaiveDate, last: NaiveDate) -> u64 {
    let (first, last) = (bucket.start(first), bucket.start(last));
    if last < first {
        return 0;
    }
    // Dates span at most some 500,000 years: no overflow in days.
    let days = (last - first).num_days() as u64;
    days / bucket.step().num_days() as u64 + 1
}

/// The series of `events` in buckets, every bucket from the first to the last
/// present (empty ones with zeros), or over `from..=to` when given; refused when that
/// is more than [`MAX_POINTS`] buckets.
pub fn series(
    events: &[StoredEvent],
    bucket: Bucket,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Vec<Point>, TooManyPoints> {
    let counted = counted(events);
    let mut by_start: BTreeMap<NaiveDate, Point> = BTreeMap::new();
    for (e, day) in &counted {
        if from.is_some_and(|f| *day < f) || to.is_some_and(|t| *day > t) {
            continue;
        }
        let start = bucket.start(*day);
        let p = by_start.entry(start).or_insert_with(|| empty(start));
        if let Some(q) = e.event.quad_class.filter(|q| (1..=4).contains(q)) {
            p.quad[usize::from(q - 1)] += 1;
        }
        p.goldstein += f64::from(e.event.goldstein.unwrap_or(0.0));
        p.events.push(e.event.id.clone());
    }
    let first = from
        .map(|f| bucket.start(f))
        .or_else(|| by_start.keys().next().copied());
    let last = to
        .map(|t| bucket.start(t))
        .or_else(|| by_start.keys().last().copied());
    let (Some(mut day), Some(last)) = (first, last) else {
        return Ok(Vec::new());
    };
    let points = bucket_count(bucket, day, last);
    if points > MAX_POINTS as u64 {
        return Err(TooManyPoints {
            first: day,
            last,
            bucket,
            points,
        });
    }
    let mut out = Vec::with_capacity(points as usize);
    while day <= last {
        out.push(by_start.remove(&day).unwrap_or_else(|| empty(day)));
        day += bucket.step();
    }
    Ok(out)
}

fn empty(start: NaiveDate) -> Point {
    Point {
        start,
        quad: [0; 4],
        goldstein: 0.0,
        events: Vec::new(),
    }
}

/// A one-line chart of Goldstein sums: blocks above the line for cooperation, below
/// for conflict, scaled to the largest magnitude.
pub fn sparkline(points: &[Point]) -> (String, String) {
    const UP: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    const DOWN: [char; 8] = ['▔', '▔', '▀', '▀', '▀', '█', '█', '█'];
    let max = points
        .iter()
        .map(|p| p.goldstein.abs())
        .fold(0.0_f64, f64::max);
    let level = |g: f64| -> usize {
        if max == 0.0 {
            0
        } else {
            (((g.abs() / max) * 7.0).round() as usize).min(7)
        }
    };
    let mut up = String::new();
    let mut down = String::new();
    for p in points {
        if p.goldstein > 0.0 {
            up.push(UP[level(p.goldstein)]);
            down.push(' ');
        } else if p.goldstein < 0.0 {
            up.push(' ');
            down.push(DOWN[level(p.goldstein)]);
        } else {
            up.push(if p.total() > 0 { '·' } else { ' ' });
            down.push(' ');
        }
    }
    (up, down)
}

/// The series as an SVG bar chart: one bar per bucket, up for a positive Goldstein sum
/// (cooperation), down for a negative one (conflict), with dates under the axis.
pub fn svg(points: &[Point], title: &str) -> String {
    let (w, h, pad) = (900.0_f64, 320.0_f64, 40.0_f64);
    let max = points
        .iter()
        .map(|p| p.goldstein.abs())
        .fold(1.0_f64, f64::max);
    let n = points.len().max(1) as f64;
    let bar = (w - 2.0 * pad) / n;
    let mid = h / 2.0;
    let scale = (mid - pad) / max;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"sans-serif\" font-size=\"11\">\n\
         <title>{}</title>\n<text x=\"{pad}\" y=\"20\" font-size=\"14\">{}</text>\n\
         <line x1=\"{pad}\" y1=\"{mid}\" x2=\"{}\" y2=\"{mid}\" stroke=\"#444\"/>\n\
         <text x=\"4\" y=\"{}\">+{max:.0}</text><text x=\"4\" y=\"{}\">-{max:.0}</text>\n",
        escape(title),
        escape(title),
        w - pad,
        pad + 4.0,
        h - pad,
    );
    for (i, p) in points.iter().enumerate() {
        let x = pad + i as f64 * bar;
        let height = p.goldstein.abs() * scale;
        let (y, color) = if p.goldstein >= 0.0 {
            (mid - height, "#2b8a3e")
        } else {
            (mid, "#c92a2a")
        };
        s.push_str(&format!(
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{height:.1}\" fill=\"{color}\"><title>{}: Goldstein {:.1}, {} event(s)</title></rect>\n",
            (bar - 1.0).max(1.0),
            p.start,
            p.goldstein,
            p.total()
        ));
    }
    // Up to ten date labels.
    let every = (points.len() / 10).max(1);
    for (i, p) in points.iter().enumerate().step_by(every) {
        let x = pad + i as f64 * bar;
        s.push_str(&format!(
            "<text x=\"{x:.1}\" y=\"{}\">{}</text>\n",
            h - 10.0,
            p.start
        ));
    }
    s.push_str("</svg>\n");
    s
}

/// Escapes text for XML and HTML.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
