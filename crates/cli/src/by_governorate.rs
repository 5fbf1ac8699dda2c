//! `gaza-zones run --by governorate`: a run's daily totals split into the five governorates,
//! added up from every cell's state so that the five rows of a day sum to the Strip's row.

use std::io::Write;
use std::ops::ControlFlow;

use gz_core::geo::Governorate;
use gz_core::model::{CellState, DayRecord, Mode, Plan, Reported, Zone};
use gz_core::report::{category_columns, category_values, csv_io, number};

/// One governorate's totals on one day.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Totals {
    /// Land in each zone (expected land in an expected-value run); by [`Zone::index`].
    pub area_km2: [f64; 4],
    /// People in the governorate's cells of each zone, at home plus sheltering.
    pub people: [f64; 4],
    /// Land behind the line.
    pub held_km2: f64,
    /// The gray part of it and the people there: the held category.
    pub held_gray_km2: f64,
    pub held_gray_people: f64,
    /// The governorate's residents away from home (wherever they shelter).
    pub displaced: f64,
    /// Displaced people (from anywhere) sheltering in the governorate.
    pub sheltering: f64,
}

impl Totals {
    fn add(&mut self, state: &CellState, area_km2: f64, residents: f64) {
        let here = state.at_home + state.sheltering;
        for z in 0..4 {
            self.area_km2[z] += state.zone_weights[z] * area_km2;
            self.people[z] += state.zone_weights[z] * here;
        }
        if state.held {
            let gray = state.zone_weights[Zone::Gray.index()];
            self.held_km2 += area_km2;
            self.held_gray_km2 += gray * area_km2;
            self.held_gray_people += gray * here;
        }
        self.displaced += (residents - state.at_home).max(0.0);
        self.sheltering += state.sheltering;
    }

    /// The totals by reporting category, split as the Strip's are.
    fn reported(&self) -> Reported {
        DayRecord {
            area_km2: self.area_km2,
            people: self.people,
            held_gray_km2: self.held_gray_km2,
            held_gray_people: self.held_gray_people,
            ..DayRecord::default()
        }
        .reported()
    }
}

/// The columns after the header: `day`, `governorate`, then the totals.
#[must_use]
pub fn columns() -> Vec<String> {
    let mut columns = vec!["day".to_owned(), "governorate".to_owned()];
    columns.extend(category_columns(""));
    columns.extend(["behind_line_km2", "displaced_pop", "sheltering_pop"].map(String::from));
    columns
}

/// Run 0 of `mode` and `seed` (the run `gaza-zones run` writes), five governorates a day,
/// `0..=horizon`, written as CSV rows after the caller's header.
pub fn write_days(
    out: &mut dyn Write,
    plan: &Plan<'_>,
    mode: Mode,
    seed: u64,
) -> std::io::Result<()> {
    let grid = plan.grid();
    let residents = plan.home_residents();
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(columns()).map_err(csv_io)?;
    let mut failure = None;
    plan.observe_cells(mode, seed, |day, states| {
        let mut totals = [Totals::default(); 5];
        for (c, state) in states.iter().enumerate() {
            let cell = &grid.cells[c];
            let home = residents.get(c).copied().unwrap_or_default();
            totals[cell.governorate.index()].add(state, cell.area_km2, home);
        }
        for g in Governorate::ALL {
            if let Err(e) = csv.write_record(row(day, g, &totals[g.index()])) {
                failure = Some(e);
                return ControlFlow::Break(());
            }
        }
        ControlFlow::Continue(())
    });
    if let Some(e) = failure {
        return Err(csv_io(e));
    }
    csv.flush()
}

fn row(day: u32, governorate: Governorate, t: &Totals) -> Vec<String> {
    let mut row = vec![day.to_string(), governorate.key().to_owned()];
    row.extend(category_values(&t.reported()));
    row.extend([t.held_km2, t.displaced, t.sheltering].map(number));
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_adds_its_land_and_people_by_its_zone_weights() {
        let mut t = Totals::default();
        let state = CellState {
            zone_weights: [0.5, 0.0, 0.25, 0.25],
            held: true,
            at_home: 10.0,
            sheltering: 30.0,
            habitable_share: None,
        };
        t.add(&state, 2.0, 50.0);
        assert_eq!(t.area_km2, [1.0, 0.0, 0.5, 0.5]);
        assert_eq!(t.people, [20.0, 0.0, 10.0, 10.0]);
        assert_eq!(t.held_km2, 2.0);
        assert_eq!(t.held_gray_km2, 0.5);
        assert_eq!(t.held_gray_people, 10.0);
        let r = t.reported();
        assert_eq!(r.area_km2, [1.0, 0.0, 0.0, 0.5, 0.5]);
        assert_eq!(r.people, [20.0, 0.0, 0.0, 10.0, 10.0]);
        assert_eq!(t.displaced, 40.0);
        assert_eq!(t.sheltering, 30.0);
        assert_eq!(row(3, Governorate::Rafah, &t).len(), columns().len());
    }
}
