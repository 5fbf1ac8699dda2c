//! The name of one cell of the grid, as the model's results, explanations and the app pass it.

use std::fmt;

use serde::Serialize;

/// A cell of [`super::Grid`], by its place in `Grid::cells`. The engine's loops index plain
/// vectors; this is what crosses the boundary, so that a cell is never mistaken for a day, a
/// count or a position in some other list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct CellId(pub u32);

impl CellId {
    /// The cell at `index` in `Grid::cells`; none past what a `u32` holds, far beyond any grid.
    #[must_use]
    pub fn from_index(index: usize) -> Option<Self> {
        u32::try_from(index).ok().map(Self)
    }

    /// Its place in `Grid::cells` and in every per-cell vector of a run.
    #[must_use]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The number alone, as messages and the app have always shown a cell.
impl fmt::Display for CellId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
