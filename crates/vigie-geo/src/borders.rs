//! Country outlines from Natural Earth (1:10m, public domain): which country a point is
//! in, and how far it is from the nearest land border.
//!
//! `borders.bin` keeps the TopoJSON structure of the npm package `world-atlas` in a
//! compact binary layout (varints, see `data/geo/README.md`): a quantisation transform,
//! delta-encoded arcs, and each country's polygons as lists of arc references. An arc used by two countries is a land border; an arc used by one is
//! a coast, which is not a border. Border arcs are cut into short chunks with their
//! bounding boxes, so that a distance query measures only the chunks that could be
//! nearer than the best found so far.
//!
//! Loading decodes and checks the file into flat arrays (quantised points, arc
//! references); the rings and border chunks in degrees are built from them on first
//! use (they cannot fail then), so that callers who never ask about borders do not pay
//! for them.

use std::sync::OnceLock;

use crate::binary::{format_error, Reader};
use crate::geometry::{ring_contains, BBox, Point, Projection};
use crate::GeoError;

static BORDERS: &[u8] = include_bytes!("../../../data/geo/borders.bin");

/// Points per chunk of border line.
const CHUNK: usize = 32;

#[derive(Debug)]
struct Country {
    code: [u8; 3],
    bbox: BBox,
    rings: Vec<(BBox, Vec<Point>)>,
}

#[derive(Debug)]
struct Chunk {
    bbox: BBox,
    points: Vec<Point>,
}

/// The outlines as read from the file, checked: every reference names an arc.
#[derive(Debug)]
struct Topology {
    /// Scale x, scale y, translate x, translate y.
    transform: [f64; 4],
    /// Every arc's quantised points, back to back.
    points: Vec<(i32, i32)>,
    /// Where each arc starts in `points`, and where the last one ends.
    arc_starts: Vec<u32>,
    /// Arc references of every ring, back to back (`!i` = arc `i` reversed).
    refs: Vec<i32>,
    /// Where each ring starts in `refs`, and where the last one ends.
    ring_starts: Vec<u32>,
    /// Each country's code and where its rings start in `ring_starts`, then the end.
    countries: Vec<([u8; 3], u32)>,
    ring_end: u32,
}

/// Rings and border chunks in degrees, built on first use.
#[derive(Debug)]
struct Outlines {
    countries: Vec<Country>,
    chunks: Vec<Chunk>,
}

/// A closed ring of (longitude, latitude) points.
pub type Ring = Vec<(f64, f64)>;

/// Country polygons and land-border lines.
#[derive(Debug)]
pub struct Borders {
    topology: Topology,
    outlines: OnceLock<Outlines>,
}

impl Borders {
    /// Loads the bundled outlines.
    pub fn bundled() -> Result<Borders, GeoError> {
        Ok(Borders {
            topology: parse(BORDERS)?,
            outlines: OnceLock::new(),
        })
    }

    fn outlines(&self) -> &Outlines {
        self.outlines.get_or_init(|| self.topology.outlines())
    }

    /// The ISO alpha-3 code of the country whose outline contains the point.
    pub fn country_at(&self, lat: f64, lon: f64) -> Option<&str> {
        let p = (lon, lat);
        self.outlines()
            .countries
            .iter()
            .filter(|c| c.bbox.contains(p))
            .find(|c| {
                let crossings = c
                    .rings
                    .iter()
                    .filter(|(b, ring)| b.contains(p) && ring_contains(ring, p))
                    .count();
                crossings % 2 == 1
            })
            .and_then(|c| std::str::from_utf8(&c.code).ok())
    }

    /// Kilometres from the point to the nearest land border between two countries.
    pub fn border_km(&self, lat: f64, lon: f64) -> Option<f64> {
        let chunks = &self.outlines().chunks;
        let proj = Projection::at((lon, lat));
        let lower: Vec<f64> = chunks.iter().map(|c| proj.box_km(&c.bbox)).collect();
        let exact = |i: usize| {
            chunks[i]
                .points
                .windows(2)
                .map(|w| proj.segment_km(w[0], w[1]))
                .fold(f64::INFINITY, f64::min)
        };
        // the nearest box first gives a bound that rules out almost every other chunk,
        // without sorting them all
        let nearest = (0..lower.len()).min_by(|&a, &b| lower[a].total_cmp(&lower[b]))?;
        let mut best = exact(nearest);
        for (i, &l) in lower.iter().enumerate() {
            if l < best && i != nearest {
                best = best.min(exact(i));
            }
        }
        best.is_finite().then_some(best)
    }

