//! The cells as a GeoJSON FeatureCollection (RFC 7946): WGS 84 longitude and latitude, each
//! ring closed, exterior rings counter-clockwise (the right-hand rule), one feature per cell
//! with the CSV's columns as properties. The provenance travels as a foreign member, which
//! GeoJSON readers such as GDAL and QGIS ignore and keep.

use std::io::Write;

use serde::Serialize;

use super::cell_table::CellRow;
use super::dissolve::{Lattice, dissolve, twice_signed_area};
use gz_core::geo::Grid;
use gz_core::model::Mode;

/// Coordinates are kept to 1e-7 degrees (about a centimetre): finer digits describe nothing
/// in data digitised at metres, and only make the file larger.
const STEPS_PER_DEGREE: f64 = 1e7;

/// Rings enclosing less than this, in square lattice steps (about 0.01 m²), are clipping
/// leftovers with no land.
const EMPTY_RING_TWICE_AREA: i128 = 200;

/// What the file says about how it was made, beside the features.
#[derive(Debug, Serialize)]
pub struct About {
    /// The coordinates' reference system, said in words: RFC 7946 fixes it and dropped the
    /// `crs` member, so a reader that opens the file as text learns it here.
    pub coordinates: &'static str,
    /// The CSV header's lines without their `# `.
    pub provenance: Vec<String>,
    pub model: u32,
    /// `expected` or `stochastic`.
    pub mode: Mode,
    pub seed: u64,
    pub day: u32,
    /// The day's calendar date, `YYYY-MM-DD`.
    pub date: Option<String>,
}

#[derive(Serialize)]
struct FeatureCollection<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    gaza_zones: &'a About,
    features: Vec<Feature<'a>>,
}

#[derive(Serialize)]
struct Feature<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: usize,
    geometry: Geometry,
    properties: &'a CellRow,
}

/// A Polygon for a cell of one piece, a `MultiPolygon` for a cell in several parts.
#[derive(Debug, PartialEq, Serialize)]
#[serde(tag = "type", content = "coordinates")]
enum Geometry {
    Polygon(Vec<Vec<[f64; 2]>>),
    MultiPolygon(Vec<Vec<Vec<[f64; 2]>>>),
}

/// What [`About::coordinates`] says.
pub const COORDINATES: &str =
    "WGS 84 (EPSG:4326, OGC CRS84): longitude then latitude, in degrees (RFC 7946)";

/// Writes `rows` (one per cell of `grid`, in cell order) as a FeatureCollection.
pub fn write(
    out: &mut dyn Write,
    about: &About,
    grid: &Grid,
    rows: &[CellRow],
) -> std::io::Result<()> {
    let features = rows
        .iter()
        .filter_map(|row| {
            let cell = grid.cells.get(row.cell)?;
            Some(Feature {
                kind: "Feature",
                id: row.cell,
                geometry: geometry(&cell.outline_lonlat),
                properties: row,
            })
        })
        .collect();
    let collection = FeatureCollection {
        kind: "FeatureCollection",
        gaza_zones: about,
        features,
    };
    serde_json::to_writer(&mut *out, &collection).map_err(std::io::Error::from)?;
    writeln!(out)
}

/// The cell's outline: its pieces joined where they share edges, each part an exterior ring
/// without holes (cells have none).
fn geometry(outline_lonlat: &[Vec<[f64; 2]>]) -> Geometry {
    let pieces = outline_lonlat
        .iter()
        .filter_map(|r| on_lattice(r))
        .collect();
    let mut polygons: Vec<Vec<Vec<[f64; 2]>>> = dissolve(pieces)
        .into_iter()
        .map(|ring| vec![closed_lonlat(&ring)])
        .collect();
    if polygons.len() == 1 {
        Geometry::Polygon(polygons.remove(0))
    } else {
        Geometry::MultiPolygon(polygons)
    }
}

/// The ring on the lattice, without repeated points, counter-clockwise on the map and open;
/// `None` for a ring with no area.
fn on_lattice(ring: &[[f64; 2]]) -> Option<Vec<Lattice>> {
    let step = |v: f64| (v * STEPS_PER_DEGREE).round() as i64;
    let mut points: Vec<Lattice> = Vec::with_capacity(ring.len());
    for p in ring {
        let p = [step(p[0]), step(p[1])];
        if points.last() != Some(&p) {
            points.push(p);
        }
    }
    while points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    if points.len() < 3 {
        return None;
    }
    // Longitude east and latitude north: the sign is the turn as seen on a map.
    let area = twice_signed_area(&points);
    if area.abs() < EMPTY_RING_TWICE_AREA {
        return None;
    }
    if area < 0 {
        points.reverse();
    }
    Some(points)
}

/// Back to degrees, with the first point repeated at the end as GeoJSON requires.
fn closed_lonlat(ring: &[Lattice]) -> Vec<[f64; 2]> {
    let degrees = |p: &Lattice| {
        [
            p[0] as f64 / STEPS_PER_DEGREE,
            p[1] as f64 / STEPS_PER_DEGREE,
        ]
    };
    ring.iter().chain(ring.first()).map(degrees).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rings_come_out_closed_and_counter_clockwise() {
        let clockwise = [
            [34.40, 31.50],
            [34.41, 31.50],
            [34.41, 31.49],
            [34.40, 31.49],
        ];
        let Geometry::Polygon(rings) = geometry(&[clockwise.to_vec()]) else {
            panic!("one piece is a Polygon");
        };
        let ring = &rings[0];
        assert_eq!(ring.len(), 5);
        assert_eq!(ring.first(), ring.last());
        let mut counter_clockwise = clockwise.to_vec();
        counter_clockwise.reverse();
        assert_eq!(ring[..4], counter_clockwise);
        // Already closed and counter-clockwise: kept as it is.
        assert_eq!(
            geometry(std::slice::from_ref(ring)),
            Geometry::Polygon(vec![ring.clone()])
        );
    }

    #[test]
    fn pieces_sharing_an_edge_become_one_polygon_and_rings_without_area_go() {
        let west = vec![
            [34.40, 31.49],
            [34.41, 31.49],
            [34.41, 31.50],
            [34.40, 31.50],
        ];
        let east = vec![
            [34.41, 31.49],
            [34.42, 31.49],
            [34.42, 31.50],
            [34.41, 31.50],
        ];
        let line = vec![[34.40, 31.50], [34.41, 31.50], [34.40, 31.50]];
        let Geometry::Polygon(rings) = geometry(&[west, east, line]) else {
            panic!("joined into one Polygon");
        };
        assert_eq!(rings.len(), 1);
        assert!(matches!(geometry(&[]), Geometry::MultiPolygon(p) if p.is_empty()));
    }
}
