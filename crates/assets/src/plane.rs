//! Shapes in the core's local plane (kilometres east and north of the grid's origin), where
//! areas agree with the core's cell areas. Each keeps its bounding box and area, so that most
//! pairs that cannot overlap are skipped without an intersection.

use geo::{Area, BooleanOps, BoundingRect, Coord, LineString, MultiPolygon, Polygon, Rect};
use gz_core::geo::grid::Grid;

use crate::features::PolygonLonLat;

/// A polygonal region of the plane.
#[derive(Clone, Debug)]
pub struct Shape {
    pub region: MultiPolygon<f64>,
    bounds: Option<Rect<f64>>,
    pub area_km2: f64,
}

impl Shape {
    #[must_use]
    pub fn new(region: MultiPolygon<f64>) -> Self {
        Self {
            bounds: region.bounding_rect(),
            area_km2: region.unsigned_area(),
            region,
        }
    }

    /// `polygons` in `[lon, lat]` taken to the plane of `grid`.
    #[must_use]
    pub fn from_lonlat(grid: &Grid, polygons: &[PolygonLonLat]) -> Self {
        let ring = |ring: &[[f64; 2]]| -> LineString<f64> {
            ring.iter()
                .map(|&p| {
                    let [x, y] = grid.projection.plane_from_lonlat(p);
                    Coord { x, y }
                })
                .collect()
        };
        let polygons = polygons
            .iter()
            .filter_map(|rings| {
                let (exterior, holes) = rings.split_first()?;
                Some(Polygon::new(
                    ring(exterior),
                    holes.iter().map(|h| ring(h)).collect(),
                ))
            })
            .collect();
        Self::new(MultiPolygon(polygons))
    }

    /// The land of one cell: its outline rings, which do not overlap one another.
    #[must_use]
    pub fn cell_land(grid: &Grid, cell: usize) -> Self {
        let rings: Vec<PolygonLonLat> = grid.cells[cell]
            .outline_lonlat
            .iter()
            .map(|ring| vec![ring.clone()])
            .collect();
        Self::from_lonlat(grid, &rings)
    }

    /// Whether the bounding boxes meet; `false` means the shapes cannot overlap.
    #[must_use]
    pub fn may_overlap(&self, other: &Self) -> bool {
        match (self.bounds, other.bounds) {
            (Some(a), Some(b)) => {
                a.min().x <= b.max().x
                    && b.min().x <= a.max().x
                    && a.min().y <= b.max().y
                    && b.min().y <= a.max().y
            }
            _ => false,
        }
    }

    /// The common part, or `None` when the bounding boxes already rule one out or it has no area.
    #[must_use]
    pub fn intersection(&self, other: &Self) -> Option<Self> {
        if !self.may_overlap(other) {
            return None;
        }
        let common = Self::new(self.region.intersection(&other.region));
        (common.area_km2 > 0.0).then_some(common)
    }

    /// The area of the common part (0 when there is none).
    #[must_use]
    pub fn overlap_km2(&self, other: &Self) -> f64 {
        self.intersection(other).map_or(0.0, |c| c.area_km2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_land_has_the_area_the_core_gives_the_cell() {
        let grid = Grid::strip();
        let everywhere = Shape::new(MultiPolygon(vec![Polygon::new(
            LineString::from(vec![
                (-100.0, -100.0),
                (100.0, -100.0),
                (100.0, 100.0),
                (-100.0, 100.0),
            ]),
            Vec::new(),
        )]));
        for (c, cell) in grid.cells.iter().enumerate() {
            let land = Shape::cell_land(grid, c);
            assert!((land.area_km2 - cell.area_km2).abs() < 1e-9, "cell {c}");
            // Through the polygon clipper too: bridges the core's clipping may leave add nothing.
            let clipped = land.overlap_km2(&everywhere);
            assert!(
                (clipped - cell.area_km2).abs() < 1e-6,
                "cell {c}: {clipped}"
            );
        }
    }

    #[test]
    fn shapes_far_apart_do_not_overlap() {
        let square = |x: f64| {
            Shape::new(MultiPolygon(vec![Polygon::new(
                LineString::from(vec![(x, 0.0), (x + 1.0, 0.0), (x + 1.0, 1.0), (x, 1.0)]),
                Vec::new(),
            )]))
        };
        assert!(square(0.0).intersection(&square(5.0)).is_none());
        assert!((square(0.0).overlap_km2(&square(0.5)) - 0.5).abs() < 1e-12);
    }
}
