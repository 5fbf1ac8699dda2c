//! Every cell's state on one day of one run, as `gaza-zones cells` reports it: the same rows
//! feed the CSV table and the GeoJSON features' properties, so the two cannot disagree.

use std::ops::ControlFlow;

use serde::Serialize;

use gz_core::geo::{Grid, Places};
use gz_core::model::{Mode, Plan, Zone};
use gz_core::report::number;

/// A cell's zone: the one it is in (a stochastic run), or its chance of each (expected value).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ZoneState {
    Drawn(Zone),
    Chances([f64; 4]),
}

/// One cell on the day shown. Field names are the CSV's column names and the GeoJSON's
/// property names.
#[derive(Clone, Debug, Serialize)]
pub struct CellRow {
    pub cell: usize,
    /// The governorate's key, as scenario files write it.
    pub governorate: &'static str,
    /// The OCHA municipality covering most of the cell ("" where none does).
    pub municipality: String,
    pub centre_lon: f64,
    pub centre_lat: f64,
    pub area_km2: f64,
    /// The people whose home the cell is, in the model version that ran.
    pub residents: f64,
    /// Model 2 on; `None` (empty, null) in model 1, which does not model homes.
    pub housing_units: Option<f64>,
    /// Share of the cell's homes that can be lived in on the day; model 2 on.
    pub homes_habitable: Option<f64>,
    /// Behind the line, or in the restricted zone beyond it.
    pub held: bool,
    /// In a stochastic run: the zone's key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<&'static str>,
    /// In an expected-value run: the chance of each zone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p_red: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p_green: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p_gray: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p_blue: Option<f64>,
    /// Residents of the cell living at home.
    pub people_at_home: f64,
    /// Displaced people (from anywhere) sheltering in the cell.
    pub people_sheltering: f64,
}

/// The columns of the CSV, in order, for a run in `mode`.
#[must_use]
pub fn columns(mode: Mode) -> Vec<&'static str> {
    let mut columns = vec![
        "cell",
        "governorate",
        "municipality",
        "centre_lon",
        "centre_lat",
        "area_km2",
        "residents",
        "housing_units",
        "homes_habitable",
        "held",
    ];
    match mode {
        Mode::Stochastic => columns.push("zone"),
        Mode::Expected => columns.extend(["p_red", "p_green", "p_gray", "p_blue"]),
    }
    columns.extend(["people_at_home", "people_sheltering"]);
    columns
}

impl CellRow {
    /// The CSV record, in the order of [`columns`]; numbers in full, as `run` writes them.
    #[must_use]
    pub fn record(&self) -> Vec<String> {
        let optional = |v: Option<f64>| v.map(number).unwrap_or_default();
        let mut row = vec![
            self.cell.to_string(),
            self.governorate.to_owned(),
            self.municipality.clone(),
            number(self.centre_lon),
            number(self.centre_lat),
            number(self.area_km2),
            number(self.residents),
            optional(self.housing_units),
            optional(self.homes_habitable),
            self.held.to_string(),
        ];
        if let Some(zone) = self.zone {
            row.push(zone.to_owned());
        }
        for p in [self.p_red, self.p_green, self.p_gray, self.p_blue]
            .into_iter()
            .flatten()
        {
            row.push(number(p));
        }
        row.push(number(self.people_at_home));
        row.push(number(self.people_sheltering));
        row
    }

    /// The zone columns of one state.
    fn set_zone(&mut self, state: ZoneState) {
        match state {
            ZoneState::Drawn(zone) => self.zone = Some(zone.key()),
            ZoneState::Chances(p) => {
                self.p_red = Some(p[Zone::Red.index()]);
                self.p_green = Some(p[Zone::Green.index()]);
                self.p_gray = Some(p[Zone::Gray.index()]);
                self.p_blue = Some(p[Zone::Blue.index()]);
            }
        }
    }
}

/// Runs `plan` (run 0 of `mode` and `seed`, the run `gaza-zones run` writes) up to `day` and
/// returns every cell's row on that day, in cell order. A `day` past the horizon gives no rows.
#[must_use]
pub fn cells_on_day(plan: &Plan<'_>, mode: Mode, seed: u64, day: u32) -> Vec<CellRow> {
    let mut rows = Vec::new();
    for_each_day(
        plan,
        mode,
        seed,
        |today| today >= day,
        |_, today_rows| {
            rows = today_rows;
            ControlFlow::Break(())
        },
    );
    rows
}