    /// The box (south, west, north, east, in degrees) around a country's largest
    /// polygon ring, leaving out distant islands and overseas territories.
    pub fn main_box(&self, code: &str) -> Option<(f64, f64, f64, f64)> {
        let outlines = self.outlines();
        let c = outlines
            .countries
            .iter()
            .find(|c| c.code == code.as_bytes())?;
        let area = |b: &BBox| (b.max.0 - b.min.0) * (b.max.1 - b.min.1);
        let (b, _) = c
            .rings
            .iter()
            .max_by(|x, y| area(&x.0).total_cmp(&area(&y.0)))?;
        Some((b.min.1, b.min.0, b.max.1, b.max.0))
    }

    /// Every country's outline rings as (longitude, latitude) points, thinned so that
    /// kept points are at least `step` degrees apart (rings that shrink below four
    /// points are dropped): what a map draws. Holes come as rings of their own.
    pub fn outline_rings(&self, step: f64) -> Vec<(&str, Vec<Ring>)> {
        self.outlines()
            .countries
            .iter()
            .filter_map(|c| {
                let code = std::str::from_utf8(&c.code).ok()?;
                let rings: Vec<Ring> = c
                    .rings
                    .iter()
                    .map(|(_, ring)| thin(ring, step))
                    .filter(|r| r.len() >= 4)
                    .collect();
                Some((code, rings))
            })
            .collect()
    }

    /// Number of countries with an outline.
    pub fn country_count(&self) -> usize {
        self.topology.countries.len()
    }
}

/// Keeps the points at least `step` apart (in both coordinates summed), and closes the
/// ring.
fn thin(ring: &[Point], step: f64) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::new();
    for &p in ring {
        match out.last() {
            Some(&(x, y)) if (p.0 - x).abs() + (p.1 - y).abs() < step => {}
            _ => out.push(p),
        }
    }
    if let (Some(&first), Some(&last)) = (out.first(), out.last()) {
        if first != last {
            out.push(first);
        }
    }
    out
}

impl Topology {
    /// Arc `a` in degrees, forwards.
    fn arc(&self, a: usize) -> impl DoubleEndedIterator<Item = Point> + '_ {
        let [sx, sy, tx, ty] = self.transform;
        let (start, end) = (self.arc_starts[a] as usize, self.arc_starts[a + 1] as usize);
        self.points[start..end]
            .iter()
            .map(move |&(x, y)| (f64::from(x) * sx + tx, f64::from(y) * sy + ty))
    }

    /// Country rings in degrees, and land borders (arcs shared by two countries) cut
    /// into chunks. Every index was checked by [`parse`].
    fn outlines(&self) -> Outlines {
        let arc_count = self.arc_starts.len() - 1;
        let mut users: Vec<Vec<usize>> = vec![Vec::new(); arc_count];
        let mut countries = Vec::with_capacity(self.countries.len());
        for (index, &(code, first)) in self.countries.iter().enumerate() {
            let last = self.countries.get(index + 1).map_or(self.ring_end, |c| c.1);
            let mut rings = Vec::with_capacity((last - first) as usize);
            for ring in first as usize..last as usize {
                let (start, end) = (self.ring_starts[ring], self.ring_starts[ring + 1]);
                let mut points: Vec<Point> = Vec::new();
                for &r in &self.refs[start as usize..end as usize] {
                    let a = if r >= 0 { r } else { !r } as usize;
                    users[a].push(index);
                    let skip = usize::from(!points.is_empty());
                    if r >= 0 {
                        points.extend(self.arc(a).skip(skip));
                    } else {
                        points.extend(self.arc(a).rev().skip(skip));
                    }
                }
                rings.push((BBox::of(&points), points));
            }
            let bbox = rings.iter().map(|r| r.0).fold(BBox::of(&[]), BBox::union);
            countries.push(Country { code, bbox, rings });
        }
        let mut chunks = Vec::new();
        for (a, users) in users.iter_mut().enumerate() {
            users.sort_unstable();
            users.dedup();
            if users.len() < 2 {
                continue;
            }
            let arc: Vec<Point> = self.arc(a).collect();
            let mut start = 0;
            while start + 1 < arc.len() {
                let end = (start + CHUNK).min(arc.len() - 1);
                let points = arc[start..=end].to_vec();
                chunks.push(Chunk {
                    bbox: BBox::of(&points),
                    points,
                });
                start = end;
            }
        }
        Outlines { countries, chunks }
    }
}

