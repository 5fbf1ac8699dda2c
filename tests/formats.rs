//! Old files keep opening: every fixture of every past format version loads, and a file from a
//! newer version says so instead of failing obscurely.

use std::path::Path;

use gaza_zones::scenario::{FORMAT_VERSION, LoadError, Scenario};

#[test]
fn every_version_1_fixture_loads() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/v1");
    let mut count = 0;
    for entry in std::fs::read_dir(&folder).expect("fixtures folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "ron") {
            let s = Scenario::load(&path).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(s.version, 1, "{}", path.display());
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
    assert!(matches!(err, LoadError::NewerVersion { found: 2, .. }));
    let message = err.to_string();
    assert!(message.contains("format version 2"), "{message}");
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
