//! The Strip's map geometry in plane kilometres (x east, y north): what the app's map and the
//! exported map figures both draw, prepared once from the grid.

use super::{Governorate, Grid, polygon};

/// Plane kilometres (x east, y north) of everything the map draws.
pub struct MapGeometry {
    /// Per cell: a triangle fan per ring (centre first, then the ring).
    pub cell_fans: Vec<Vec<Vec<[f64; 2]>>>,
    /// Per cell: the corners of its grid square.
    pub squares: Vec<[[f64; 2]; 4]>,
    /// Per cell: the diagonal hatching drawn over held land, clipped to the cell's land so
    /// that it stops at the coast and the border.
    pub hatches: Vec<Vec<[[f64; 2]; 2]>>,
    /// Withdrawal-line candidates: for each pair of edge-neighbouring cells, their shared edge.
    pub shared_edges: Vec<(usize, usize, [[f64; 2]; 2])>,
    pub borders: Vec<Vec<[f64; 2]>>,
    pub labels: Vec<(Governorate, [f64; 2])>,
    pub min: [f64; 2],
    pub max: [f64; 2],
}

impl MapGeometry {
    /// The geometry of [`Grid::strip`], built on first use.
    #[must_use]
    pub fn strip() -> &'static Self {
        static GEOMETRY: std::sync::OnceLock<MapGeometry> = std::sync::OnceLock::new();
        GEOMETRY.get_or_init(|| Self::new(Grid::strip()))
    }

    #[must_use]
    pub fn new(grid: &Grid) -> Self {
        let km = |p: [f64; 2]| grid.projection.plane_from_lonlat(p);
        // Each cell's land is a grid square cut by the boundary; the pieces are convex or
        // nearly so (coastline wiggles), so a fan from the ring's centre fills them; any
        // overlap is painted in the same colour and does not show.
        let cell_fans = grid
            .cells
            .iter()
            .map(|cell| {
                cell.outline_lonlat
                    .iter()
                    .map(|ring| {
                        let pts: Vec<[f64; 2]> = ring.iter().map(|&p| km(p)).collect();
                        let n = pts.len().max(1) as f64;
                        let c = pts
                            .iter()
                            .fold([0.0, 0.0], |s, p| [s[0] + p[0] / n, s[1] + p[1] / n]);
                        std::iter::once(c).chain(pts).collect()
                    })
                    .collect()
            })
            .collect();
        let squares = grid
            .cells
            .iter()
            .map(|cell| grid.square_corners_lonlat(cell.square).map(km))
            .collect();
        let hatches = grid
            .cells
            .iter()
            .zip(&squares)
            .map(|(cell, square)| {
                let rings: Vec<Vec<[f64; 2]>> = cell
                    .outline_lonlat
                    .iter()
                    .map(|ring| ring.iter().map(|&p| km(p)).collect())
                    .collect();
                hatch_lines(square)
                    .into_iter()
                    .flat_map(|[a, b]| {
                        rings
                            .iter()
                            .flat_map(move |ring| polygon::clip_segment(ring, a, b))
                    })
                    .collect()
            })
            .collect();
        let mut shared_edges = Vec::new();
        for (c, cell) in grid.cells.iter().enumerate() {
            let (i, j) = cell.square;
            let corners = grid.square_corners_lonlat(cell.square).map(km);
            // Right neighbour shares corners 1–2; upper neighbour shares corners 2–3.
            for ((di, dj), edge) in [
                ((1, 0), [corners[1], corners[2]]),
                ((0, 1), [corners[2], corners[3]]),
            ] {
                if let Some(other) = grid.cell_of_square((i + di, j + dj))
                    && other != c
                {
                    shared_edges.push((c, other, edge));
                }
            }
        }
        let borders = grid
            .boundaries
            .iter()
            .map(|b| b.ring_lonlat.iter().map(|&p| km(p)).collect())
            .collect();
        let labels = Governorate::ALL
            .iter()
            .map(|&g| {
                let (mut x, mut y, mut a) = (0.0, 0.0, 0.0);
                for cell in grid.cells.iter().filter(|c| c.governorate == g) {
                    let p = km(cell.centre_lonlat);
                    x += p[0] * cell.area_km2;
                    y += p[1] * cell.area_km2;
                    a += cell.area_km2;
                }
                (g, [x / a, y / a])
            })
            .collect();
        let all = grid
            .boundaries
            .iter()
            .flat_map(|b| b.ring_lonlat.iter().map(|&p| km(p)));
        let (min, max) = all.fold(([f64::MAX; 2], [f64::MIN; 2]), |(lo, hi), p| {
            (
                [lo[0].min(p[0]), lo[1].min(p[1])],
                [hi[0].max(p[0]), hi[1].max(p[1])],
            )
        });
        Self {
            cell_fans,
            squares,
            hatches,
            shared_edges,
            borders,
            labels,
            min,
            max,
        }
    }

    /// A cell's land cut in two along whichever diagonal of its grid square lies nearer the
    /// horizontal (north is up): per ring of land, its top (northern) half and its bottom
    /// (southern) half, open rings. The difference map, on screen and in figures, fills them
    /// with the two compared scenarios' zones.
    #[must_use]
    pub fn halves(&self, cell: usize) -> Vec<[Vec<[f64; 2]>; 2]> {
        let (Some(&[a, b, c, d]), Some(fans)) = (self.squares.get(cell), self.cell_fans.get(cell))
        else {
            return Vec::new();
        };
        let sub = |p: [f64; 2], q: [f64; 2]| [p[0] - q[0], p[1] - q[1]];
        let norm = |v: [f64; 2]| v[0].hypot(v[1]);
        let (ac, bd) = (sub(c, a), sub(d, b));
        // The diagonal whose direction is more nearly east-west.
        let along = if ac[0].abs() * norm(bd) >= bd[0].abs() * norm(ac) {
            ac
        } else {
            bd
        };
        // The normal that points south, to the bottom half.
        let south = if along[0] >= 0.0 {
            [along[1], -along[0]]
        } else {
            [-along[1], along[0]]
        };
        let north = [-south[0], -south[1]];
        fans.iter()
            .filter_map(|fan| {
                let (&centre, ring) = fan.split_first()?;
                let ring = polygon::open_ring(ring);
                let half = |normal| {
                    polygon::clip_half_plane(
                        ring,
                        polygon::HalfPlane::Facing {
                            through: centre,
                            normal,
                        },
                    )
                };
                Some([half(north), half(south)])
            })
            .collect()
    }
}

