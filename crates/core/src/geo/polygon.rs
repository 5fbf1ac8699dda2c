//! Plane polygon helpers in kilometres. The Strip is small enough (45 km) that a local
//! equirectangular projection keeps areas within a fraction of a percent of geodesic ones.

/// A point in a local plane, kilometres.
pub type PointKm = [f64; 2];

/// Signed shoelace area; positive for counter-clockwise rings.
#[must_use]
pub fn signed_area_km2(ring: &[PointKm]) -> f64 {
    if ring.len() < 3 {
        return 0.0;
    }
    let mut twice_area = 0.0;
    for (i, a) in ring.iter().enumerate() {
        let b = ring[(i + 1) % ring.len()];
        twice_area += a[0] * b[1] - b[0] * a[1];
    }
    twice_area / 2.0
}

/// Area-weighted centroid of a simple ring; falls back to the vertex mean for degenerate rings.
#[must_use]
pub fn centroid(ring: &[PointKm]) -> PointKm {
    let area = signed_area_km2(ring);
    if area.abs() < 1e-12 {
        let n = ring.len().max(1) as f64;
        let sum = ring
            .iter()
            .fold([0.0, 0.0], |s, p| [s[0] + p[0], s[1] + p[1]]);
        return [sum[0] / n, sum[1] / n];
    }
    let (mut cx, mut cy) = (0.0, 0.0);
    for (i, a) in ring.iter().enumerate() {
        let b = ring[(i + 1) % ring.len()];
        let cross = a[0] * b[1] - b[0] * a[1];
        cx += (a[0] + b[0]) * cross;
        cy += (a[1] + b[1]) * cross;
    }
    [cx / (6.0 * area), cy / (6.0 * area)]
}

/// The side of a line that a clip keeps; points on the line are kept.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum HalfPlane {
    XAtLeast(f64),
    XAtMost(f64),
    YAtLeast(f64),
    YAtMost(f64),
    /// The side of the line through `through` that `normal` points to.
    Facing {
        through: PointKm,
        normal: PointKm,
    },
}

impl HalfPlane {
    /// Positive inside, negative outside, zero on the line; a distance only when the normal
    /// has unit length, but only the sign and the ratio along one edge are used.
    fn side(self, p: PointKm) -> f64 {
        match self {
            Self::XAtLeast(x) => p[0] - x,
            Self::XAtMost(x) => x - p[0],
            Self::YAtLeast(y) => p[1] - y,
            Self::YAtMost(y) => y - p[1],
            Self::Facing { through, normal } => {
                (p[0] - through[0]) * normal[0] + (p[1] - through[1]) * normal[1]
            }
        }
    }

    /// Where the edge `a`–`b`, which crosses the line, meets it. An axis-aligned line gives its
    /// own coordinate exactly, so that the grid's squares share their edges bit for bit.
    fn intersect(self, a: PointKm, b: PointKm) -> PointKm {
        match self {
            Self::XAtLeast(x) | Self::XAtMost(x) => {
                let t = (x - a[0]) / (b[0] - a[0]);
                [x, a[1] + t * (b[1] - a[1])]
            }
            Self::YAtLeast(y) | Self::YAtMost(y) => {
                let t = (y - a[1]) / (b[1] - a[1]);
                [a[0] + t * (b[0] - a[0]), y]
            }
            Self::Facing { .. } => {
                let (sa, sb) = (self.side(a), self.side(b));
                let t = sa / (sa - sb);
                [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
            }
        }
    }
}

/// The part of `subject` in `plane` (Sutherland–Hodgman). `subject` lists each corner once (a
/// closed ring's repeated first point only adds a repeated corner). Only an edge that strictly
/// crosses the line adds a point, so a corner on the line appears once. Concave subjects may
/// leave zero-width bridges along the line; they add no area, which is all the grid needs.
#[must_use]
pub fn clip_half_plane(subject: &[PointKm], plane: HalfPlane) -> Vec<PointKm> {
    let mut out = Vec::with_capacity(subject.len() + 4);
    for (i, &current) in subject.iter().enumerate() {
        let previous = subject[(i + subject.len() - 1) % subject.len()];
        let (before, now) = (plane.side(previous), plane.side(current));
        if (before > 0.0 && now < 0.0) || (before < 0.0 && now > 0.0) {
            out.push(plane.intersect(previous, current));
        }
        if now >= 0.0 {
            out.push(current);
        }
    }
    out
}

/// `ring` without the repeated first point that closes it, if it has one.
#[must_use]
pub fn open_ring(ring: &[PointKm]) -> &[PointKm] {
    match ring {
        [first, rest @ .., last] if first == last => &ring[..=rest.len()],
        _ => ring,
    }
}

/// Clips a ring to the band `x_min <= x <= x_max`.
#[must_use]
pub fn clip_to_x_band(ring: &[PointKm], x_min: f64, x_max: f64) -> Vec<PointKm> {
    let left = clip_half_plane(ring, HalfPlane::XAtLeast(x_min));
    clip_half_plane(&left, HalfPlane::XAtMost(x_max))
}

/// Clips a ring to the band `y_min <= y <= y_max`.
#[must_use]
pub fn clip_to_y_band(ring: &[PointKm], y_min: f64, y_max: f64) -> Vec<PointKm> {
    let bottom = clip_half_plane(ring, HalfPlane::YAtLeast(y_min));
    clip_half_plane(&bottom, HalfPlane::YAtMost(y_max))
}

/// Whether `p` lies inside `ring` (even-odd rule).
#[must_use]
pub fn contains(ring: &[PointKm], p: PointKm) -> bool {
    let mut inside = false;
    let n = ring.len();
    for k in 0..n {
        let (a, b) = (ring[k], ring[(k + 1) % n]);
        if (a[1] > p[1]) != (b[1] > p[1]) {
            let x = a[0] + (p[1] - a[1]) / (b[1] - a[1]) * (b[0] - a[0]);
            if p[0] < x {
                inside = !inside;
            }
        }
    }
    inside
}

/// The pieces of the segment `a`–`b` that lie inside `ring`, which need not be convex.
#[must_use]
pub fn clip_segment(ring: &[PointKm], a: PointKm, b: PointKm) -> Vec<[PointKm; 2]> {
    let d = [b[0] - a[0], b[1] - a[1]];
    // Where the segment crosses the ring's edges, as fractions along it.
    let mut cuts = vec![0.0, 1.0];
    let n = ring.len();
    for k in 0..n {
        let (p, q) = (ring[k], ring[(k + 1) % n]);
        let e = [q[0] - p[0], q[1] - p[1]];
        let denom = d[0] * e[1] - d[1] * e[0];
        if denom.abs() < 1e-15 {
            continue;
        }
        let w = [p[0] - a[0], p[1] - a[1]];
        let t = (w[0] * e[1] - w[1] * e[0]) / denom;
        let u = (w[0] * d[1] - w[1] * d[0]) / denom;
        if (0.0..=1.0).contains(&t) && (0.0..=1.0).contains(&u) {
            cuts.push(t);
        }
    }
    cuts.sort_by(f64::total_cmp);
    let at = |t: f64| [a[0] + d[0] * t, a[1] + d[1] * t];
    cuts.windows(2)
        .filter(|w| w[1] - w[0] > 1e-9 && contains(ring, at(f64::midpoint(w[0], w[1]))))
        .map(|w| [at(w[0]), at(w[1])])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_square_area_and_centroid() {
        let square = [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]];
        assert!((signed_area_km2(&square) - 1.0).abs() < 1e-12);
        let c = centroid(&square);
        assert!((c[0] - 0.5).abs() < 1e-12 && (c[1] - 0.5).abs() < 1e-12);
    }

