//! Country outlines from Natural Earth (1:10m, public domain): which country a point is
//! in, and how far it is from the nearest land border.
//!
//! `borders.tsv.gz` keeps the TopoJSON structure of the npm package `world-atlas`: a
//! quantisation transform, delta-encoded arcs, and each country's polygons as lists of
//! arc references. An arc used by two countries is a land border; an arc used by one is
//! a coast, which is not a border. Border arcs are cut into short chunks with their
//! bounding boxes, so that a distance query measures only the chunks that could be
//! nearer than the best found so far.

use crate::geometry::{ring_contains, BBox, Point, Projection};
use crate::{gunzip, GeoError};

static BORDERS: &[u8] = include_bytes!("../../../data/geo/borders.tsv.gz");

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

/// Country polygons and land-border lines.
#[derive(Debug)]
pub struct Borders {
    countries: Vec<Country>,
    chunks: Vec<Chunk>,
}

impl Borders {
    /// Loads the bundled outlines.
    pub fn bundled() -> Result<Borders, GeoError> {
        parse(&gunzip("borders.tsv.gz", BORDERS)?)
    }

    /// The ISO alpha-3 code of the country whose outline contains the point.
    pub fn country_at(&self, lat: f64, lon: f64) -> Option<&str> {
        let p = (lon, lat);
        self.countries
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
        let proj = Projection::at((lon, lat));
        let lower: Vec<f64> = self.chunks.iter().map(|c| proj.box_km(&c.bbox)).collect();
        let exact = |i: usize| {
            self.chunks[i]
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
        let c = self.countries.iter().find(|c| c.code == code.as_bytes())?;
        let area = |b: &BBox| (b.max.0 - b.min.0) * (b.max.1 - b.min.1);
        let (b, _) = c
            .rings
            .iter()
            .max_by(|x, y| area(&x.0).total_cmp(&area(&y.0)))?;
        Some((b.min.1, b.min.0, b.max.1, b.max.0))
    }

    /// Number of countries with an outline.
    pub fn country_count(&self) -> usize {
        self.countries.len()
    }
}

fn parse(text: &str) -> Result<Borders, GeoError> {
    let mut transform = None;
    let mut arcs: Vec<Vec<Point>> = Vec::new();
    let mut countries = Vec::new();
    let mut users: Vec<Vec<usize>> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let error = |message: &str| GeoError::Format {
            file: "borders.tsv",
            line: n + 1,
            message: message.to_string(),
        };
        let mut fields = line.split('\t');
        match fields.next() {
            Some("T") => {
                let v: Vec<f64> = fields.filter_map(|f| f.parse().ok()).collect();
                let [sx, sy, tx, ty] = v[..] else {
                    return Err(error("bad transform"));
                };
                transform = Some((sx, sy, tx, ty));
            }
            Some("A") => {
                let (sx, sy, tx, ty) = transform.ok_or_else(|| error("arc before transform"))?;
                let (mut x, mut y) = (0i64, 0i64);
                let mut points = Vec::new();
                for pair in fields.next().unwrap_or("").split(' ') {
                    let (dx, dy) = pair.split_once(',').ok_or_else(|| error("bad arc"))?;
                    x += dx.parse::<i64>().map_err(|_| error("bad arc"))?;
                    y += dy.parse::<i64>().map_err(|_| error("bad arc"))?;
                    points.push((x as f64 * sx + tx, y as f64 * sy + ty));
                }
                arcs.push(points);
                users.push(Vec::new());
            }
            Some("C") => {
                let code = fields.next().unwrap_or("");
                let code: [u8; 3] = code.as_bytes().try_into().map_err(|_| error("bad code"))?;
                let index = countries.len();
                let mut rings = Vec::new();
                for ring in fields.next().unwrap_or("").split([';', '|']) {
                    let mut points: Vec<Point> = Vec::new();
                    for r in ring.split(' ') {
                        let r: i64 = r.parse().map_err(|_| error("bad arc reference"))?;
                        let a = if r >= 0 { r } else { !r } as usize;
                        let arc = arcs.get(a).ok_or_else(|| error("unknown arc"))?;
                        users[a].push(index);
                        let skip = usize::from(!points.is_empty());
                        if r >= 0 {
                            points.extend(arc.iter().skip(skip));
                        } else {
                            points.extend(arc.iter().rev().skip(skip));
                        }
                    }
                    rings.push((BBox::of(&points), points));
                }
                let bbox = rings
                    .iter()
                    .map(|r| r.0)
                    .reduce(BBox::union)
                    .ok_or_else(|| error("no rings"))?;
                countries.push(Country { code, bbox, rings });
            }
            _ => return Err(error("unknown record")),
        }
    }
    let mut chunks = Vec::new();
    for (arc, users) in arcs.iter().zip(&mut users) {
        users.sort_unstable();
        users.dedup();
        if users.len() < 2 {
            continue;
        }
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
    Ok(Borders { countries, chunks })
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
}
