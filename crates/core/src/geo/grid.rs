//! The Strip cut into square cells of about 1 km², aligned with the Strip's long axis.
//!
//! Each cell is the part of one grid square that lies inside the Strip. Squares with only a
//! sliver of land are folded into their largest neighbour so that no cell is tiny, and the
//! cells' areas add up to the boundary data's area exactly (up to rounding).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::cell_id::CellId;
use super::governorate::{
    BoundaryError, GOVERNORATES_GEOJSON, Governorate, GovernorateBoundary, parse_boundaries,
};
use super::polygon::{PointKm, centroid, clip_to_x_band, clip_to_y_band, signed_area_km2};
use super::projection::Projection;

/// Side of a grid square. 1 km gives about 400 cells: fine enough to show the withdrawal line
/// and a haven the size of al-Mawasi, coarse enough for a 730-day run in a few milliseconds.
pub const DEFAULT_CELL_KM: f64 = 1.0;

/// Land squares smaller than this are folded into a neighbour.
const SLIVER_KM2: f64 = 0.15;

/// One cell of the model.
#[derive(Clone, Debug)]
pub struct Cell {
    pub governorate: Governorate,
    pub area_km2: f64,
    pub centre_lonlat: [f64; 2],
    /// Distance from the eastern land border across the Strip, measured from the easternmost
    /// land of the cell's grid column; the withdrawal line is placed by it.
    pub depth_from_east_km: f64,
    /// The cell's land, as one or more rings of `[lon, lat]`, for drawing.
    pub outline_lonlat: Vec<Vec<[f64; 2]>>,
    /// The grid square the cell is built on (column along the Strip, row across it).
    pub square: (i64, i64),
}

/// The cells, their neighbours, and the governorate boundaries they came from.
#[derive(Clone, Debug)]
pub struct Grid {
    pub cells: Vec<Cell>,
    /// Neighbours of cell `c` are `neighbours[neighbour_start[c]..neighbour_start[c + 1]]`.
    pub neighbour_start: Vec<u32>,
    pub neighbours: Vec<u32>,
    pub boundaries: Vec<GovernorateBoundary>,
    pub cell_km: f64,
    pub projection: Projection,
    /// Grid-frame kilometres of the corner of square (0, 0).
    pub origin_km: [f64; 2],
    /// Every square with land, and the cell it belongs to (slivers belong to a neighbour).
    square_to_cell: BTreeMap<SquareKey, u32>,
}

/// Grid square index: (column along the Strip, row across it).
type SquareKey = (i64, i64);

/// The squares making up each cell, and the cell of every square.
type Folding = (Vec<Vec<SquareKey>>, BTreeMap<SquareKey, usize>);

#[derive(Default)]
struct Square {
    pieces: Vec<(Governorate, f64, Vec<PointKm>)>,
}

impl Square {
    fn area_km2(&self) -> f64 {
        self.pieces.iter().map(|p| p.1).sum()
    }
}