/// Seven parallel diagonals across a square, from one corner to the opposite side.
fn hatch_lines([a, b, c, d]: &[[f64; 2]; 4]) -> Vec<[[f64; 2]; 2]> {
    let lerp =
        |p: [f64; 2], q: [f64; 2], f: f64| [p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f];
    let mut lines = Vec::with_capacity(7);
    for k in 1..4 {
        let f = f64::from(k) / 4.0;
        lines.push([lerp(*a, *b, f), lerp(*a, *d, f)]);
        lines.push([lerp(*c, *b, f), lerp(*c, *d, f)]);
    }
    lines.push([*b, *d]);
    lines
}

/// The mean of a ring's vertices, where the difference map marks a half cell with its zone's
/// pattern (on screen and in figures); `None` for fewer than three vertices.
#[must_use]
pub fn vertex_mean(points: &[[f64; 2]]) -> Option<[f64; 2]> {
    if points.len() < 3 {
        return None;
    }
    let n = points.len() as f64;
    Some(
        points
            .iter()
            .fold([0.0, 0.0], |s, p| [s[0] + p[0] / n, s[1] + p[1] / n]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(ring: &[[f64; 2]]) -> f64 {
        let n = ring.len();
        (0..n)
            .map(|i| {
                let (p, q) = (ring[i], ring[(i + 1) % n]);
                p[0] * q[1] - q[0] * p[1]
            })
            .sum::<f64>()
            .abs()
            / 2.0
    }

    fn mean_y(ring: &[[f64; 2]]) -> f64 {
        ring.iter().map(|p| p[1]).sum::<f64>() / ring.len() as f64
    }

    #[test]
    fn a_cells_halves_are_its_land_split_north_from_south() {
        let geometry = MapGeometry::strip();
        for (c, fans) in geometry.cell_fans.iter().enumerate() {
            let halves = geometry.halves(c);
            assert_eq!(halves.len(), fans.len());
            for (fan, [top, bottom]) in fans.iter().zip(&halves) {
                let whole = area(polygon::open_ring(&fan[1..]));
                let parts = area(top) + area(bottom);
                assert!((whole - parts).abs() < 1e-9 * whole.max(1.0), "cell {c}");
                if area(top) > 0.05 * whole && area(bottom) > 0.05 * whole {
                    assert!(mean_y(top) > mean_y(bottom), "cell {c}: the top is north");
                }
            }
        }
    }
}
