//! Export from the app as a researcher uses it: the window opens from the keyboard, the
//! choices stick, and what is written is what the command line writes for the same file.
#![cfg(feature = "app")]

mod common;

use std::path::{Path, PathBuf};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gaza_zones::app::ZonesApp;
use gaza_zones::app::export::{ExportError, ExportSettings, ExportWhat};

/// The app on the stalled baseline of November 2025: the comparison below counts the rows of
/// two scenarios with the same horizon.
fn harness() -> Harness<'static, ZonesApp> {
    common::app_harness(common::on_stalled_baseline)
}

/// A bundled scenario written by hand, as a researcher would: with a comment the app would not
/// write, so the file's hash differs from the hash of the app's own text.
fn saved_scenario(dir: &Path) -> PathBuf {
    let scenario = gaza_zones::scenario::BUNDLED
        .iter()
        .find(|b| b.file_name.contains("full_phase_two"))
        .expect("bundled")
        .load()
        .expect("loads");
    let path = dir.join("phase2.ron");
    let text = format!(
        "// My copy of Full Phase II, for chapter 3.\n{}",
        scenario.to_ron_string().expect("serialises")
    );
    std::fs::write(&path, text).expect("writes");
    path
}

fn cli(args: &[&str]) -> Vec<u8> {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_gaza-zones"))
        .args(args)
        .output()
        .expect("runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    o.stdout
}

fn export(h: &Harness<'_, ZonesApp>, what: ExportWhat, path: &Path) -> Result<(), ExportError> {
    let settings = ExportSettings {
        what,
        ..ExportSettings::default()
    };
    h.state().export_to(&settings, path)
}

#[test]
fn exported_tables_are_byte_for_byte_what_the_command_line_writes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = saved_scenario(dir.path());
    let file_arg = file.to_str().expect("utf-8");
    let mut h = harness();
    h.state_mut().open_file(&file);
    h.run();

    let days = dir.path().join("days.csv");
    export(&h, ExportWhat::DaysCsv, &days).expect("exports");
    assert_eq!(
        std::fs::read(&days).expect("written"),
        cli(&["run", file_arg])
    );

    // Without an ensemble there is nothing to summarise, and nothing is written.
    let spread = dir.path().join("spread.csv");
    assert!(matches!(
        export(&h, ExportWhat::SpreadCsv, &spread),
        Err(ExportError::NoEnsemble)
    ));
    assert!(!spread.exists());

    h.state_mut().start_ensemble(16);
    common::finish_jobs(&mut h);
    export(&h, ExportWhat::SpreadCsv, &spread).expect("exports");
    assert_eq!(
        std::fs::read(&spread).expect("written"),
        cli(&["run", file_arg, "--runs", "16", "--summary"])
    );
}

#[test]
fn an_edited_scenario_says_so_in_the_exported_header() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = saved_scenario(dir.path());
    let mut h = harness();
    h.state_mut().open_file(&file);
    let mut edited = h.state().scenario().clone();
    edited.seed += 1;
    h.state_mut().edit(edited);
    h.run();
    let days = dir.path().join("days.csv");
    export(&h, ExportWhat::DaysCsv, &days).expect("exports");
    let text = std::fs::read_to_string(&days).expect("written");
    let file_line = text.lines().nth(2).expect("header");
    assert!(file_line.contains("(with unsaved edits)"), "{file_line}");
}

#[test]
fn the_export_window_opens_from_the_keyboard_and_exports_what_is_chosen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness();
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::E,
    );
    h.run();
    h.get_by_label("Chart: land by zone over time").click();
    h.run();
    h.get_by_label("SVG (vector, for papers)").click();
    h.run();
    let settings = h.state().prefs.export;
    assert_eq!(settings.what, ExportWhat::Area);
    assert!(settings.svg);
    assert_eq!(
        h.state().suggested_export_name(&settings),
        "scenario-land.svg"
    );

    let svg = dir.path().join("land.svg");
    h.state().export_to(&settings, &svg).expect("exports");
    let text = std::fs::read_to_string(&svg).expect("written");
    assert!(text.contains("<title>Stalled Phase II"));
    assert!(text.contains("Land by zone"));

    // A map at 1280×720, twice as sharp.
    let png = dir.path().join("map.png");
    let map = ExportSettings {
        what: ExportWhat::Map,
        svg: false,
        width: 1280,
        height: 720,
        scale: 2.0,
    };
    h.state().export_to(&map, &png).expect("exports");
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&png).expect("written"),
    ));
    let reader = decoder.read_info().expect("a PNG");
    assert_eq!((reader.info().width, reader.info().height), (2560, 1440));
}