impl Grid {
    /// The grid of the bundled boundaries at [`DEFAULT_CELL_KM`], built once per process.
    ///
    /// # Panics
    /// Never in practice: the bundled data is checked by the tests, so an error here means the
    /// binary was built from a damaged checkout.
    pub fn strip() -> &'static Self {
        static GRID: OnceLock<Grid> = OnceLock::new();
        GRID.get_or_init(|| {
            #[allow(clippy::expect_used)]
            Self::build(GOVERNORATES_GEOJSON, DEFAULT_CELL_KM)
                .expect("bundled governorate boundaries are valid")
        })
    }

    /// Builds a grid of `cell_km` squares over the boundaries in `geojson`.
    ///
    /// # Errors
    /// When the boundary data cannot be read.
    pub fn build(geojson: &str, cell_km: f64) -> Result<Self, BoundaryError> {
        let boundaries = parse_boundaries(geojson)?;
        let projection = strip_projection(&boundaries);
        let rings: Vec<(Governorate, Vec<PointKm>)> = boundaries
            .iter()
            .map(|b| {
                let ring = b
                    .ring_lonlat
                    .iter()
                    .map(|&p| projection.grid_from_lonlat(p))
                    .collect();
                (b.governorate, ring)
            })
            .collect();
        let (min, _) = bounds(rings.iter().flat_map(|(_, r)| r.iter()));
        let squares = cut_into_squares(&rings, min, cell_km);
        let (cells_squares, host_of) = fold_slivers(&squares);
        let cells = cells_squares
            .iter()
            .map(|members| make_cell(members, &squares, &projection))
            .collect::<Vec<_>>();
        let square_to_cell = host_of
            .iter()
            .map(|(&k, &c)| (k, u32::try_from(c).unwrap_or(u32::MAX)))
            .collect();
        let mut grid = Self {
            cells,
            neighbour_start: Vec::new(),
            neighbours: Vec::new(),
            boundaries,
            cell_km,
            projection,
            origin_km: min,
            square_to_cell,
        };
        grid.link_neighbours(&host_of);
        grid.measure_depth(&cells_squares, &squares);
        Ok(grid)
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.cells.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    #[must_use]
    pub fn neighbours_of(&self, cell: usize) -> &[u32] {
        let start = self.neighbour_start[cell] as usize;
        let end = self.neighbour_start[cell + 1] as usize;
        &self.neighbours[start..end]
    }

    #[must_use]
    pub fn total_area_km2(&self) -> f64 {
        self.cells.iter().map(|c| c.area_km2).sum()
    }

    #[must_use]
    pub fn governorate_area_km2(&self, governorate: Governorate) -> f64 {
        self.cells
            .iter()
            .filter(|c| c.governorate == governorate)
            .map(|c| c.area_km2)
            .sum()
    }

    /// The cell whose square contains `lonlat`, if that square has land.
    #[must_use]
    pub fn cell_at(&self, lonlat: [f64; 2]) -> Option<CellId> {
        let g = self.projection.grid_from_lonlat(lonlat);
        let i = libm::floor((g[0] - self.origin_km[0]) / self.cell_km) as i64;
        let j = libm::floor((g[1] - self.origin_km[1]) / self.cell_km) as i64;
        self.square_to_cell.get(&(i, j)).map(|&c| CellId(c))
    }

    /// The four corners of a grid square as `[lon, lat]`, counter-clockwise in the grid frame.
    #[must_use]
    pub fn square_corners_lonlat(&self, square: (i64, i64)) -> [[f64; 2]; 4] {
        let x0 = self.origin_km[0] + square.0 as f64 * self.cell_km;
        let y0 = self.origin_km[1] + square.1 as f64 * self.cell_km;
        let k = self.cell_km;
        [[x0, y0], [x0 + k, y0], [x0 + k, y0 + k], [x0, y0 + k]]
            .map(|p| self.projection.lonlat_from_grid(p))
    }

    /// The cell on a square, if the square has land.
    #[must_use]
    pub fn cell_of_square(&self, square: (i64, i64)) -> Option<usize> {
        self.square_to_cell.get(&square).map(|&c| c as usize)
    }

    /// Straight-line distance between two points, in the grid's local plane.
    #[must_use]
    pub fn distance_km(&self, a_lonlat: [f64; 2], b_lonlat: [f64; 2]) -> f64 {
        let a = self.projection.plane_from_lonlat(a_lonlat);
        let b = self.projection.plane_from_lonlat(b_lonlat);
        libm::hypot(a[0] - b[0], a[1] - b[1])
    }

    fn link_neighbours(&mut self, host_of: &BTreeMap<(i64, i64), usize>) {
        let mut sets: Vec<Vec<u32>> = vec![Vec::new(); self.cells.len()];
        for (&(i, j), &cell) in host_of {
            for di in -1..=1 {
                for dj in -1..=1 {
                    if let Some(&other) = host_of.get(&(i + di, j + dj))
                        && other != cell
                    {
                        sets[cell].push(u32::try_from(other).unwrap_or(u32::MAX));
                    }
                }
            }
        }
        self.neighbour_start.push(0);
        for mut set in sets {
            set.sort_unstable();
            set.dedup();
            self.neighbours.extend(set);
            self.neighbour_start
                .push(u32::try_from(self.neighbours.len()).unwrap_or(u32::MAX));
        }
    }

    /// Depth is measured across the Strip from the easternmost land of the cell's column, so
    /// that "the line runs 1.5–6.5 km in from the border" has a direct meaning on the grid.
    fn measure_depth(
        &mut self,
        cells_squares: &[Vec<(i64, i64)>],
        squares: &BTreeMap<(i64, i64), Square>,
    ) {
        let mut east_edge_by_column: BTreeMap<i64, f64> = BTreeMap::new();
        for (&(i, _), square) in squares {
            for (_, _, ring) in &square.pieces {
                for p in ring {
                    let edge = east_edge_by_column.entry(i).or_insert(f64::MIN);
                    *edge = edge.max(p[1]);
                }
            }
        }
        for (cell, members) in self.cells.iter_mut().zip(cells_squares) {
            let centre = self.projection.grid_from_lonlat(cell.centre_lonlat);
            let column = members[0].0;
            let edge = east_edge_by_column
                .get(&column)
                .copied()
                .unwrap_or(centre[1]);
            cell.depth_from_east_km = (edge - centre[1]).max(0.0);
        }
    }
}

