//! Where the reference shapes meet the cells: the share of each cell's land behind the line,
//! the pieces that municipalities cut the cells into, and the housing hexes apportioned to
//! cells and to pieces by area of overlap.

use gz_core::geo::grid::Grid;

use crate::municipalities::Municipality;
use crate::plane::Shape;

/// A housing hex in the plane, with its count.
pub struct Hex {
    pub housing_units: f64,
    pub shape: Shape,
}

/// The part of one cell's land inside one municipality.
#[derive(Clone, Debug)]
pub struct Piece {
    pub municipality: usize,
    pub cell: usize,
    pub area_km2: f64,
    /// Housing units of the hexes over this piece, each hex counted by the share of its area
    /// that lies on the piece.
    pub housing_units: f64,
    shape: Shape,
}

/// The overlaps the tables are built from.
pub struct Overlay {
    /// Each cell's land as the core cut it (the grid square clipped to its governorates).
    pub lands: Vec<Shape>,
    /// Share of each cell's land inside the line, 0..1.
    pub held_share: Vec<f64>,
    pub pieces: Vec<Piece>,
    pub housing_by_cell: Vec<f64>,
}

impl Overlay {
    #[must_use]
    pub fn new(grid: &Grid, line: &Shape, municipalities: &[Municipality], hexes: &[Hex]) -> Self {
        let lands: Vec<Shape> = (0..grid.len())
            .map(|cell| Shape::cell_land(grid, cell))
            .collect();
        let held_share = lands
            .iter()
            .map(|land| {
                if land.area_km2 > 0.0 {
                    (land.overlap_km2(line) / land.area_km2).clamp(0.0, 1.0)
                } else {
                    0.0
                }
            })
            .collect();
        let mut pieces = cut_into_pieces(&lands, municipalities);
        for piece in &mut pieces {
            piece.housing_units = housing_on(&piece.shape, hexes);
        }
        let housing_by_cell = lands.iter().map(|land| housing_on(land, hexes)).collect();
        Self {
            lands,
            held_share,
            pieces,
            housing_by_cell,
        }
    }
}

fn cut_into_pieces(lands: &[Shape], municipalities: &[Municipality]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    for (m, municipality) in municipalities.iter().enumerate() {
        for (cell, land) in lands.iter().enumerate() {
            if let Some(shape) = land.intersection(&municipality.shape) {
                pieces.push(Piece {
                    municipality: m,
                    cell,
                    area_km2: shape.area_km2,
                    housing_units: 0.0,
                    shape,
                });
            }
        }
    }
    pieces
}

/// The hexes' housing units on `region`, each hex by the share of its area inside it.
fn housing_on(region: &Shape, hexes: &[Hex]) -> f64 {
    hexes
        .iter()
        .filter(|hex| hex.shape.area_km2 > 0.0)
        .map(|hex| hex.housing_units * region.overlap_km2(&hex.shape) / hex.shape.area_km2)
        .sum()
}
