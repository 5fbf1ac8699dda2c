//! Old files keep opening: every fixture of every past format version loads, and a file from a
//! newer version says so instead of failing obscurely.

use std::path::Path;

use gaza_zones::geo::Grid;
use gaza_zones::model::{Mode, ModelVersion, Plan, Record};
use gaza_zones::scenario::{FORMAT_VERSION, LoadError, Scenario};

#[test]
fn every_version_1_fixture_loads() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/v1");
    let mut count = 0;
    for entry in std::fs::read_dir(&folder).expect("fixtures folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "ron") {
            let s = Scenario::load(&path).unwrap_or_else(|e| panic!("{e}"));
            // Read as the current format, of the model that made its numbers.
            assert_eq!(s.version, FORMAT_VERSION, "{}", path.display());
            assert_eq!(s.model, ModelVersion::V1, "{}", path.display());
            count += 1;
        }
    }
    assert!(count >= 8, "{count} fixtures");
}

#[test]
fn a_newer_file_names_both_versions() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/newer_version.ron"),
    )
    .expect("fixture");
    let err = Scenario::from_ron_str(&text, "new.ron").expect_err("newer");
    assert!(matches!(err, LoadError::NewerVersion { found: 3, .. }));
    let message = err.to_string();
    assert!(message.contains("format version 3"), "{message}");
    assert!(
        message.contains(&format!("reads format version {FORMAT_VERSION}")),
        "{message}"
    );
    assert!(
        message.contains(concat!("gaza-zones ", env!("CARGO_PKG_VERSION"))),
        "{message}"
    );
}

#[test]
fn a_newer_file_with_fields_this_version_does_not_know_still_says_newer() {
    let text = "(version: 7, meta: (title: \"From the future\"), hologram: true)";
    let err = Scenario::from_ron_str(text, "future.ron").expect_err("newer");
    assert!(
        err.to_string().contains("made with a newer gaza-zones"),
        "{err}"
    );
}

/// `minimal.ron` with its start date, or its creation date, replaced.
fn minimal_with(start_date: &str, created: &str) -> String {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/minimal.ron"),
    )
    .expect("fixture");
    text.replace("\"2025-11-17\"", start_date).replace(
        "meta: (title: \"Minimal\")",
        &format!("meta: (title: \"Minimal\", created: {created})"),
    )
}

#[test]
fn a_bad_date_is_named_where_it_stands_with_what_to_write() {
    for (start_date, created, line, col, bad) in [
        ("\"2025-13-01\"", "\"\"", 5, 18, "\"2025-13-01\""),
        ("\"2025-02-30\"", "\"\"", 5, 18, "\"2025-02-30\""),
        ("\"20251117\"", "\"\"", 5, 18, "\"20251117\""),
        (
            "\"2025-11-17\"",
            "\"17 Nov 2025\"",
            4,
            40,
            "\"17 Nov 2025\"",
        ),
    ] {
        let text = minimal_with(start_date, created);
        let err = Scenario::from_ron_str(&text, "bad.ron").expect_err("a bad date");
        assert_eq!(
            err.to_string(),
            format!(
                "bad.ron:{line}:{col}: {bad} is not a date; write YYYY-MM-DD, e.g. \"2025-11-17\""
            ),
        );
    }
}

#[test]
fn dates_come_back_as_they_were_written() {
    let text = minimal_with("\"2024-02-29\"", "\"2026-01-05\"");
    let s = Scenario::from_ron_str(&text, "dates.ron").expect("loads");
    assert_eq!(s.start_date, jiff::civil::date(2024, 2, 29));
    assert_eq!(s.meta.created, Some(jiff::civil::date(2026, 1, 5)));
    let saved = s.to_ron_string().expect("serialises");
    assert!(
        saved.contains("    start_date: \"2024-02-29\",\n"),
        "{saved}"
    );
    assert!(
        saved.contains("        created: \"2026-01-05\",\n"),
        "{saved}"
    );
    let none =
        Scenario::from_ron_str(&minimal_with("\"2025-11-17\"", "\"\""), "none.ron").expect("loads");
    assert_eq!(none.meta.created, None);
    let saved = none.to_ron_string().expect("serialises");
    assert!(saved.contains("        created: \"\",\n"), "{saved}");
    assert_eq!(
        Scenario::from_ron_str(&saved, "again.ron").expect("loads again"),
        none
    );
}

#[test]
fn a_version_1_file_saved_again_names_model_1_and_keeps_its_numbers() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/v1/bundled_stalled_phase_two.ron");
    let old = Scenario::load(&path).expect("loads");
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("resaved.ron");
    old.save(&copy).expect("saves");
    let text = std::fs::read_to_string(&copy).expect("read");
    assert!(
        text.contains(&format!("version: {FORMAT_VERSION},\n    model: 1,")),
        "{text}"
    );
    let again = Scenario::load(&copy).expect("loads again");
    assert_eq!(again, old);
    let run = |s: &Scenario| {
        Plan::new(Grid::strip(), &s.inputs())
            .run(Mode::Expected, s.seed, Record::Totals)
            .days
    };
    let (a, b) = (run(&old), run(&again));
    assert!(
        a.iter()
            .zip(&b)
            .all(|(x, y)| x.area_km2 == y.area_km2 && x.people == y.people)
    );
}

#[test]
fn a_version_2_file_must_name_its_model_and_an_unknown_model_is_refused() {
    let minimal = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/minimal.ron"),
    )
    .expect("fixture");
    let unnamed = minimal.replace("version: 1,", "version: 2,");
    let err = Scenario::from_ron_str(&unnamed, "unnamed.ron").expect_err("model missing");
    let message = err.to_string();
    assert!(
        message.contains("unnamed.ron")
            && message.contains(&format!("add `model: {},`", ModelVersion::LATEST.number())),
        "{message}"
    );
    assert!(
        message.contains("unnamed.ron:3:14"),
        "placed at the version: {message}"
    );

    let named = minimal.replace("version: 1,", "version: 2,\n    model: 2,");
    let s = Scenario::from_ron_str(&named, "named.ron").expect("loads");
    assert_eq!(s.model, ModelVersion::V2);

    let unknown = minimal.replace("version: 1,", "version: 2,\n    model: 9,");
    let message = Scenario::from_ron_str(&unknown, "nine.ron")
        .expect_err("unknown")
        .to_string();
    assert!(
        message.contains("nine.ron") && message.contains("model 9"),
        "{message}"
    );
}