/// Origin at the middle of the data; first axis along the Strip, found as the principal axis
/// of the boundary vertices so that the grid hugs the Strip's diagonal shape.
fn strip_projection(boundaries: &[GovernorateBoundary]) -> Projection {
    let (min, max) = bounds(boundaries.iter().flat_map(|b| b.ring_lonlat.iter()));
    let origin = [f64::midpoint(min[0], max[0]), f64::midpoint(min[1], max[1])];
    let flat = Projection::new(origin, 0.0);
    let points: Vec<PointKm> = boundaries
        .iter()
        .flat_map(|b| b.ring_lonlat.iter().map(|&p| flat.plane_from_lonlat(p)))
        .collect();
    let n = points.len().max(1) as f64;
    let mean = points
        .iter()
        .fold([0.0, 0.0], |s, p| [s[0] + p[0] / n, s[1] + p[1] / n]);
    let (mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0);
    for p in &points {
        let (dx, dy) = (p[0] - mean[0], p[1] - mean[1]);
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    let mut angle = 0.5 * libm::atan2(2.0 * sxy, sxx - syy);
    // Point the axis north-east whatever the eigen-solver's sign.
    if libm::cos(angle) < 0.0 {
        angle += std::f64::consts::PI;
    }
    Projection::new(origin, angle)
}

fn bounds<'a>(points: impl Iterator<Item = &'a [f64; 2]>) -> ([f64; 2], [f64; 2]) {
    points.fold(
        ([f64::MAX, f64::MAX], [f64::MIN, f64::MIN]),
        |(lo, hi), p| {
            (
                [lo[0].min(p[0]), lo[1].min(p[1])],
                [hi[0].max(p[0]), hi[1].max(p[1])],
            )
        },
    )
}

fn cut_into_squares(
    rings: &[(Governorate, Vec<PointKm>)],
    min: [f64; 2],
    cell_km: f64,
) -> BTreeMap<(i64, i64), Square> {
    let mut squares: BTreeMap<(i64, i64), Square> = BTreeMap::new();
    let index = |x: f64, lo: f64| libm::floor((x - lo) / cell_km) as i64;
    for (governorate, ring) in rings {
        let (lo, hi) = bounds(ring.iter());
        for i in index(lo[0], min[0])..=index(hi[0], min[0]) {
            let x0 = min[0] + i as f64 * cell_km;
            let column = clip_to_x_band(ring, x0, x0 + cell_km);
            if signed_area_km2(&column).abs() < 1e-9 {
                continue;
            }
            let (clo, chi) = bounds(column.iter());
            for j in index(clo[1], min[1])..=index(chi[1], min[1]) {
                let y0 = min[1] + j as f64 * cell_km;
                let piece = clip_to_y_band(&column, y0, y0 + cell_km);
                let area = signed_area_km2(&piece).abs();
                if area > 1e-9 {
                    squares
                        .entry((i, j))
                        .or_default()
                        .pieces
                        .push((*governorate, area, piece));
                }
            }
        }
    }
    squares
}

/// Groups squares into cells: every square of real size is a cell; a sliver joins the
/// largest square it touches (edge first, then corner). Returns each cell's squares and,
/// for every square, its cell.
fn fold_slivers(squares: &BTreeMap<(i64, i64), Square>) -> Folding {
    const EDGE_THEN_CORNER: [(i64, i64); 8] = [
        (0, 1),
        (0, -1),
        (1, 0),
        (-1, 0),
        (1, 1),
        (1, -1),
        (-1, 1),
        (-1, -1),
    ];
    let mut cells: Vec<Vec<(i64, i64)>> = Vec::new();
    let mut host_of: BTreeMap<(i64, i64), usize> = BTreeMap::new();
    for (&key, square) in squares {
        if square.area_km2() >= SLIVER_KM2 {
            host_of.insert(key, cells.len());
            cells.push(vec![key]);
        }
    }
    for (&key, square) in squares {
        if square.area_km2() >= SLIVER_KM2 {
            continue;
        }
        let pick = |offsets: &[(i64, i64)]| {
            offsets
                .iter()
                .map(|(di, dj)| (key.0 + di, key.1 + dj))
                .filter(|k| squares.get(k).is_some_and(|s| s.area_km2() >= SLIVER_KM2))
                .max_by(|a, b| squares[a].area_km2().total_cmp(&squares[b].area_km2()))
        };
        let host_key = pick(&EDGE_THEN_CORNER[..4]).or_else(|| pick(&EDGE_THEN_CORNER));
        if let Some(host_key) = host_key {
            let cell = host_of[&host_key];
            cells[cell].push(key);
            host_of.insert(key, cell);
        } else {
            host_of.insert(key, cells.len());
            cells.push(vec![key]);
        }
    }
    (cells, host_of)
}