#[test]
fn exporting_into_a_folder_that_does_not_exist_fails_with_a_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let h = harness();
    let path = dir.path().join("missing").join("map.png");
    let err = export(&h, ExportWhat::Map, &path).expect_err("no such folder");
    assert!(err.to_string().contains("map.png"), "{err}");
}

#[test]
fn a_comparison_exports_as_a_figure_with_a_line_style_per_scenario_and_as_its_table() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness();
    let svg = dir.path().join("compared.svg");
    assert!(matches!(
        export(&h, ExportWhat::CompareChart, &svg),
        Err(ExportError::NoComparison)
    ));
    let full = gaza_zones::scenario::BUNDLED
        .iter()
        .position(|b| b.file_name.contains("full_phase_two"))
        .expect("bundled");
    h.state_mut().add_comparison_bundled(full);
    h.run();

    let settings = ExportSettings {
        what: ExportWhat::CompareChart,
        svg: true,
        ..ExportSettings::default()
    };
    h.state().export_to(&settings, &svg).expect("exports");
    let text = std::fs::read_to_string(&svg).expect("written");
    assert!(
        text.contains("current: Stalled Phase II"),
        "the current one is named"
    );
    assert!(text.contains("Full Phase II"), "and the compared one");
    assert!(text.contains("(dashed)"), "with its line style");

    let csv = dir.path().join("compared.csv");
    export(&h, ExportWhat::CompareCsv, &csv).expect("exports");
    let text = std::fs::read_to_string(&csv).expect("written");
    assert!(text.contains("# scenario: Stalled Phase II"));
    assert!(text.contains("# scenario: Full Phase II"));
    let rows = text.lines().filter(|l| !l.starts_with('#')).count();
    let days = h.state().output().days.len();
    assert_eq!(
        rows,
        1 + 2 * days,
        "a header row, then every day of both scenarios"
    );

    // An export never replaces a scenario file.
    let ron = dir.path().join("oops.ron");
    assert!(matches!(
        export(&h, ExportWhat::CompareCsv, &ron),
        Err(ExportError::ScenarioName(_))
    ));
    assert!(!ron.exists());
}

#[test]
fn the_sensitivity_windows_results_export_as_figures_and_as_their_tables() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = saved_scenario(dir.path());
    let mut h = harness();
    h.state_mut().open_file(&file);
    h.run();
    let svg = dir.path().join("tornado.svg");
    assert!(matches!(
        export(&h, ExportWhat::TornadoChart, &svg),
        Err(ExportError::NoTornado)
    ));
    let scenario = h.state().scenario().clone();
    let generation = h.state().generation();
    h.state_mut()
        .sensitivity_mut()
        .start_tornado(&scenario, generation);
    h.state_mut()
        .sensitivity_mut()
        .start_sweep(&scenario, generation);
    common::finish_jobs(&mut h);

    let settings = |what| ExportSettings {
        what,
        svg: true,
        ..ExportSettings::default()
    };
    h.state()
        .export_to(&settings(ExportWhat::TornadoChart), &svg)
        .expect("exports");
    let text = std::fs::read_to_string(&svg).expect("written");
    assert!(text.contains("Disarmament progress"), "drivers are named");
    assert!(
        text.contains("driver at the top of its range"),
        "the colours are explained"
    );

    let sweep = dir.path().join("sweep.svg");
    h.state()
        .export_to(&settings(ExportWhat::SweepChart), &sweep)
        .expect("exports");
    assert!(
        std::fs::read_to_string(&sweep)
            .expect("written")
            .contains("Red land on the last day (km²)"),
        "the indicator names the axis"
    );

    // The tornado's table is the one `gaza-zones tornado` writes for the same file.
    let tornado_csv = dir.path().join("tornado.csv");
    export(&h, ExportWhat::TornadoCsv, &tornado_csv).expect("exports");
    assert_eq!(
        std::fs::read(&tornado_csv).expect("written"),
        cli(&["tornado", file.to_str().expect("utf-8")])
    );
    let sweep_csv = dir.path().join("sweep.csv");
    export(&h, ExportWhat::SweepCsv, &sweep_csv).expect("exports");
    let text = std::fs::read_to_string(&sweep_csv).expect("written");
    assert!(
        text.lines().any(|l| l.starts_with("# sensitivity sweep:")),
        "{text:.400}"
    );
}

