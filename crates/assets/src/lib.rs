//! Builds the project's derived per-cell assets from the reference data in `../shared/data`:
//!
//! - `assets/derived/cells.csv`: each cell's municipality (OCHA, CC BY) and the share of its
//!   land behind the IDF line of 19 Oct 2025 (a derived fact; the polygon itself never ships);
//! - `assets/derived/unosat/cells_homes.csv`: housing units, 2017 residents and damaged sites
//!   per cell, an adaptation of UNOSAT data under CC BY-SA 4.0 with its own NOTICE.md.
//!
//! # Method
//!
//! All polygon work is done in the core's local plane (`grid.projection.plane_from_lonlat`,
//! kilometres), so that areas agree with the core's cell areas; intersections are `geo`'s.
//! A cell's land is its `outline_lonlat` rings (the grid square clipped to the governorates).
//!
//! - `held_2025_10_19` = area(land ∩ line) / area(land).
//! - `municipality`: the OCHA municipality with the largest area on the cell's land; names the
//!   file repeats get the governorate and a number (see `municipalities::unique_names`).
//! - `housing_units`: Σ over hexes of count × area(hex ∩ land) / area(hex). Counts off every
//!   cell (sea, slivers) are dropped and reported.
//! - `residents_2017`: each census community goes to the municipality containing its point (the
//!   nearest one if none does; reported); a municipality's population is spread over its pieces
//!   (municipality ∩ cell land) by their housing units, or by area if it has none. A
//!   municipality with housing units but no counted community gets its units × the people per
//!   unit of its governorate's census municipalities. A community with a blank count (As Siafa)
//!   counts for nothing.
//! - `damage_sites`: each municipality's count spread over its pieces like the residents. The
//!   damage file's polygons are the municipality file's; they are matched by identical
//!   coordinates and name.
//! - A municipality's governorate is the one holding most of its area.
//!
//! Only this crate and its binary use polygon operations; the core, the app and the command
//! line read the CSVs.

mod census;
pub mod error;
mod features;
mod municipalities;
pub mod output;
mod overlay;
mod plane;
pub mod sources;
mod spread;
pub mod summary;
pub mod table;

use std::path::{Path, PathBuf};

use gz_core::geo::grid::Grid;

pub use error::AssetError;
pub use summary::Summary;
pub use table::CellRow;

/// The environment variable that names the reference folder.
pub const REFERENCE_ENV: &str = "GAZA_ZONES_REFERENCE";

/// The two files, relative to the `assets` folder.
pub const CELLS_FILE: &str = "derived/cells.csv";
pub const HOMES_FILE: &str = "derived/unosat/cells_homes.csv";

/// The workspace root this crate was built in (the bin writes into its `assets`).
#[must_use]
pub fn workspace_root() -> PathBuf {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    crate_dir
        .ancestors()
        .nth(2)
        .map_or_else(|| crate_dir.join("../.."), Path::to_path_buf)
}

/// The reference folder: `GAZA_ZONES_REFERENCE` if set, else `../shared/data` beside the
/// workspace.
#[must_use]
pub fn default_reference_dir() -> PathBuf {
    std::env::var_os(REFERENCE_ENV)
        .map_or_else(|| workspace_root().join("../shared/data"), PathBuf::from)
}

/// The built assets, in memory.
pub struct Built {
    pub rows: Vec<CellRow>,
    pub cells_csv: String,
    pub homes_csv: String,
    pub summary: Summary,
}

/// Reads the reference folder and builds both tables for [`Grid::strip`].
pub fn build(reference_dir: &Path) -> Result<Built, AssetError> {
    let grid = Grid::strip();
    let reference = sources::Reference::read(reference_dir)?;
    let municipalities = municipalities::municipalities(grid, &reference)?;
    let line = plane::Shape::from_lonlat(grid, &reference.idf_line);
    let hexes: Vec<overlay::Hex> = reference
        .hexes
        .iter()
        .map(|hex| overlay::Hex {
            housing_units: hex.housing_units,
            shape: plane::Shape::from_lonlat(grid, &hex.polygons),
        })
        .collect();
    let overlay = overlay::Overlay::new(grid, &line, &municipalities, &hexes);
    let placed = census::place(grid, &reference.communities, &municipalities);
    let population = census::population_by_municipality(&placed, municipalities.len());
    let spread = spread::spread(grid.len(), &overlay.pieces, &municipalities, &population);
    let rows = table::rows(grid, &municipalities, &overlay, &spread);
    let housing_units_in_source = reference.hexes.iter().map(|h| h.housing_units).sum();
    let summary = Summary::new(
        &rows,
        &municipalities,
        &placed,
        &overlay,
        &spread,
        housing_units_in_source,
    );
    Ok(Built {
        cells_csv: table::cells_csv(&rows),
        homes_csv: table::homes_csv(&rows),
        rows,
        summary,
    })
}
