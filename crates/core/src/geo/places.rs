//! What the reference data says about each cell: its municipality, how much of it the
//! published withdrawal line of 19 Oct 2025 held, its homes, its 2017 residents and the damage
//! to its buildings. Built by `gz-build-assets` (crates/assets) from ../shared/data/reference
//! and committed under assets/derived/; docs/MODEL.md §5.8–5.11 gives the method.

use std::sync::OnceLock;

use serde::Deserialize;

use super::governorate::Governorate;
use super::grid::Grid;

/// The line, the municipalities and the cells' areas (sources under CC BY, and the line as
/// derived fractions only).
pub const CELLS_CSV: &str = include_str!("../../../../assets/derived/cells.csv");
/// Homes, residents and damage (derived from UNOSAT data: CC BY-SA 4.0, see its NOTICE.md).
pub const HOMES_CSV: &str = include_str!("../../../../assets/derived/unosat/cells_homes.csv");

/// One cell's reference figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// The OCHA municipality covering most of the cell ("" where none does).
    pub municipality: String,
    /// Share of the cell's land inside the line the IDF published on 19 Oct 2025, 0–1.
    pub held_2025_10_19: f64,
    /// Housing units in the cell, from UNOSAT's housing hexagons of 11 Oct 2025.
    pub housing_units: f64,
    /// PCBS 2017 census population, spread over municipalities by housing units.
    pub residents_2017: f64,
    /// UNOSAT damage sites of 11 Oct 2025, spread over municipalities like the housing units.
    pub damage_sites: f64,
}

/// Every cell's reference figures, in the grid's order.
#[derive(Clone, Debug)]
pub struct Places {
    pub cells: Vec<Place>,
}

/// Why the derived assets do not fit the grid: a damaged checkout, or assets built from a
/// different grid (rebuild them with `cargo run -p gz-assets --bin gz-build-assets`).
#[derive(Debug, thiserror::Error)]
pub enum PlacesError {
    #[error("{file}: {source}")]
    Csv {
        file: &'static str,
        source: csv::Error,
    },
    #[error("{file}: {rows} rows for {cells} cells; rebuild the assets")]
    RowCount {
        file: &'static str,
        rows: usize,
        cells: usize,
    },
    #[error("{file}, row {row}: {what}; rebuild the assets")]
    Mismatch {
        file: &'static str,
        row: usize,
        what: String,
    },
}

#[derive(Deserialize)]
struct CellsRow {
    cell: usize,
    col: i64,
    row: i64,
    governorate: Governorate,
    municipality: String,
    area_km2: f64,
    held_2025_10_19: f64,
}

#[derive(Deserialize)]
struct HomesRow {
    cell: usize,
    housing_units: f64,
    residents_2017: f64,
    damage_sites: f64,
}

const CELLS_FILE: &str = "assets/derived/cells.csv";
const HOMES_FILE: &str = "assets/derived/unosat/cells_homes.csv";

impl Places {
    /// The bundled figures for the bundled grid, read once per process.
    ///
    /// # Panics
    /// Never in practice: the tests check the bundled assets against the grid, so an error
    /// here means the binary was built from a damaged checkout.
    pub fn strip() -> &'static Self {
        static PLACES: OnceLock<Places> = OnceLock::new();
        PLACES.get_or_init(|| {
            #[allow(clippy::expect_used)]
            Self::read(Grid::strip(), CELLS_CSV, HOMES_CSV)
                .expect("bundled cell assets match the bundled grid")
        })
    }

    /// Reads both files and checks them against `grid`, row by row.
    ///
    /// # Errors
    /// When a file is not the expected CSV, or a row does not match its cell.
    pub fn read(grid: &Grid, cells_csv: &str, homes_csv: &str) -> Result<Self, PlacesError> {
        let cells: Vec<CellsRow> = rows(CELLS_FILE, cells_csv)?;
        let homes: Vec<HomesRow> = rows(HOMES_FILE, homes_csv)?;
        for (file, n) in [(CELLS_FILE, cells.len()), (HOMES_FILE, homes.len())] {
            if n != grid.len() {
                return Err(PlacesError::RowCount {
                    file,
                    rows: n,
                    cells: grid.len(),
                });
            }
        }
        let mismatch = |file, row, what: String| PlacesError::Mismatch { file, row, what };
        let mut places = Vec::with_capacity(grid.len());
        for (i, ((c, h), cell)) in cells.into_iter().zip(homes).zip(&grid.cells).enumerate() {
            let row = i + 2;
            if c.cell != i || h.cell != i {
                return Err(mismatch(
                    CELLS_FILE,
                    row,
                    format!("cell {} out of order", c.cell),
                ));
            }
            if (c.col, c.row) != cell.square || c.governorate != cell.governorate {
                return Err(mismatch(
                    CELLS_FILE,
                    row,
                    format!("square ({}, {}) is not the grid's", c.col, c.row),
                ));
            }
            // The file keeps four decimals.
            if (c.area_km2 - cell.area_km2).abs() > 1e-3 {
                return Err(mismatch(
                    CELLS_FILE,
                    row,
                    format!(
                        "area {} km² is not the grid's {:.4}",
                        c.area_km2, cell.area_km2
                    ),
                ));
            }
            if !(0.0..=1.0).contains(&c.held_2025_10_19) {
                return Err(mismatch(CELLS_FILE, row, "held share outside 0–1".into()));
            }
            let counts_ok = [h.housing_units, h.residents_2017, h.damage_sites]
                .iter()
                .all(|v| v.is_finite() && *v >= 0.0);
            if !counts_ok {
                return Err(mismatch(
                    HOMES_FILE,
                    row,
                    "a count that is negative or not a number".into(),
                ));
            }
            places.push(Place {
                municipality: c.municipality,
                held_2025_10_19: c.held_2025_10_19,
                housing_units: h.housing_units,
                residents_2017: h.residents_2017,
                damage_sites: h.damage_sites,
            });
        }
        Ok(Self { cells: places })
    }
}

fn rows<T: for<'de> Deserialize<'de>>(
    file: &'static str,
    text: &str,
) -> Result<Vec<T>, PlacesError> {
    csv::Reader::from_reader(text.as_bytes())
        .deserialize()
        .collect::<Result<_, _>>()
        .map_err(|source| PlacesError::Csv { file, source })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_assets_fit_the_bundled_grid() {
        let places = Places::strip();
        assert_eq!(places.cells.len(), Grid::strip().len());
        let units: f64 = places.cells.iter().map(|p| p.housing_units).sum();
        // SOURCE.md: the hexagons hold 369,971 units; a little falls in the sea or slivers.
        assert!((units - 369_971.0).abs() / 369_971.0 < 0.01, "{units}");
    }

    #[test]
    fn a_short_or_shuffled_file_is_refused_with_its_row() {
        let grid = Grid::strip();
        let short: String = CELLS_CSV.lines().take(10).collect::<Vec<_>>().join("\n");
        let err = Places::read(grid, &short, HOMES_CSV).unwrap_err();
        assert!(err.to_string().contains("rows for"), "{err}");
        let mut lines: Vec<&str> = CELLS_CSV.lines().collect();
        lines.swap(3, 4);
        let err = Places::read(grid, &lines.join("\n"), HOMES_CSV).unwrap_err();
        assert!(err.to_string().contains("row 4"), "{err}");
    }
}