#[test]
fn a_figure_exported_from_the_app_is_the_figure_the_command_line_draws() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = saved_scenario(dir.path());
    let file_arg = file.to_str().expect("utf-8");
    let mut h = harness();
    h.state_mut().open_file(&file);
    h.run();
    h.state_mut().set_day(400);
    h.run();
    for (what, kind) in [(ExportWhat::Map, "map"), (ExportWhat::People, "people")] {
        let from_app = dir.path().join(format!("app-{kind}.png"));
        let settings = ExportSettings {
            what,
            svg: false,
            width: 1000,
            height: 600,
            scale: 1.0,
        };
        h.state().export_to(&settings, &from_app).expect("exports");
        let from_cli = dir.path().join(format!("cli-{kind}.png"));
        // The map's day is the day shown; a chart marks no day (the screen's cursor stays on
        // the screen), as the command line's chart without --day.
        let day: &[&str] = if kind == "map" {
            &["--day", "400"]
        } else {
            &[]
        };
        let mut args = vec!["figure", file_arg, "--kind", kind];
        args.extend_from_slice(day);
        args.extend_from_slice(&[
            "--size",
            "1000x600",
            "--out",
            from_cli.to_str().expect("utf-8"),
        ]);
        cli(&args);
        assert_eq!(
            std::fs::read(&from_app).expect("written"),
            std::fs::read(&from_cli).expect("written"),
            "{kind}"
        );
    }
}

#[test]
fn a_typed_path_exports_without_a_file_dialog_and_gets_its_extension() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness();
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::E,
    );
    h.run();
    let target = dir.path().join("map-for-slides");
    h.get_by_label("or save to").click();
    h.run();
    h.get_by_role(egui::accesskit::Role::TextInput)
        .type_text(target.to_str().expect("utf-8"));
    h.run();
    h.get_by_label("Export here").click();
    h.run();
    let written = dir.path().join("map-for-slides.png");
    assert!(written.exists(), "{:?}", h.state().notice());
    assert!(
        h.state().pending_guard().is_none() && !h.state().document().is_dirty(),
        "exporting changes nothing in the scenario"
    );
}

/// Opens the Export window from the keyboard and types `path` into "or save to".
fn type_export_path(h: &mut Harness<'_, ZonesApp>, path: &Path) {
    if h.query_by_label("Export here").is_none() {
        h.key_press_modifiers(
            egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
            egui::Key::E,
        );
        h.run();
    }
    common::type_into(h, "or save to", path.to_str().expect("utf-8"));
}

fn notice_text(h: &Harness<'_, ZonesApp>) -> String {
    match h.state().notice() {
        Some(gaza_zones::app::Notice::Info(t) | gaza_zones::app::Notice::Error(t)) => t.clone(),
        None => String::new(),
    }
}

const EARLIER: &[u8] = b"an earlier figure, not to be lost";

#[test]
fn a_typed_path_to_an_existing_file_asks_and_writes_only_after_replace() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("map.png");
    std::fs::write(&target, EARLIER).expect("an earlier file");
    let mut h = harness();
    type_export_path(&mut h, &target);
    h.get_by_label("Export here").click();
    h.run();
    let question = format!("{} exists. Replace it?", target.display());
    assert!(
        h.query_by_label(&question).is_some(),
        "the question is asked"
    );
    assert_eq!(
        std::fs::read(&target).expect("kept"),
        EARLIER,
        "nothing written yet"
    );

    // Cancel: the file stays as it was and the question goes.
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label(&question).is_none());
    assert_eq!(std::fs::read(&target).expect("kept"), EARLIER);

    // Asked again, Replace writes the figure over it.
    h.get_by_label("Export here").click();
    h.run();
    h.get_by_label("Replace").click();
    h.run();
    assert!(
        std::fs::read(&target)
            .expect("written")
            .starts_with(b"\x89PNG"),
        "{}",
        notice_text(&h)
    );
    assert_eq!(notice_text(&h), format!("Exported {}", target.display()));
}

