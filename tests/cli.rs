//! The command line as a user meets it: exit codes, messages on broken files, CSV shape.

use std::path::{Path, PathBuf};
use std::process::Output;

mod support;
use support::gaza_zones;

fn data(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
        .display()
        .to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn validate_accepts_good_files_including_crlf_comments_and_non_latin_text() {
    let o = gaza_zones(&["validate", &data("minimal.ron"), &data("crlf_unicode.ron")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("خط الانسحاب"));
}

#[test]
fn an_unknown_driver_names_file_line_column_and_a_suggestion() {
    let file = data("unknown_driver.ron");
    let o = gaza_zones(&["validate", &file]);
    assert_eq!(o.status.code(), Some(1));
    let expected = format!(
        "{file}:11:9: unknown driver \"aid_trucks\" (did you mean \"aid_trucks_per_day\"?)"
    );
    assert!(stderr(&o).contains(&expected), "{}", stderr(&o));
}

#[test]
fn an_unknown_governorate_gets_a_suggestion() {
    let o = gaza_zones(&["validate", &data("unknown_governorate.ron")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("did you mean \"khan_yunis\"?"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn every_semantic_problem_is_reported_with_its_position() {
    let file = data("many_problems.ron");
    let o = gaza_zones(&["validate", &file]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    for expected in [
        ":9:9: disarmament_share = 1.5 is out of range",
        ":10:9: aid_trucks_per_day is NaN",
        "force_troops is infinite",
        ":23:10: event on day 250 is after the horizon (100 days)",
        "radius_km is -2",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    assert_eq!(err.lines().count(), 5, "{err}");
}

#[test]
fn validate_checks_every_file_and_fails_if_any_is_bad() {
    let o = gaza_zones(&[
        "validate",
        &data("minimal.ron"),
        &data("unknown_driver.ron"),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("minimal.ron: ok"));
    assert!(stderr(&o).contains("unknown_driver.ron:11:9"));
}

#[test]
fn hostile_and_broken_files_get_clear_errors_not_crashes() {
    for (file, expected) in [
        (
            "newer_version.ron",
            "made with a newer gaza-zones (format version 3)",
        ),
        ("not_text.ron", "not UTF-8 text"),
        ("truncated.ron", "truncated.ron:12:"),
        ("deep_nesting.ron", "deep_nesting.ron:1:"),
        ("does_not_exist.ron", "cannot read the file"),
    ] {
        let o = gaza_zones(&["validate", &data(file)]);
        assert_eq!(o.status.code(), Some(1), "{file}");
        assert!(stderr(&o).contains(expected), "{file}: {}", stderr(&o));
    }
}

#[test]
fn an_oversized_file_is_refused_naming_the_limit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.ron");
    let mut text = std::fs::read_to_string(data("minimal.ron")).expect("read");
    text.push_str(&"// padding\n".repeat(120_000));
    std::fs::write(&path, text).expect("write");
    let o = gaza_zones(&["validate", &path.display().to_string()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("over the limit of 1048576 bytes"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_hundred_thousand_open_brackets_do_not_overflow_the_stack() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("brackets.ron");
    std::fs::write(&path, "(".repeat(100_000)).expect("write");
    let o = gaza_zones(&["validate", &path.display().to_string()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

#[test]
fn run_writes_provenance_and_the_documented_columns() {
    let o = gaza_zones(&["run", &data("minimal.ron")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let comments: Vec<&str> = out.lines().take_while(|l| l.starts_with('#')).collect();
    assert!(comments[0].starts_with(concat!("# gaza-zones ", env!("CARGO_PKG_VERSION"))));
    assert!(comments.iter().any(|l| l.contains("scenario: Minimal")));
    assert!(comments.iter().any(|l| l.contains("sha256:")));
    assert!(comments.iter().any(|l| l.contains("seed: 7; runs: 1")));
    let header = out.lines().find(|l| !l.starts_with('#')).expect("header");
    assert!(header.starts_with(
        "day,red_km2,green_km2,gray_km2,held_km2,blue_km2,red_pop,green_pop,gray_pop,held_pop,blue_pop,behind_line_km2"
    ));
    assert!(
        comments
            .last()
            .is_some_and(|l| l.starts_with("# csv format: 2;"))
    );
    // Days 0..=60 and a header.
    assert_eq!(out.lines().filter(|l| !l.starts_with('#')).count(), 62);
}

#[test]
fn the_same_file_and_seed_give_the_same_bytes_and_another_seed_differs() {
    let run = |seed: &str| {
        stdout(&gaza_zones(&[
            "run",
            &data("minimal.ron"),
            "--runs",
            "3",
            "--seed",
            seed,
        ]))
    };
    let a = run("5");
    assert_eq!(a, run("5"));
    assert_ne!(a, run("6"));
}

#[test]
fn an_ensemble_has_a_run_column_and_a_summary_has_quantile_columns() {
    let o = gaza_zones(&["run", &data("minimal.ron"), "--runs", "4"]);
    let out = stdout(&o);
    let header = out.lines().find(|l| !l.starts_with('#')).expect("header");
    assert!(header.starts_with("run,day,red_km2"));
    assert_eq!(
        out.lines().filter(|l| !l.starts_with('#')).count(),
        1 + 4 * 61
    );

    let o = gaza_zones(&["run", &data("minimal.ron"), "--runs", "4", "--summary"]);
    let out = stdout(&o);
    let header = out.lines().find(|l| !l.starts_with('#')).expect("header");
    assert!(header.starts_with("day,red_km2_p10,red_km2_p50,red_km2_p90,green_km2_p10"));
    assert!(header.contains("blue_pop_p90"));
}

#[test]
fn too_many_runs_is_refused_naming_the_cap() {
    let o = gaza_zones(&["run", &data("minimal.ron"), "--runs", "20000"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("1..=10000"), "{}", stderr(&o));
}

#[test]
fn run_on_a_broken_file_fails_with_the_problem() {
    let o = gaza_zones(&["run", &data("unknown_driver.ron")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("unknown driver"));
    assert!(stdout(&o).is_empty());
}

#[test]
fn out_writes_a_file_and_an_unwritable_target_is_exit_3() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out: PathBuf = dir.path().join("result.csv");
    let o = gaza_zones(&[
        "run",
        &data("minimal.ron"),
        "--out",
        &out.display().to_string(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        std::fs::read_to_string(&out)
            .expect("written")
            .contains("day,red_km2")
    );

    let missing = dir.path().join("no/such/folder/result.csv");
    let o = gaza_zones(&[
        "run",
        &data("minimal.ron"),
        "--out",
        &missing.display().to_string(),
    ]);
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("cannot write the CSV"));
}

#[test]
fn without_a_display_the_app_says_so_and_points_to_run() {
    let o = gaza_zones(&[]);
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(stderr(&o).contains("gaza-zones run"));
}

#[test]
fn help_documents_exit_codes() {
    for args in [
        &["--help"][..],
        &["run", "--help"][..],
        &["validate", "--help"][..],
    ] {
        let o = gaza_zones(args);
        assert_eq!(o.status.code(), Some(0));
        assert!(stdout(&o).contains("Exit codes"), "{args:?}");
    }
}

#[test]
fn version_zero_is_not_taken_for_version_one() {
    let o = gaza_zones(&["validate", &data("version_zero.ron")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("version_zero.ron:3:14: version 0 is not a gaza-zones file format"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn out_refuses_to_overwrite_the_scenario_itself() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mine.ron");
    std::fs::copy(data("minimal.ron"), &path).expect("copy");
    let before = std::fs::read(&path).expect("read");
    let p = path.display().to_string();
    let o = gaza_zones(&["run", &p, "--out", &p]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is the scenario file itself"));
    assert_eq!(std::fs::read(&path).expect("read"), before);
}

#[test]
fn a_run_s_header_says_when_each_milestone_fired_and_an_ensemble_how_often() {
    let file = data("milestones.ron");
    let o = gaza_zones(&["run", &file]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    let milestones: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("# milestone: "))
        .collect();
    assert_eq!(milestones.len(), 3, "{text}");
    assert!(
        milestones[0].starts_with("# milestone: events[2] Withdrawal to 40 %")
            && milestones[0].contains(": fired day "),
        "{text}"
    );
    // The columns are those of a file without milestones.
    let plain = stdout(&gaza_zones(&["run", &data("minimal.ron")]));
    let columns = |t: &str| t.lines().find(|l| !l.starts_with('#')).map(str::to_owned);
    assert_eq!(columns(&text), columns(&plain));

    let o = gaza_zones(&["run", &file, "--runs", "4", "--summary"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("events[2] Withdrawal to 40 % once half the arms are given up: fired in 100% of 4 runs, median day "),
        "{}",
        stdout(&o)
    );
}

/// A tornado's rows, each a map from column name to field.
fn tornado_rows(csv: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut lines = csv.lines().filter(|l| !l.starts_with('#'));
    let columns: Vec<&str> = lines.next().expect("columns").split(',').collect();
    lines
        .map(|l| {
            columns
                .iter()
                .zip(l.split(','))
                .map(|(c, f)| ((*c).to_owned(), f.to_owned()))
                .collect()
        })
        .collect()
}

#[test]
fn a_model_3_tornado_moves_the_judgement_parameters_and_more_regrowth_leaves_more_red_land() {
    let o = gaza_zones(&["tornado", &data("tornado_model3.ron")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let csv = stdout(&o);
    assert!(csv.contains("each judgement parameter of the rules at 0.5 and 2 times its default"));
    let rows = tornado_rows(&csv);
    let parameters: Vec<&str> = rows
        .iter()
        .filter(|r| r["kind"] == "parameter")
        .map(|r| r["driver"].as_str())
        .collect();
    assert_eq!(parameters.len(), 8, "{parameters:?}");
    assert_eq!(rows.len(), 16);
    let regrowth = rows
        .iter()
        .find(|r| r["driver"] == "armed_regrowth_per_day")
        .expect("a bar for armed regrowth");
    let value = |column: &str| -> f64 { regrowth[column].parse().expect("a number") };
    assert_eq!((value("min_value"), value("max_value")), (0.004, 0.016));
    // Faster regrowth: a stronger armed group, slower clearance, more red land on the last day.
    let (low, scenario, high) = (
        value("final_red_km2_at_min"),
        value("final_red_km2_at_scenario"),
        value("final_red_km2_at_max"),
    );
    assert!(low < scenario && scenario < high, "{regrowth:?}");
}

#[test]
fn a_model_2_tornado_moves_drivers_only() {
    let o = gaza_zones(&["tornado", &data("tornado_model2.ron")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let csv = stdout(&o);
    assert!(!csv.contains("judgement parameter"));
    let rows = tornado_rows(&csv);
    assert_eq!(rows.len(), 8);
    assert!(rows.iter().all(|r| r["kind"] == "driver"));
}

#[test]
fn link_prints_an_address_that_carries_the_file_byte_for_byte() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/full_phase_two.ron");
    let out = gaza_zones(&[
        "link",
        &file.display().to_string(),
        "--site",
        "https://example.org/gaza-zones/",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let printed = stdout(&out);
    let fragment = printed
        .trim_end()
        .strip_prefix("https://example.org/gaza-zones/#")
        .expect("the site, then the fragment");
    let (text, name) = gaza_zones::scenario::link::file_of(fragment).expect("the link opens");
    assert_eq!(text, std::fs::read_to_string(&file).expect("reads"));
    assert_eq!(name.as_deref(), Some("full_phase_two.ron"));
}

#[test]
fn link_refuses_a_broken_file_with_its_line_and_column() {
    let out = gaza_zones(&["link", &data("truncated.ron")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).is_empty(),
        "no link for a file that cannot open"
    );
    assert!(
        stderr(&out).contains("truncated.ron:"),
        "names the file: {}",
        stderr(&out)
    );
}