/// Decodes and checks `borders.bin`. Records are numbered as the lines of the TopoJSON
/// text they come from: 1 for the transform, then one per arc, then one per country.
fn parse(bytes: &[u8]) -> Result<Topology, GeoError> {
    const FILE: &str = "borders.bin";
    let mut r = Reader::new(FILE, bytes, b"VGBORDR1")?;
    let transform = [r.f64(1)?, r.f64(1)?, r.f64(1)?, r.f64(1)?];
    if !transform.iter().all(|v| v.is_finite()) {
        return Err(r.error(1, "bad transform"));
    }
    let arc_count = r.count(1)?;
    // a count can never exceed the bytes left: this bounds every allocation
    let mut arc_starts = Vec::with_capacity(arc_count.min(r.remaining()) + 1);
    let mut points = Vec::with_capacity(r.remaining() / 2);
    for a in 0..arc_count {
        let record = a + 2;
        let n = r.count(record)?;
        if n == 0 {
            return Err(r.error(record, "empty arc"));
        }
        arc_starts.push(points.len() as u32);
        let (mut x, mut y) = (0i32, 0i32);
        for _ in 0..n {
            let (dx, dy) = (r.zigzag(record)?, r.zigzag(record)?);
            let step = |v: i32, d: i64| i32::try_from(i64::from(v) + d).ok();
            (x, y) = step(x, dx)
                .zip(step(y, dy))
                .ok_or_else(|| r.error(record, "bad arc"))?;
            points.push((x, y));
        }
        if points.len() > u32::MAX as usize {
            return Err(r.error(record, "too many points"));
        }
    }
    arc_starts.push(points.len() as u32);
    let country_count = r.count(arc_count + 1)?;
    let mut countries = Vec::with_capacity(country_count.min(r.remaining()));
    let mut refs = Vec::new();
    let mut ring_starts = Vec::new();
    for index in 0..country_count {
        let record = arc_count + 2 + index;
        let code = r.take(3, record)?;
        let code: [u8; 3] = [code[0], code[1], code[2]];
        if !code.iter().all(u8::is_ascii_uppercase) {
            return Err(r.error(record, "bad code"));
        }
        countries.push((code, ring_starts.len() as u32));
        for _ in 0..r.count(record)? {
            for _ in 0..r.count(record)? {
                let n = r.count(record)?;
                if n == 0 {
                    return Err(r.error(record, "empty ring"));
                }
                ring_starts.push(refs.len() as u32);
                for _ in 0..n {
                    let reference = i32::try_from(r.zigzag(record)?)
                        .ok()
                        .filter(|&i| ((if i >= 0 { i } else { !i }) as usize) < arc_count)
                        .ok_or_else(|| r.error(record, "unknown arc"))?;
                    refs.push(reference);
                }
            }
        }
        if ring_starts.len() as u32 == countries[index].1 {
            return Err(format_error(FILE, record, "no rings"));
        }
        if refs.len() > u32::MAX as usize / 2 || ring_starts.len() > u32::MAX as usize / 2 {
            return Err(r.error(record, "too many rings"));
        }
    }
    let ring_end = ring_starts.len() as u32;
    ring_starts.push(refs.len() as u32);
    if r.remaining() != 0 {
        return Err(r.error(arc_count + country_count + 1, "trailing bytes"));
    }
    Ok(Topology {
        transform,
        points,
        arc_starts,
        refs,
        ring_starts,
        countries,
        ring_end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sahel_points_fall_in_their_countries_near_the_border() {
        let b = Borders::bundled().unwrap();
        assert_eq!(b.country_at(12.64, -8.0), Some("MLI"));
        assert_eq!(b.country_at(36.75, 3.06), Some("DZA"));
        assert_eq!(b.country_at(48.85, 2.35), Some("FRA"));
        let tin = b.border_km(19.96, 2.96).unwrap();
        assert!(tin < 15.0, "{tin}");
        let bamako = b.border_km(12.64, -8.0).unwrap();
        assert!(bamako > 50.0 && bamako < 250.0, "{bamako}");
        assert_eq!(b.country_at(0.0, -30.0), None);
    }

    #[test]
    fn a_damaged_file_is_an_error() {
        assert!(parse(&BORDERS[..BORDERS.len() - 1]).is_err());
        let mut more = BORDERS.to_vec();
        more.push(0);
        assert!(parse(&more).is_err());
        match parse(&BORDERS[..8 + 32 + 100]) {
            Err(GeoError::Format { file, line, .. }) => {
                assert_eq!(file, "borders.bin");
                assert!(line >= 2, "{line}");
            }
            other => panic!("{:?}", other.map(|t| t.countries.len())),
        }
    }
}