#[test]
fn the_chosen_format_wins_and_the_name_is_changed_to_match_with_a_notice() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness();
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::E,
    );
    h.run();
    h.get_by_label("SVG (vector, for papers)").click();
    h.run();
    let typed = dir.path().join("x.png");
    type_export_path(&mut h, &typed);
    h.get_by_label("Export here").click();
    h.run();
    let svg = dir.path().join("x.svg");
    assert!(!typed.exists(), "no PNG-named file is written");
    let text = std::fs::read_to_string(&svg).expect("the SVG went to x.svg");
    assert!(text.contains("<svg"), "and it is an SVG");
    let notice = notice_text(&h);
    assert!(
        notice.contains(&svg.display().to_string())
            && notice.contains(&typed.display().to_string())
            && notice.contains("SVG"),
        "the notice says where it went and why: {notice}"
    );

    // A table to x.png goes to x.csv; the corrected name is checked too: x.csv is there
    // already, so it asks, and nothing is replaced silently.
    let csv = dir.path().join("x.csv");
    std::fs::write(&csv, EARLIER).expect("an earlier table");
    type_export_path(&mut h, &typed);
    h.get_by_label("Table (CSV): totals for every day").click();
    h.run();
    h.get_by_label("Export here").click();
    h.run();
    let question = format!("{} exists. Replace it?", csv.display());
    assert!(h.query_by_label(&question).is_some(), "asks about x.csv");
    assert_eq!(std::fs::read(&csv).expect("kept"), EARLIER);
    h.get_by_label("Replace").click();
    h.run();
    let table = std::fs::read_to_string(&csv).expect("written");
    assert!(
        table.starts_with('#'),
        "the CSV with its header: {table:.80}"
    );
    assert!(!typed.exists());
    assert!(notice_text(&h).contains("CSV"), "{}", notice_text(&h));

    // A name is never turned into a scenario's: "notes.ron" gets ".csv" after it.
    let ron = dir.path().join("notes.ron");
    type_export_path(&mut h, &ron);
    h.get_by_label("Export here").click();
    h.run();
    assert!(!ron.exists());
    assert!(
        dir.path().join("notes.ron.csv").exists(),
        "{}",
        notice_text(&h)
    );
}

#[test]
fn exported_charts_carry_no_day_cursor() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness();
    h.state_mut().set_day(123);
    h.run();
    let svg = dir.path().join("people.svg");
    let settings = ExportSettings {
        what: ExportWhat::People,
        svg: true,
        ..ExportSettings::default()
    };
    h.state().export_to(&settings, &svg).expect("exports");
    let text = std::fs::read_to_string(&svg).expect("written");
    assert!(
        !text.contains("day 123"),
        "the screen's day is not marked on the figure"
    );
    // Nor is it the figure of another day: the same export on another day is the same file.
    h.state_mut().set_day(400);
    h.run();
    let again = dir.path().join("again.svg");
    h.state().export_to(&settings, &again).expect("exports");
    assert_eq!(std::fs::read(&again).expect("written"), text.into_bytes());

    // A cell hovered on the map leaves no trace in the exported map.
    let map = ExportSettings {
        what: ExportWhat::Map,
        svg: true,
        ..ExportSettings::default()
    };
    let plain = dir.path().join("map.svg");
    h.state().export_to(&map, &plain).expect("exports");
    h.hover_at(egui::pos2(800.0, 400.0));
    h.run();
    let hovered = dir.path().join("map-hovered.svg");
    h.state().export_to(&map, &hovered).expect("exports");
    assert_eq!(
        std::fs::read(&plain).expect("written"),
        std::fs::read(&hovered).expect("written")
    );
}

#[test]
fn the_difference_map_exports_as_a_figure_naming_both_scenarios_and_the_day() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness();
    let svg = dir.path().join("difference.svg");
    let settings = ExportSettings {
        what: ExportWhat::DifferenceMap,
        svg: true,
        ..ExportSettings::default()
    };
    assert!(matches!(
        h.state().export_to(&settings, &svg),
        Err(ExportError::NoComparison)
    ));
    let full = common::bundled_index("full_phase_two.ron");
    h.state_mut().add_comparison_bundled(full);
    h.run();
    h.state_mut().set_day(500);
    h.run();
    assert_eq!(
        h.state().suggested_export_name(&settings),
        "scenario-difference-day500.svg"
    );
    h.state().export_to(&settings, &svg).expect("exports");
    let text = std::fs::read_to_string(&svg).expect("written");
    let desc = text
        .split("<desc>")
        .nth(1)
        .and_then(|d| d.split("</desc>").next())
        .expect("described");
    assert!(
        desc.contains("Stalled Phase II")
            && desc.contains("Full Phase II")
            && desc.contains("day 500"),
        "{desc}"
    );
    assert!(
        text.contains("differ on day 500"),
        "the legend counts the cells"
    );
    // The Export window offers it once there is something to compare.
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::E,
    );
    h.run();
    h.get_by_label("Map: where the compared scenario differs")
        .click();
    h.run();
    assert_eq!(h.state().prefs.export.what, ExportWhat::DifferenceMap);
}
