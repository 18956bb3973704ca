//! Plane geometry on longitude/latitude: bounding boxes, ray casting and point-segment
//! distance.
//!
//! Distances use an equirectangular projection centred on the query point (x scaled by
//! the cosine of its latitude), which is accurate to a fraction of a percent over the
//! few hundred kilometres that matter for "how far from the border"; it is linear in
//! longitude and latitude, so the distance to a bounding box is a true lower bound for
//! everything inside it.

/// Kilometres per degree of latitude (mean Earth radius 6371 km).
pub(crate) const KM_PER_DEGREE: f64 = 111.195;

/// A point: longitude, latitude in degrees.
pub(crate) type Point = (f64, f64);

/// An axis-aligned box in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct BBox {
    pub min: Point,
    pub max: Point,
}

impl BBox {
    /// The box around `points` (an empty box for none).
    pub(crate) fn of(points: &[Point]) -> BBox {
        let mut b = BBox {
            min: (f64::INFINITY, f64::INFINITY),
            max: (f64::NEG_INFINITY, f64::NEG_INFINITY),
        };
        for &(x, y) in points {
            b.min = (b.min.0.min(x), b.min.1.min(y));
            b.max = (b.max.0.max(x), b.max.1.max(y));
        }
        b
    }

    /// The box around both.
    pub(crate) fn union(self, o: BBox) -> BBox {
        BBox {
            min: (self.min.0.min(o.min.0), self.min.1.min(o.min.1)),
            max: (self.max.0.max(o.max.0), self.max.1.max(o.max.1)),
        }
    }

    /// True when `p` is inside or on the box.
    pub(crate) fn contains(&self, p: Point) -> bool {
        p.0 >= self.min.0 && p.0 <= self.max.0 && p.1 >= self.min.1 && p.1 <= self.max.1
    }
}

/// Distances around one query point.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Projection {
    origin: Point,
    x_scale: f64,
}

impl Projection {
    /// A projection centred on `origin`.
    pub(crate) fn at(origin: Point) -> Projection {
        Projection {
            origin,
            x_scale: origin.1.to_radians().cos() * KM_PER_DEGREE,
        }
    }

    fn project(&self, p: Point) -> Point {
        (
            (p.0 - self.origin.0) * self.x_scale,
            (p.1 - self.origin.1) * KM_PER_DEGREE,
        )
    }

    /// Kilometres from the origin to the nearest point of a box (0 inside).
    pub(crate) fn box_km(&self, b: &BBox) -> f64 {
        let nearest = (
            self.origin.0.clamp(b.min.0, b.max.0),
            self.origin.1.clamp(b.min.1, b.max.1),
        );
        let (x, y) = self.project(nearest);
        x.hypot(y)
    }

    /// Kilometres from the origin to the segment `a`-`b`.
    pub(crate) fn segment_km(&self, a: Point, b: Point) -> f64 {
        let (ax, ay) = self.project(a);
        let (bx, by) = self.project(b);
        let (dx, dy) = (bx - ax, by - ay);
        let len2 = dx * dx + dy * dy;
        let t = if len2 > 0.0 {
            (-(ax * dx + ay * dy) / len2).clamp(0.0, 1.0)
        } else {
            0.0
        };
        (ax + t * dx).hypot(ay + t * dy)
    }
}

/// Great-circle distance in kilometres between two points in degrees.
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dl = (lon2 - lon1).to_radians();
    let a = ((p2 - p1) / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

/// Even-odd ray casting: true when a horizontal ray from `p` crosses the closed ring an
/// odd number of times.
pub(crate) fn ring_contains(ring: &[Point], p: Point) -> bool {
    let mut inside = false;
    let n = ring.len();
    if n < 3 {
        return false;
    }
    let mut j = n - 1;
    for i in 0..n {
        let (xi, yi) = ring[i];
        let (xj, yj) = ring[j];
        if (yi > p.1) != (yj > p.1) && p.0 < (xj - xi) * (p.1 - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    inside
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn square_contains_its_centre_not_outside() {
        let sq = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)];
        assert!(ring_contains(&sq, (1.0, 1.0)));
        assert!(!ring_contains(&sq, (3.0, 1.0)));
        assert!(!ring_contains(&sq, (1.0, -0.5)));
    }

    #[test]
    fn distances_are_in_kilometres() {
        let p = Projection::at((0.0, 0.0));
        let d = p.segment_km((1.0, -1.0), (1.0, 1.0));
        assert!((d - KM_PER_DEGREE).abs() < 1e-6);
        let b = BBox::of(&[(1.0, 1.0), (2.0, 2.0)]);
        assert!((p.box_km(&b) - KM_PER_DEGREE * 2f64.sqrt()).abs() < 1e-6);
        assert_eq!(Projection::at((1.5, 1.5)).box_km(&b), 0.0);
    }
}
