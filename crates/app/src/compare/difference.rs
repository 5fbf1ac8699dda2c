//! Where two runs disagree on a day: which cells are in a different (most likely) zone, and
//! how much land that is. Kept apart from the drawing so the counts can be tested.

use gz_core::geo::Grid;
use gz_core::model::RunOutput;

/// One cell's zone in both runs on a day: the figure's, so the screen and the export agree.
pub use gz_figure::CellPair;

/// How far two runs disagree on one day.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Disagreement {
    /// Per cell, both zones; empty when either run has no record of the day.
    pub cells: Vec<Option<CellPair>>,
    pub cells_differing: usize,
    pub area_km2_differing: f64,
}

impl Disagreement {
    /// Compares the two runs' cells on `day`. In expected-value runs a cell's zone is its most
    /// likely one, as in the cell counts of the map's hover card.
    #[must_use]
    pub fn on_day(grid: &Grid, current: &RunOutput, compared: &RunOutput, day: u32) -> Self {
        let mut out = Self {
            cells: gz_figure::cell_pairs(current, compared, day),
            ..Self::default()
        };
        for (pair, cell) in out.cells.iter().zip(&grid.cells) {
            if pair.is_some_and(CellPair::differs) {
                out.cells_differing += 1;
                out.area_km2_differing += cell.area_km2;
            }
        }
        out
    }

    /// Whether both runs had the day (a compared scenario may end earlier).
    #[must_use]
    pub fn has_day(&self) -> bool {
        self.cells.iter().any(Option::is_some)
    }

    /// "37 cells, 36.2 km², differ on day 400", for the legend and tests.
    #[must_use]
    pub fn summary(&self, day: u32) -> String {
        gz_i18n::tr!(
            "difference-summary",
            cells = self.cells_differing,
            km2 = format!("{:.1}", self.area_km2_differing),
            day = day
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::run_with_cells;
    use gz_core::scenario::{Bundled, Scenario};

    fn bundled(file_name: &str) -> Scenario {
        Bundled::named(file_name)
            .expect("bundled")
            .load()
            .expect("loads")
    }

    #[test]
    fn a_run_never_differs_from_itself() {
        let scenario = bundled("full_phase_two.ron");
        let run = run_with_cells(&scenario);
        let d = Disagreement::on_day(Grid::strip(), &run, &run, 400);
        assert!(d.has_day());
        assert_eq!(d.cells_differing, 0);
        assert_eq!(d.summary(400), "0 cells, 0.0 km², differ on day 400");
    }

    #[test]
    fn counts_are_the_cells_whose_zones_differ_and_their_land() {
        let grid = Grid::strip();
        let a = run_with_cells(&bundled("stalled_phase_two.ron"));
        let b = run_with_cells(&bundled("full_phase_two.ron"));
        let day = 500;
        let d = Disagreement::on_day(grid, &a, &b, day);
        let (mut cells, mut area) = (0, 0.0);
        for c in 0..grid.cells.len() {
            if a.zone_of(day as usize, c) != b.zone_of(day as usize, c) {
                cells += 1;
                area += grid.cells[c].area_km2;
            }
        }
        assert!(cells > 0, "stalled and full Phase II differ by day 500");
        assert_eq!(d.cells_differing, cells);
        assert!((d.area_km2_differing - area).abs() < 1e-9);
    }

    #[test]
    fn a_day_past_one_runs_horizon_has_nothing_to_compare() {
        let mut short = bundled("stalled_phase_two.ron");
        short.horizon_days = 100;
        let a = run_with_cells(&bundled("stalled_phase_two.ron"));
        let b = run_with_cells(&short);
        let d = Disagreement::on_day(Grid::strip(), &a, &b, 200);
        assert!(!d.has_day());
        assert_eq!(d.cells_differing, 0);
    }
}
