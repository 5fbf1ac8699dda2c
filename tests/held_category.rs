//! The held gray land is reported as its own category (issue 12, point 3): it is taken out of
//! gray and nothing else, the model's numbers do not change, and format 1's gray column is
//! still the sum of format 2's gray and held columns, digit for digit.

use gaza_zones::geo::Grid;
use gaza_zones::model::{Category, Mode, ModelVersion, Plan, Record, RunOutput, Zone};
use gaza_zones::report::{day_columns, day_row, number};
use gaza_zones::scenario::{BUNDLED, Scenario};

fn v1(file_name: &str) -> Scenario {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/v1")
        .join(file_name);
    let s = Scenario::load(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.model, ModelVersion::V1, "{file_name} runs model 1");
    s
}

/// Every frozen version-1 file and every bundled scenario, by name.
fn scenarios() -> Vec<(String, Scenario)> {
    let mut all: Vec<(String, Scenario)> = [
        "bundled_full_phase_two.ron",
        "bundled_stalled_phase_two.ron",
        "bundled_collapse.ron",
        "bundled_partition.ron",
        "bundled_retrenchment.ron",
        "bundled_aid_surge_without_disarmament.ron",
    ]
    .iter()
    .map(|f| (format!("v1/{f}"), v1(f)))
    .collect();
    all.extend(BUNDLED.iter().map(|b| {
        let s = b.load().unwrap_or_else(|e| panic!("{e}"));
        (b.file_name.to_owned(), s)
    }));
    all
}

fn run(s: &Scenario, mode: Mode) -> RunOutput {
    Plan::new(Grid::strip(), &s.inputs()).run(mode, 7, Record::Cells)
}

#[test]
fn held_gray_land_is_the_gray_cells_behind_the_line_and_not_in_gray() {
    let grid = Grid::strip();
    for (name, s) in scenarios() {
        let out = run(&s, Mode::Stochastic);
        for (day, record) in out.days.iter().enumerate().step_by(29) {
            let (mut held, mut outside, mut held_people) = (0.0, 0.0, 0.0);
            for (c, cell) in grid.cells.iter().enumerate() {
                let zone = out.zone_of(day, c).expect("cells recorded");
                if zone != Zone::Gray {
                    continue;
                }
                let people = f64::from(out.people_in(day, c).expect("cells recorded"));
                if out.is_held(day, c) {
                    held += cell.area_km2;
                    held_people += people;
                } else {
                    outside += cell.area_km2;
                }
            }
            let r = record.reported();
            let at = format!("{name} day {day}");
            assert!((r.area(Category::Held) - held).abs() < 1e-6, "{at}");
            assert!((r.area(Category::Gray) - outside).abs() < 1e-6, "{at}");
            // People per cell are recorded in single precision.
            let tolerance = 1e-5 * record.people.iter().sum::<f64>();
            assert!(
                (r.people_in(Category::Held) - held_people).abs() < tolerance,
                "{at}"
            );
            // The other zones are as the model counts them.
            for zone in [Zone::Red, Zone::Green, Zone::Blue] {
                let category = Category::of_zone(zone);
                assert_eq!(r.area(category), record.area_km2[zone.index()], "{at}");
                assert_eq!(r.people_in(category), record.people[zone.index()], "{at}");
            }
        }
    }
}

#[test]
fn gray_plus_held_in_the_csv_is_format_1s_gray_digit_for_digit() {
    let columns = day_columns(false);
    let at = |name: &str| {
        columns
            .iter()
            .position(|c| c == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    let (gray_km2, held_km2) = (at("gray_km2"), at("held_km2"));
    let (gray_pop, held_pop) = (at("gray_pop"), at("held_pop"));
    let value = |row: &[String], i: usize| row[i].parse::<f64>().expect("a number");
    let mut days_seen = 0;
    for (name, s) in scenarios() {
        for mode in [Mode::Expected, Mode::Stochastic] {
            let out = Plan::new(Grid::strip(), &s.inputs()).run(mode, 7, Record::Totals);
            for (day, record) in out.days.iter().enumerate() {
                let row = day_row(None, day, record);
                let at = format!("{name} {mode:?} day {day}");
                // Format 1 wrote the model's gray: `number(area_km2[gray])`.
                let old_km2 = number(record.area_km2[Zone::Gray.index()]);
                let old_pop = number(record.people[Zone::Gray.index()]);
                let sum = |a: usize, b: usize| number(value(&row, a) + value(&row, b));
                assert_eq!(sum(gray_km2, held_km2), old_km2, "{at}");
                assert_eq!(sum(gray_pop, held_pop), old_pop, "{at}");
                assert!(value(&row, gray_km2) >= 0.0 && value(&row, held_km2) >= 0.0);
                days_seen += 1;
            }
        }
    }
    assert!(days_seen > 10_000, "{days_seen}");
}

#[test]
fn the_held_land_sits_between_gray_and_blue_and_the_five_add_up_to_the_strip() {
    let s = gaza_zones::scenario::default_scenario().expect("bundled");
    let out = run(&s, Mode::Expected);
    let total_km2 = Grid::strip().total_area_km2();
    for record in &out.days {
        let r = record.reported();
        let sum: f64 = r.area_km2.iter().sum();
        assert!((sum - total_km2).abs() < 1e-6, "{sum} vs {total_km2}");
        assert!(r.area(Category::Held) <= record.held_km2 + 1e-9);
    }
    // Today about two-thirds of the Strip is behind the line, almost all of it gray.
    let day0 = out.days[0].reported();
    assert!(day0.area(Category::Held) > 0.5 * total_km2);
}
