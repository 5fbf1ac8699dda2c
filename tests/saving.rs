//! Saving never loses work: the old file survives any failure, the previous version is kept as
//! FILE.bak, and a failed save leaves the edit in memory.
#![cfg(feature = "app")]

use std::io::{ErrorKind, Write};
use std::path::Path;

use gaza_zones::app::document::Document;
use gaza_zones::scenario::{
    Backup, SaveError, Scenario, backup_path, default_scenario, write_atomically_with,
};

fn scenario(seed: u64) -> Scenario {
    let mut s = default_scenario().expect("default");
    s.seed = seed;
    s
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("folder")
        .filter_map(std::result::Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| {
            std::path::Path::new(n)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("tmp"))
        })
        .collect()
}

#[test]
fn the_previous_version_is_kept_as_bak() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    scenario(1).save(&path).expect("first save");
    assert!(
        !backup_path(&path).exists(),
        "nothing to back up the first time"
    );
    scenario(2).save(&path).expect("second save");
    let bak = Scenario::load(&backup_path(&path)).expect("backup loads");
    assert_eq!(bak.seed, 1);
    assert_eq!(Scenario::load(&path).expect("loads").seed, 2);
    assert_eq!(
        backup_path(&path).file_name().and_then(|n| n.to_str()),
        Some("plan.ron.bak")
    );
}

#[test]
fn a_disk_that_fills_up_mid_write_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    scenario(1).save(&path).expect("first save");
    let before = std::fs::read(&path).expect("read");
    let text = scenario(2).to_ron_string().expect("ron");
    let result = write_atomically_with(&path, text.as_bytes(), Backup::Keep, |file, bytes| {
        file.write_all(&bytes[..bytes.len() / 2])?;
        Err(std::io::Error::new(
            ErrorKind::StorageFull,
            "no space left on device",
        ))
    });
    let err = result.expect_err("the write fails");
    assert!(err.to_string().contains("no space left"), "{err}");
    assert!(err.to_string().contains("unchanged"), "{err}");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "old file intact"
    );
    assert!(
        leftovers(dir.path()).is_empty(),
        "no temporary file left behind"
    );
}

#[test]
fn saving_onto_a_folder_is_refused_clearly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("results");
    std::fs::create_dir(&folder).expect("mkdir");
    let err = scenario(1)
        .save(&folder)
        .expect_err("a folder is not a file");
    assert!(matches!(err, SaveError::IsAFolder { .. }));
    assert!(err.to_string().contains("is a folder"));
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_fails_and_the_edit_stays_in_memory() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    scenario(1).save(&path).expect("first save");
    let mut doc = Document::open(&path).expect("opens");
    let mut edited = doc.scenario().clone();
    edited.seed = 42;
    doc.edit(edited);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).expect("chmod");
    // Root ignores folder permissions; then there is nothing to test here.
    let writable_anyway = std::fs::File::create(dir.path().join("probe")).is_ok();
    if !writable_anyway {
        let err = doc.save_to(&path).expect_err("read-only folder");
        assert!(err.to_string().contains("unchanged"), "{err}");
        assert!(doc.is_dirty(), "the edit is still unsaved, not lost");
        assert_eq!(doc.scenario().seed, 42);
        assert_eq!(
            Scenario::load(&path).expect("loads").seed,
            1,
            "old file intact"
        );
    }
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755))
        .expect("chmod back");
}

#[test]
fn a_failed_save_keeps_the_document_dirty_and_its_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    scenario(1).save(&path).expect("save");
    let mut doc = Document::open(&path).expect("opens");
    let mut edited = doc.scenario().clone();
    edited.seed = 9;
    doc.edit(edited);
    let folder = dir.path().join("a-folder");
    std::fs::create_dir(&folder).expect("mkdir");
    assert!(doc.save_to(&folder).is_err());
    assert!(doc.is_dirty());
    assert_eq!(
        doc.path(),
        Some(path.as_path()),
        "still tied to its own file"
    );
    assert_eq!(doc.scenario().seed, 9);
}

/// A real full disk: CI mounts a tiny tmpfs, puts a scenario on it and fills it up, then names
/// the folder in `GAZA_ZONES_FULL_DIR` (see .ci/run). Skipped where no such folder is set up.
#[test]
fn a_real_full_disk_fails_cleanly() {
    let Some(dir) = std::env::var_os("GAZA_ZONES_FULL_DIR") else {
        eprintln!("GAZA_ZONES_FULL_DIR not set: skipping the full-disk test");
        return;
    };
    let path = Path::new(&dir).join("plan.ron");
    let before = std::fs::read(&path).expect("CI put a scenario there");
    let mut bigger = Scenario::load(&path).expect("loads");
    bigger.meta.description = "x".repeat(9_000);
    let err = bigger.save(&path).expect_err("the disk is full");
    assert!(err.to_string().contains("unchanged"), "{err}");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "old file intact"
    );
}

/// A real read-only file system, named in `GAZA_ZONES_READONLY_DIR` by CI, with a scenario on it.
#[test]
fn a_read_only_file_system_fails_cleanly() {
    let Some(dir) = std::env::var_os("GAZA_ZONES_READONLY_DIR") else {
        eprintln!("GAZA_ZONES_READONLY_DIR not set: skipping the read-only test");
        return;
    };
    let path = Path::new(&dir).join("plan.ron");
    let mut doc = Document::open(&path).expect("CI put a scenario there");
    let mut edited = doc.scenario().clone();
    edited.seed += 1;
    doc.edit(edited);
    let err = doc.save_to(&path).expect_err("read-only");
    assert!(
        err.to_string().contains("Read-only") || err.to_string().contains("read-only"),
        "{err}"
    );
    assert!(doc.is_dirty(), "the edit is kept in memory");
}

#[test]
fn an_invalid_scenario_is_never_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    let mut s = scenario(1);
    s.horizon_days = 10;
    s.events.push(gaza_zones::model::Event {
        title: "after the horizon".to_owned(),
        ..gaza_zones::model::Event::at(
            50,
            gaza_zones::model::Action::Rafah(gaza_zones::model::Crossing::Open),
        )
    });
    let err = s.save(&path).expect_err("a file load would refuse");
    assert!(matches!(err, SaveError::Invalid { .. }));
    assert!(err.to_string().contains("after the horizon"), "{err}");
    assert!(!path.exists());
}
