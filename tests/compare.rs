//! Comparing scenarios in the app, driven as a user would (`egui_kittest)`: add from the menu,
//! the Compare timeline's key and indicators table, removing, pinning, broken files, the
//! difference map's counts, and the CSV export.
#![cfg(feature = "app")]

mod common;

use std::path::{Path, PathBuf};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gaza_zones::app::panels::summary::thousands;
use gaza_zones::app::views::timeline::TimelineMode;
use gaza_zones::app::{Notice, ZonesApp};
use gaza_zones::geo::Grid;
use gaza_zones::model::{Plan, Record, RunOutput};
use gaza_zones::scenario::{BUNDLED, Scenario};

const FULL: &str =
    "Full Phase II with an enforcing stabilisation force (historical baseline, Nov 2025)";

/// The app on the stalled baseline of November 2025: the comparisons below were written
/// against it (the full Phase II baseline differs from it by day 500).
fn harness() -> Harness<'static, ZonesApp> {
    common::app_harness(common::on_stalled_baseline)
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// A scenario's own run, made here rather than by the app, to check the app's numbers.
fn own_run(scenario: &Scenario) -> RunOutput {
    Plan::new(Grid::strip(), &scenario.inputs()).run(scenario.mode, scenario.seed, Record::Cells)
}

fn bundled(file_name: &str) -> Scenario {
    BUNDLED[common::bundled_index(file_name)]
        .load()
        .expect("bundled scenario")
}

fn add_full_phase_two_from_the_menu(h: &mut Harness<'_, ZonesApp>) {
    // The menu bar's "Compare" (the timeline has a "Compare" button too).
    h.get_all_by_label("Compare")
        .next()
        .expect("Compare menu")
        .click();
    h.run();
    h.get_by_label("Compare with a bundled scenario").hover();
    h.run();
    h.get_by_label(FULL).click();
    h.run();
}

#[test]
fn a_bundled_scenario_compared_from_the_menu_shows_its_curves_key_and_numbers() {
    let mut h = harness();
    add_full_phase_two_from_the_menu(&mut h);
    let compared = &h.state().comparison().compared;
    assert_eq!(compared.len(), 1);
    assert_eq!(compared[0].label, FULL);

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num5);
    h.run();
    assert_eq!(h.state().prefs.timeline, TimelineMode::Compare);
    // The key names both scenarios, and so do the table's column headings.
    let current = "Current: Stalled Phase II (historical baseline, Nov 2025)";
    assert_eq!(h.get_all_by_label(current).count(), 2);
    assert_eq!(h.get_all_by_label(FULL).count(), 2);

    // The app's run of the compared scenario is the scenario's own run, and the table shows
    // its indicators.
    let own = own_run(&bundled("full_phase_two.ron")).indicators();
    assert_eq!(h.state().comparison().compared[0].run.indicators(), own);
    assert_eq!(
        h.state().output().indicators(),
        own_run(&bundled("stalled_phase_two.ron")).indicators()
    );
    let day = own
        .first_day_blue_holds_half
        .expect("blue holds half in full Phase II");
    h.get_by_label(&format!("day {day}"));
    h.get_by_label(&thousands(own.people_returned));
    h.get_by_label(&format!("+{}", thousands(own.people_returned)));
    h.get_by_label(&format!(
        "{:.0} km²",
        own.final_area_km2[gaza_zones::model::Category::Blue.index()]
    ));
}

#[test]
fn removing_a_comparison_is_one_click_and_a_third_is_refused() {
    let mut h = harness();
    h.state_mut()
        .add_comparison_bundled(common::bundled_index("full_phase_two.ron"));
    h.state_mut()
        .add_comparison_bundled(common::bundled_index("collapse.ron"));
    h.state_mut()
        .set_compare_quantity(gaza_zones::app::compare::Quantity::AreaPerZone);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num5);
    h.run();
    assert_eq!(h.state().comparison().compared.len(), 2);

    h.state_mut()
        .add_comparison_bundled(common::bundled_index("aid_surge_without_disarmament.ron"));
    h.run();
    assert_eq!(h.state().comparison().compared.len(), 2, "two at most");
    assert!(matches!(h.state().notice(), Some(Notice::Error(t)) if t.contains("remove one")));

    h.get_by_label(&format!("Remove {FULL}")).click();
    h.run();
    let left: Vec<&str> = h
        .state()
        .comparison()
        .compared
        .iter()
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(
        left,
        ["Collapse after escalating violations (historical baseline, Nov 2025)"]
    );
}

#[test]
fn a_broken_comparison_file_changes_nothing_and_says_where_it_is_wrong() {
    let mut h = harness();
    h.state_mut()
        .add_comparison_bundled(common::bundled_index("full_phase_two.ron"));
    h.run();
    let scenario = h.state().scenario().clone();
    let compared_days = h.state().comparison().compared[0].run.days.clone();

    h.state_mut()
        .add_comparison_path(&data("unknown_driver.ron"));
    common::step_until_loaded(&mut h);
    match h.state().notice() {
        Some(Notice::Error(text)) => assert!(text.contains("unknown_driver.ron:11:9"), "{text}"),
        other => panic!("expected an error notice, got {other:?}"),
    }
    h.get_by_label_contains("did you mean \"aid_trucks_per_day\"?");
    assert_eq!(h.state().scenario(), &scenario);
    assert!(!h.state().document().is_dirty());
    let compared = &h.state().comparison().compared;
    assert_eq!(compared.len(), 1);
    assert_eq!(compared[0].label, FULL);
    assert_eq!(compared[0].run.days, compared_days);

    // A file that is not there at all: the same.
    h.state_mut().add_comparison_path(&data("no_such_file.ron"));
    common::step_until_loaded(&mut h);
    assert!(matches!(h.state().notice(), Some(Notice::Error(_))));
    assert_eq!(h.state().comparison().compared.len(), 1);
}