fn make_cell(
    members: &[(i64, i64)],
    squares: &BTreeMap<(i64, i64), Square>,
    projection: &Projection,
) -> Cell {
    let mut area_by_governorate = [0.0_f64; 5];
    let mut weighted_centre = [0.0, 0.0];
    let mut outline_lonlat = Vec::new();
    for key in members {
        for (governorate, area, ring) in &squares[key].pieces {
            area_by_governorate[governorate.index()] += area;
            let c = centroid(ring);
            weighted_centre[0] += c[0] * area;
            weighted_centre[1] += c[1] * area;
            outline_lonlat.push(
                ring.iter()
                    .map(|&p| projection.lonlat_from_grid(p))
                    .collect(),
            );
        }
    }
    let area_km2: f64 = area_by_governorate.iter().sum();
    let governorate = Governorate::ALL
        .into_iter()
        .max_by(|a, b| area_by_governorate[a.index()].total_cmp(&area_by_governorate[b.index()]))
        .unwrap_or(Governorate::Gaza);
    let centre = [weighted_centre[0] / area_km2, weighted_centre[1] / area_km2];
    Cell {
        governorate,
        area_km2,
        centre_lonlat: projection.lonlat_from_grid(centre),
        depth_from_east_km: 0.0,
        outline_lonlat,
        square: members[0],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cover_the_strip_with_its_published_area() {
        let grid = Grid::strip();
        // SOURCE.md: 364.91 km² geodesic. The local projection may differ by a few tenths.
        let total = grid.total_area_km2();
        assert!((total - 364.91).abs() < 1.0, "total {total}");
        assert!(grid.len() > 300 && grid.len() < 600, "{} cells", grid.len());
        for cell in &grid.cells {
            assert!(cell.area_km2 >= SLIVER_KM2 * 0.5 && cell.area_km2 <= 2.0 * DEFAULT_CELL_KM);
        }
    }

    #[test]
    fn governorate_areas_match_the_source_within_a_few_percent() {
        let grid = Grid::strip();
        let published = [60.90, 74.58, 56.70, 109.59, 63.14];
        for (g, km2) in Governorate::ALL.into_iter().zip(published) {
            let area = grid.governorate_area_km2(g);
            assert!(
                (area - km2).abs() / km2 < 0.06,
                "{}: {area} vs {km2}",
                g.name()
            );
        }
    }

    #[test]
    fn neighbours_are_symmetric_and_local() {
        let grid = Grid::strip();
        for c in 0..grid.len() {
            let ns = grid.neighbours_of(c);
            assert!(!ns.is_empty(), "cell {c} has neighbours");
            for &n in ns {
                assert!(
                    grid.neighbours_of(n as usize)
                        .contains(&u32::try_from(c).unwrap())
                );
                let d = grid.distance_km(
                    grid.cells[c].centre_lonlat,
                    grid.cells[n as usize].centre_lonlat,
                );
                assert!(d < 3.0, "neighbours {c} and {n} are {d} km apart");
            }
        }
    }

    #[test]
    fn every_cell_is_found_at_its_centre() {
        let grid = Grid::strip();
        for (c, cell) in grid.cells.iter().enumerate() {
            let found = grid.cell_at(cell.centre_lonlat).expect("centre is on land");
            // A cell with folded-in slivers may have its centre just inside a sliver square,
            // which belongs to it too.
            assert_eq!(found.index(), c);
        }
        assert_eq!(
            grid.cell_at([34.0, 31.0]),
            None,
            "the sea off Egypt has no cell"
        );
    }

    #[test]
    fn depth_from_the_eastern_border_spans_the_strip_width() {
        let grid = Grid::strip();
        let max_depth = grid
            .cells
            .iter()
            .map(|c| c.depth_from_east_km)
            .fold(0.0, f64::max);
        // The Strip is 6 to 12 km wide.
        assert!((6.0..14.0).contains(&max_depth), "max depth {max_depth}");
    }
}
