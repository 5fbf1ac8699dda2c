//! Geography: the governorate boundaries and the grid of cells built from them.

pub mod cell_id;
pub mod governorate;
pub mod grid;
pub mod outline;
pub mod places;
pub mod polygon;
pub mod projection;

pub use cell_id::CellId;
pub use governorate::Governorate;
pub use grid::{Cell, Grid};
pub use places::{Place, Places};
