//! Sensitivity, as a user meets it: the app's window opened by its shortcut, a tornado and a
//! sweep computed in the background, and their numbers checked against the command line's.
#![cfg(feature = "app")]

mod common;

use std::path::{Path, PathBuf};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gaza_zones::app::ZonesApp;
use gaza_zones::model::ensemble::quantile;
use gaza_zones::model::sensitivity::{Indicator, Lever, SweepRange, tornado_levers, tornado_runs};
use gaza_zones::model::{Category, Driver};

fn harness() -> Harness<'static, ZonesApp> {
    common::app_harness(ZonesApp::with_default_scenario)
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn open_window(h: &mut Harness<'_, ZonesApp>) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::T);
    h.run();
    assert!(h.state().sensitivity().open, "Ctrl+T opens the window");
}

/// Lets the app's sensitivity jobs end and takes their results in.
fn wait(h: &mut Harness<'_, ZonesApp>) {
    common::finish_jobs(h);
}

fn gaza_zones(args: &[&str]) -> String {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_gaza-zones"))
        .args(args)
        .output()
        .expect("runs");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).expect("utf-8")
}

#[test]
fn the_window_opens_from_its_shortcut_and_shows_a_tornado_of_every_driver_and_a_sweep() {
    let mut h = harness();
    open_window(&mut h);
    h.get_by_label("No tornado computed for this scenario yet.");
    h.get_by_label("Compute tornado").click();
    h.run();
    wait(&mut h);
    let scenario = h.state().scenario().clone();
    assert!(h.state().tornado().is_some());
    // Each bar is a row the screen reader (and this test) can read.
    for lever in tornado_levers(scenario.model) {
        h.get_by_label_contains(&format!("{}: at ", gz_i18n::names::lever(lever)));
    }
    // The stalled scenario's red land: disarmament clears some of it, troops deployed nowhere
    // change nothing, and zero swings sort last.
    let tornado = h.state().tornado().expect("computed");
    assert_eq!(
        h.state().sensitivity().indicator,
        Indicator::FinalAreaKm2(Category::Red)
    );
    let bars = tornado.bars(Indicator::FinalAreaKm2(Category::Red));
    let disarmament = bars
        .iter()
        .find(|b| b.lever == Lever::Driver(Driver::DisarmamentShare));
    let disarmament = disarmament.expect("a bar per driver");
    assert!(disarmament.swing > 10.0 && disarmament.at_max < disarmament.baseline);
    let troops = bars
        .iter()
        .position(|b| b.lever == Lever::Driver(Driver::ForceTroops));
    let troops = troops.expect("a bar per driver");
    assert_eq!(bars[troops].swing, 0.0);
    assert!(bars[troops..].iter().all(|b| b.swing == 0.0));

    h.get_by_label("Compute sweep").click();
    h.run();
    wait(&mut h);
    let sweep = h.state().sweep().expect("computed");
    assert_eq!(sweep.range.driver, Driver::DisarmamentShare);
    assert_eq!(sweep.values.len(), 11);
    h.get_by_label("Export sweep CSV…");

    // An edit makes both results out of date: they are no longer shown.
    let mut edited = scenario.clone();
    edited.start.aid_trucks_per_day = 300.0;
    h.state_mut().edit(edited);
    h.run();
    assert_eq!(
        h.get_all_by_label_contains("Out of date — recompute")
            .count(),
        2
    );
    assert!(h.state().tornado().is_none());
}

#[test]
fn cancel_stops_a_long_tornado_and_shows_nothing() {
    let mut h = harness();
    open_window(&mut h);
    h.state_mut().sensitivity_mut().runs = 5000;
    h.get_by_label("Compute tornado").click();
    h.run();
    // 17 points (the scenario and 8 drivers at both ends) for a file of model 1 or 2, 33 with
    // model 3's 8 judgement parameters.
    let total = tornado_runs(h.state().scenario().model, 5000);
    h.get_by_label_contains(&format!("of {total} runs"));
    h.get_by_label("Cancel").click();
    h.run();
    wait(&mut h);
    assert!(h.state().tornado().is_none());
    h.get_by_label("No tornado computed for this scenario yet.");
}

/// The CLI's per-run rows of one indicator, grouped by step.
fn cli_sweep_values(csv: &str, indicator: Indicator, horizon_days: u32) -> Vec<Vec<f64>> {
    let mut lines = csv.lines().filter(|l| !l.starts_with('#'));
    let columns: Vec<&str> = lines.next().expect("columns").split(',').collect();
    let at = columns
        .iter()
        .position(|c| *c == indicator.key())
        .expect("the indicator is a column");
    let mut steps: Vec<Vec<f64>> = Vec::new();
    for line in lines {
        let fields: Vec<&str> = line.split(',').collect();
        let step: usize = fields[0].parse().expect("step");
        let value = match fields[at] {
            // The CLI leaves "never" empty; the analysis counts it as the day after the horizon.
            "" => f64::from(horizon_days + 1),
            v => v.parse().expect("number"),
        };
        if steps.len() <= step {
            steps.resize_with(step + 1, Vec::new);
        }
        steps[step].push(value);
    }
    steps
}