#[test]
fn the_difference_map_counts_nothing_against_itself_and_the_differing_cells_against_another() {
    let mut h = harness();
    h.state_mut().set_day(500);
    // Pin the scenario as it is: compared with itself, nothing differs.
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::P,
    );
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::D);
    h.run();
    h.run();
    let shown = h
        .state()
        .comparison()
        .shown_difference
        .clone()
        .expect("the difference map is drawn");
    assert_eq!(shown.cells_differing, 0);
    assert_eq!(shown.area_km2_differing, 0.0);

    // Against full Phase II, chosen above the map.
    h.state_mut()
        .add_comparison_bundled(common::bundled_index("full_phase_two.ron"));
    h.run();
    h.get_by_label("Full Phase II with an…").click();
    h.run();
    h.run();
    let shown = h
        .state()
        .comparison()
        .shown_difference
        .clone()
        .expect("the difference map is drawn");
    let (current, other) = (
        own_run(&bundled("stalled_phase_two.ron")),
        own_run(&bundled("full_phase_two.ron")),
    );
    let grid = Grid::strip();
    let (mut cells, mut area) = (0, 0.0);
    for (c, cell) in grid.cells.iter().enumerate() {
        if current.zone_of(500, c) != other.zone_of(500, c) {
            cells += 1;
            area += cell.area_km2;
        }
    }
    assert!(cells > 20, "the two differ by day 500: {cells}");
    assert_eq!(shown.cells_differing, cells);
    assert!((shown.area_km2_differing - area).abs() < 1e-9);

    // Back to the zones.
    h.get_by_label("Zones").click();
    h.run();
    assert!(h.state().comparison().shown_difference.is_none());
}

#[test]
fn a_pinned_scenario_stays_as_it_was_while_the_current_one_is_edited() {
    let mut h = harness();
    let before = h.state().scenario().clone();
    h.state_mut().pin_current();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::Slider, "Disarmament progress")
        .set_value_accesskit(0.8);
    h.run();
    let pinned = &h.state().comparison().compared[0];
    assert_eq!(pinned.scenario, before);
    assert!(pinned.label.ends_with("(pinned)"));
    assert_ne!(h.state().output().days, pinned.run.days);
}

/// A bundled scenario moved to another start date and cut to a shorter horizon.
fn shorter_later(dir: &Path) -> PathBuf {
    let mut s = bundled("full_phase_two.ron");
    "Shorter and later".clone_into(&mut s.meta.title);
    s.start_date = jiff::civil::date(2026, 3, 1);
    s.horizon_days = 300;
    s.events.retain(|e| e.day <= 300);
    let path = dir.join("shorter.ron");
    s.save(&path).expect("saved");
    path
}

#[test]
fn a_comparison_with_another_start_and_horizon_says_so_and_plots_to_its_own_end() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness();
    h.state_mut()
        .add_comparison_path(&shorter_later(dir.path()));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num5);
    h.run();
    assert_eq!(h.state().comparison().compared[0].run.days.len(), 301);
    h.get_by_label_contains("Start dates differ");
    h.get_by_label_contains("Horizons differ");
    h.get_by_label("2026-03-01");
    h.get_by_label("300 days");

    // Past its horizon there is nothing to compare on the map.
    h.state_mut().set_day(500);
    h.state_mut().show_difference_map(Some(0));
    h.run();
    let shown = h
        .state()
        .comparison()
        .shown_difference
        .clone()
        .expect("drawn");
    assert!(!shown.has_day());
}

#[test]
fn the_comparison_exports_as_one_long_csv_with_each_scenarios_provenance() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness();
    h.state_mut()
        .add_comparison_path(&shorter_later(dir.path()));
    h.state_mut()
        .add_comparison_bundled(common::bundled_index("collapse.ron"));
    h.run();
    let out = dir.path().join("comparison.csv");
    h.state_mut().export_comparison_to(&out);
    assert!(matches!(h.state().notice(), Some(Notice::Info(t)) if t.contains("Exported")));

    let text = std::fs::read_to_string(&out).expect("written");
    let comments: Vec<&str> = text.lines().filter(|l| l.starts_with('#')).collect();
    for title in [
        "Stalled Phase II (historical baseline, Nov 2025)",
        "Shorter and later",
        "Collapse after escalating violations (historical baseline, Nov 2025)",
    ] {
        assert!(
            comments.contains(&format!("# scenario: {title}").as_str()),
            "{comments:#?}"
        );
    }
    assert!(comments.iter().any(|l| l.contains("shorter.ron sha256:")));
    assert!(
        comments
            .iter()
            .any(|l| l.contains("(bundled) collapse.ron"))
    );

    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let count = |key: &str| rows.iter().filter(|r| &r[0] == key).count();
    assert_eq!(count("current"), 775);
    assert_eq!(count("compared_1"), 301);
    assert_eq!(count("compared_2"), 775);
    let first_later = rows.iter().find(|r| &r[0] == "compared_1").expect("row");
    assert_eq!((&first_later[1], &first_later[2]), ("0", "2026-03-01"));

    // A scenario's name is refused: a slip must not replace a scenario with a table.
    let scenario_file = dir.path().join("shorter.ron");
    let before = std::fs::read(&scenario_file).expect("read");
    h.state_mut().export_comparison_to(&scenario_file);
    assert!(matches!(h.state().notice(), Some(Notice::Error(_))));
    assert_eq!(std::fs::read(&scenario_file).expect("read"), before);
}