    #[test]
    fn clipping_a_triangle_keeps_the_right_area() {
        // Right triangle with legs 2: area 2. The part with x <= 1 has area 1.5.
        let triangle = [[0.0, 0.0], [2.0, 0.0], [0.0, 2.0]];
        let clipped = clip_to_x_band(&triangle, -5.0, 1.0);
        assert!((signed_area_km2(&clipped) - 1.5).abs() < 1e-12);
        let none = clip_to_y_band(&triangle, 3.0, 4.0);
        assert!(signed_area_km2(&none).abs() < 1e-12);
    }

    #[test]
    fn clipping_a_concave_ring_conserves_area_across_bands() {
        // A U shape: a 3x3 square less a 1x2 notch, area 7; cutting it into bands must not lose any.
        let u_shape = [
            [0.0, 0.0],
            [3.0, 0.0],
            [3.0, 3.0],
            [2.0, 3.0],
            [2.0, 1.0],
            [1.0, 1.0],
            [1.0, 3.0],
            [0.0, 3.0],
        ];
        let whole = signed_area_km2(&u_shape);
        let parts: f64 = (0..6)
            .map(|i| {
                let band = clip_to_y_band(&u_shape, f64::from(i) * 0.5, f64::from(i + 1) * 0.5);
                signed_area_km2(&band)
            })
            .sum();
        assert!((whole - 7.0).abs() < 1e-12);
        assert!((parts - whole).abs() < 1e-9);
    }

    #[test]
    fn a_slanted_line_halves_a_square_and_keeps_corners_on_it_once() {
        let square = [[0.0, 0.0], [2.0, 0.0], [2.0, 2.0], [0.0, 2.0]];
        // The diagonal from (2,0) to (0,2) runs through two corners.
        let low = HalfPlane::Facing {
            through: [1.0, 1.0],
            normal: [-1.0, -1.0],
        };
        let half = clip_half_plane(&square, low);
        assert_eq!(half, [[0.0, 0.0], [2.0, 0.0], [0.0, 2.0]]);
        assert!((signed_area_km2(&half) - 2.0).abs() < 1e-12);
        // A line off the corners adds the two points where it crosses.
        let left = HalfPlane::Facing {
            through: [0.5, 0.0],
            normal: [-2.0, 0.0],
        };
        let strip = clip_half_plane(&square, left);
        assert_eq!(strip.len(), 4, "{strip:?}");
        assert!((signed_area_km2(&strip) - 1.0).abs() < 1e-12);
        // A closed ring's repeated point is dropped before clipping.
        let closed = [[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [0.0, 0.0]];
        assert_eq!(open_ring(&closed).len(), 3);
        assert_eq!(open_ring(&square).len(), 4);
    }

    #[test]
    fn a_segment_is_cut_where_it_leaves_a_concave_ring() {
        // A U shape: the segment along y = 1.5 crosses both arms and the gap between them.
        let u = [
            [0.0, 0.0],
            [3.0, 0.0],
            [3.0, 2.0],
            [2.0, 2.0],
            [2.0, 1.0],
            [1.0, 1.0],
            [1.0, 2.0],
            [0.0, 2.0],
        ];
        let pieces = clip_segment(&u, [-1.0, 1.5], [4.0, 1.5]);
        assert_eq!(pieces.len(), 2);
        assert!((pieces[0][0][0] - 0.0).abs() < 1e-12 && (pieces[0][1][0] - 1.0).abs() < 1e-12);
        assert!((pieces[1][0][0] - 2.0).abs() < 1e-12 && (pieces[1][1][0] - 3.0).abs() < 1e-12);
        assert!(clip_segment(&u, [5.0, 5.0], [6.0, 6.0]).is_empty());
        assert_eq!(clip_segment(&u, [0.5, 0.5], [2.5, 0.5]).len(), 1);
    }
}