#[test]
fn the_apps_sweep_gives_the_numbers_of_the_command_line() {
    let file = data("minimal.ron");
    let mut h = harness();
    h.state_mut().open_file(&file);
    h.run();
    open_window(&mut h);
    for runs in [1, 9] {
        let s = h.state_mut().sensitivity_mut();
        s.runs = runs;
        s.sweep_range = SweepRange {
            driver: Driver::HeldShare,
            from: 0.1,
            to: 0.9,
            steps: 4,
        };
        h.get_by_label("Compute sweep").click();
        h.run();
        wait(&mut h);
        let scenario = h.state().scenario().clone();
        let sweep = h.state().sweep().expect("computed").clone();
        let mut args = vec![
            "sweep".to_owned(),
            file.display().to_string(),
            "--driver".into(),
            "held_share".into(),
            "--from".into(),
            "0.1".into(),
            "--to".into(),
            "0.9".into(),
            "--steps".into(),
            "4".into(),
        ];
        if runs > 1 {
            args.extend(["--runs".into(), runs.to_string()]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let csv = gaza_zones(&args);
        for indicator in Indicator::ALL {
            let steps = cli_sweep_values(&csv, indicator, scenario.horizon_days);
            assert_eq!(steps.len(), 4);
            for ((mut values, (_, band)), step) in
                steps.into_iter().zip(sweep.series(indicator)).zip(0..)
            {
                assert_eq!(values.len() as u64, runs);
                values.sort_by(f64::total_cmp);
                let expected = [0.1, 0.5, 0.9].map(|q| quantile(&values, q));
                assert_eq!(
                    [band.p10, band.p50, band.p90],
                    expected,
                    "{indicator:?} at step {step} with {runs} runs"
                );
            }
        }
    }
}

#[test]
fn the_exported_tornado_is_the_table_the_command_line_writes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness();
    h.state_mut().open_file(&data("minimal.ron"));
    h.run();
    // Saved by the app, the file's text is the app's, so both headers carry the same hash.
    let file = dir.path().join("minimal.ron");
    h.state_mut().save_file(&file);
    h.run();
    open_window(&mut h);
    h.state_mut().sensitivity_mut().runs = 6;
    h.state_mut().sensitivity_mut().indicator = Indicator::PeakRedKm2;
    h.get_by_label("Compute tornado").click();
    h.run();
    wait(&mut h);
    let exported = dir.path().join("tornado.csv");
    h.state_mut().export_tornado_csv(&exported);
    let from_app = std::fs::read_to_string(&exported).expect("exported");
    let from_cli = gaza_zones(&[
        "tornado",
        &file.display().to_string(),
        "--indicator",
        "peak_red_km2",
        "--runs",
        "6",
    ]);
    assert_eq!(from_app, from_cli);
    assert!(from_app.contains("# tornado: peak_red_km2 (km²)"));
    assert_eq!(from_app.lines().filter(|l| !l.starts_with('#')).count(), 9);
}

#[test]
fn a_model_3_tornado_shows_each_judgement_parameter_as_one() {
    let mut h = harness();
    h.state_mut().open_file(&data("tornado_model3.ron"));
    h.run();
    open_window(&mut h);
    h.get_by_label("Each driver and judgement parameter across its range");
    h.get_by_label("Compute tornado").click();
    h.run();
    wait(&mut h);
    // The row says it is a parameter, with its plausible range and the scenario's value.
    h.get_by_label_contains("armed regrowth per day (parameter): at 0.004/day ");
    h.get_by_label_contains("; at 0.016/day ");
    h.get_by_label_contains("the scenario (0.008/day)");
    assert_eq!(
        h.get_all_by_label_contains("not a scenario input").count(),
        8
    );
    let tornado = h.state().tornado().expect("computed");
    let bars = tornado.bars(Indicator::FinalAreaKm2(Category::Red));
    let parameters = bars.iter().filter(|b| matches!(b.lever, Lever::Param(_)));
    assert_eq!(parameters.count(), 8);
}

#[test]
fn the_analysis_menu_opens_the_window_and_the_shortcut_closes_it() {
    let mut h = harness();
    h.get_by_label("Analysis").click();
    h.run();
    h.get_by_label_contains("Sensitivity…").click();
    h.run();
    assert!(h.state().sensitivity().open);
    h.get_by_label("Compute tornado");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::T);
    h.run();
    assert!(!h.state().sensitivity().open, "the shortcut toggles it");
    assert!(h.query_by_label("Compute tornado").is_none());
}