/// Runs `plan` as [`cells_on_day`] does and hands `each` every cell's rows, in cell order, on
/// each day `wanted` picks, in day order, until `each` breaks or the run ends. One run serves
/// every day: the rows of day `d` are the ones `cells_on_day(.., d)` returns.
pub fn for_each_day(
    plan: &Plan<'_>,
    mode: Mode,
    seed: u64,
    wanted: impl Fn(u32) -> bool,
    mut each: impl FnMut(u32, Vec<CellRow>) -> ControlFlow<()>,
) {
    let grid: &Grid = plan.grid();
    let places = Places::strip();
    let residents = plan.home_residents();
    let housing = plan.housing_units();
    plan.observe_cells(mode, seed, |today, states| {
        if !wanted(today) {
            return ControlFlow::Continue(());
        }
        let rows = states
            .iter()
            .enumerate()
            .map(|(c, state)| {
                let cell = &grid.cells[c];
                let zone = match mode {
                    Mode::Stochastic => ZoneState::Drawn(drawn_zone(state.zone_weights)),
                    Mode::Expected => ZoneState::Chances(state.zone_weights),
                };
                let mut row = CellRow {
                    cell: c,
                    governorate: cell.governorate.key(),
                    municipality: places
                        .cells
                        .get(c)
                        .map(|p| p.municipality.clone())
                        .unwrap_or_default(),
                    centre_lon: cell.centre_lonlat[0],
                    centre_lat: cell.centre_lonlat[1],
                    area_km2: cell.area_km2,
                    residents: residents.get(c).copied().unwrap_or_default(),
                    housing_units: housing.and_then(|h| h.get(c).copied()),
                    homes_habitable: state.habitable_share,
                    held: state.held,
                    zone: None,
                    p_red: None,
                    p_green: None,
                    p_gray: None,
                    p_blue: None,
                    people_at_home: state.at_home,
                    people_sheltering: state.sheltering,
                };
                row.set_zone(zone);
                row
            })
            .collect();
        each(today, rows)
    });
}

/// The zone a stochastic run's one-hot weights name.
fn drawn_zone(weights: [f64; 4]) -> Zone {
    Zone::ALL
        .into_iter()
        .max_by(|a, b| weights[a.index()].total_cmp(&weights[b.index()]))
        .unwrap_or(Zone::Red)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_record_has_a_value_for_every_column_in_both_modes() {
        let mut row = CellRow {
            cell: 3,
            governorate: "rafah",
            municipality: "Rafah".into(),
            centre_lon: 34.25,
            centre_lat: 31.28,
            area_km2: 1.0,
            residents: 10.0,
            housing_units: None,
            homes_habitable: Some(0.5),
            held: true,
            zone: None,
            p_red: None,
            p_green: None,
            p_gray: None,
            p_blue: None,
            people_at_home: 0.0,
            people_sheltering: 2.5,
        };
        let mut chances = row.clone();
        row.set_zone(ZoneState::Drawn(Zone::Gray));
        assert_eq!(row.record().len(), columns(Mode::Stochastic).len());
        assert_eq!(row.record()[10], "gray");
        assert_eq!(row.record()[7], "", "no housing units in model 1");
        chances.set_zone(ZoneState::Chances([0.1, 0.2, 0.3, 0.4]));
        let record = chances.record();
        assert_eq!(record.len(), columns(Mode::Expected).len());
        assert_eq!(record[10..14], ["0.1", "0.2", "0.3", "0.4"]);
    }

    #[test]
    fn the_geojson_properties_are_the_csv_columns() {
        let mut row = CellRow {
            cell: 0,
            governorate: "gaza",
            municipality: String::new(),
            centre_lon: 0.0,
            centre_lat: 0.0,
            area_km2: 0.0,
            residents: 0.0,
            housing_units: Some(1.0),
            homes_habitable: None,
            held: false,
            zone: None,
            p_red: None,
            p_green: None,
            p_gray: None,
            p_blue: None,
            people_at_home: 0.0,
            people_sheltering: 0.0,
        };
        for (mode, state) in [
            (Mode::Stochastic, ZoneState::Drawn(Zone::Blue)),
            (Mode::Expected, ZoneState::Chances([0.25; 4])),
        ] {
            let mut row = row.clone();
            row.set_zone(state);
            let value = serde_json::to_value(&row).expect("serialises");
            let keys: Vec<&str> = value
                .as_object()
                .expect("an object")
                .keys()
                .map(String::as_str)
                .collect();
            let mut expected = columns(mode);
            expected.sort_unstable();
            let mut keys = keys;
            keys.sort_unstable();
            assert_eq!(keys, expected);
        }
        row.set_zone(ZoneState::Drawn(Zone::Red));
        assert_eq!(row.zone, Some("red"));
    }
}
