//! Unsaved work survives a crash: it is autosaved, and the next start offers it back.
#![cfg(feature = "app")]

mod common;

use std::path::PathBuf;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gaza_zones::app::ZonesApp;

fn harness(autosave: PathBuf) -> Harness<'static, ZonesApp> {
    common::app_harness(move || ZonesApp::with_default_scenario().with_autosave(autosave))
}

fn edit(h: &mut Harness<'_, ZonesApp>, value: f64) {
    h.get_by_role_and_label(egui::accesskit::Role::Slider, "Disarmament progress")
        .set_value_accesskit(value);
    h.run();
}

#[test]
fn work_killed_mid_edit_is_offered_back_on_the_next_start() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("autosave.ron");
    let mut h = harness(path.clone());
    edit(&mut h, 0.6);
    assert!(path.exists(), "the first edit is written at once");
    // The process dies here: no save, no clean exit.
    drop(h);

    let mut h = harness(path.clone());
    assert!(h.state().recovered().is_some());
    h.get_by_label("Recover unsaved work?");
    h.get_by_label("Restore it").click();
    h.run();
    assert_eq!(h.state().scenario().start.disarmament_share, 0.6);
    assert!(
        h.state().document().is_dirty(),
        "restored work is still unsaved"
    );
}

#[test]
fn discarding_the_offer_removes_it_and_saving_clears_the_autosave() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("autosave.ron");
    let mut h = harness(path.clone());
    edit(&mut h, 0.3);
    drop(h);
    let mut h = harness(path.clone());
    h.get_by_label("Discard it").click();
    h.run();
    assert!(!path.exists());
    assert_eq!(h.state().scenario().start.disarmament_share, 0.0);

    edit(&mut h, 0.4);
    assert!(path.exists());
    h.state_mut().save_file(&dir.path().join("saved.ron"));
    h.run();
    assert!(!path.exists(), "saved work needs no autosave");
}

#[test]
fn a_damaged_autosave_is_not_offered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("autosave.ron");
    std::fs::write(&path, "(file: None, scenario: (version: 1, meta: (titl").expect("write");
    let h = harness(path.clone());
    assert!(h.state().recovered().is_none());
    assert!(!path.exists());
    assert!(
        gaza_zones::app::autosave::damaged_path(&path).exists(),
        "kept aside, not deleted"
    );
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("exists")
        .permissions()
        .mode()
        & 0o777
}

#[cfg(unix)]
#[test]
fn the_autosave_is_private_in_a_private_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("gaza-zones");
    let path = folder.join("autosave.ron");
    let mut h = harness(path.clone());
    edit(&mut h, 0.6);
    assert_eq!(mode(&path), 0o600, "the autosave is for its user only");
    assert_eq!(mode(&folder), 0o700, "and so is its folder");
    drop(h);

    // The next write replaces the file, still private.
    let mut saver = gaza_zones::app::autosave::Autosave::new(path.clone());
    let mut doc = gaza_zones::app::document::Document::unsaved(
        gaza_zones::scenario::default_scenario().expect("default"),
    );
    let mut edited = doc.scenario().clone();
    edited.seed = 42;
    doc.edit(edited);
    saver.tick(&doc, std::time::Instant::now());
    assert_eq!(
        gaza_zones::app::autosave::recover(&path)
            .expect("written")
            .scenario
            .seed,
        42
    );
    assert_eq!(mode(&path), 0o600);
}

#[cfg(unix)]
#[test]
fn the_preferences_and_their_folder_are_made_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    // A folder and preferences file left world-readable by an earlier version.
    let folder = dir.path().join("gaza-zones");
    std::fs::create_dir(&folder).expect("folder");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let prefs = folder.join(gaza_zones::app::data_folder::PREFERENCES_FILE);
    std::fs::write(&prefs, "{}").expect("prefs");
    std::fs::set_permissions(&prefs, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    gaza_zones::app::data_folder::secure(&folder).expect("secured");
    assert_eq!(mode(&folder), 0o700);
    assert_eq!(mode(&prefs), 0o600);

    // A first start: the folder and an empty preferences file are created private, so that
    // eframe, which rewrites the file in place, keeps it private.
    let fresh = dir.path().join("new").join("gaza-zones");
    gaza_zones::app::data_folder::secure(&fresh).expect("secured");
    let prefs = fresh.join(gaza_zones::app::data_folder::PREFERENCES_FILE);
    assert_eq!(mode(&fresh), 0o700);
    assert_eq!(mode(&prefs), 0o600);
    let read: std::collections::HashMap<String, String> =
        ron::from_str(&std::fs::read_to_string(&prefs).expect("reads")).expect("eframe reads it");
    assert!(read.is_empty());
}

#[test]
fn every_damaged_autosave_is_kept_none_overwritten() {
    use gaza_zones::app::autosave::damaged_path_numbered;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("autosave.ron");
    let first = "(file: None, scenario: (version: 1, meta: (titl";
    let second = "(file: None, scenario: (version: 1, meta: (title: \"x";
    std::fs::write(&path, first).expect("write");
    drop(harness(path.clone()));
    std::fs::write(&path, second).expect("write");
    let h = harness(path.clone());
    assert!(h.state().recovered().is_none());
    let kept = |n| std::fs::read_to_string(damaged_path_numbered(&path, n)).expect("kept");
    assert_eq!(kept(1), first, "the first damaged autosave is still there");
    assert_eq!(kept(2), second);
    assert!(damaged_path_numbered(&path, 2).ends_with("autosave.ron.damaged.2"));
    match h.state().notice() {
        Some(gaza_zones::app::Notice::Error(text)) => {
            assert!(text.contains("autosave.ron.damaged.2"), "{text}");
        }
        other => panic!("the user is told where it is kept, got {other:?}"),
    }
}

#[test]
fn an_autosave_over_the_limit_is_not_read_but_set_aside() {
    use gaza_zones::app::autosave::{MAX_AUTOSAVE_BYTES, damaged_path};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("autosave.ron");
    let mut h = harness(path.clone());
    edit(&mut h, 0.6);
    drop(h);
    // A valid autosave, padded past the limit with trailing blanks (which RON allows): it
    // would restore if it were read, so only the size check keeps it out.
    let mut text = std::fs::read_to_string(&path).expect("autosave");
    let padding = usize::try_from(MAX_AUTOSAVE_BYTES).expect("fits") + 1 - text.len();
    text.push_str(&" ".repeat(padding));
    std::fs::write(&path, &text).expect("write");

    let h = harness(path.clone());
    assert!(h.state().recovered().is_none(), "not offered");
    assert!(!path.exists());
    assert_eq!(
        std::fs::metadata(damaged_path(&path)).expect("kept").len(),
        MAX_AUTOSAVE_BYTES + 1,
        "kept aside whole"
    );
    match h.state().notice() {
        Some(gaza_zones::app::Notice::Error(text)) => {
            assert!(text.contains("over the limit"), "{text}");
        }
        other => panic!("the user is told, got {other:?}"),
    }
}

#[test]
fn an_autosave_of_a_scenario_at_the_file_limit_is_within_the_autosave_limit() {
    use gaza_zones::app::autosave::MAX_AUTOSAVE_BYTES;
    use gaza_zones::scenario::MAX_FILE_BYTES;
    // The longest notes the format allows, on as many events as fit in a 1 MiB file.
    let mut scenario = gaza_zones::scenario::default_scenario().expect("default");
    let template = scenario.events.first().cloned().expect("an event");
    while scenario.to_ron_string().expect("text").len() as u64 <= MAX_FILE_BYTES - 20_000 {
        let mut event = template.clone();
        event.note = "déjà vu – ".repeat(1000);
        scenario.events.push(event);
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("big.ron");
    scenario.save(&file).expect("saves");
    let path = dir.path().join("autosave.ron");
    let mut h = harness(path.clone());
    h.state_mut().open_file(&file);
    common::step_until_loaded(&mut h);
    edit(&mut h, 0.6);
    let size = std::fs::metadata(&path).expect("written").len();
    assert!(size <= MAX_AUTOSAVE_BYTES, "{size} bytes");
    drop(h);
    let h = harness(path);
    assert!(h.state().recovered().is_some(), "and it is offered back");
}

fn restore(h: &mut Harness<'_, ZonesApp>) {
    h.get_by_label("Restore it").click();
    h.run();
}

fn save_with_ctrl_s(h: &mut Harness<'_, ZonesApp>) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
}

#[test]
fn restored_work_asks_before_saving_over_a_file_that_is_not_the_one_it_was_opened_from() {
    use gaza_zones::scenario::{Scenario, default_scenario};
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("plan.ron");
    default_scenario()
        .expect("default")
        .save(&plan)
        .expect("save");
    let path = dir.path().join("autosave.ron");
    let mut h = harness(path.clone());
    h.state_mut().open_file(&plan);
    h.run();
    edit(&mut h, 0.6);
    drop(h);
    // By the next start, that path holds another file (another folder's plan.ron, as a
    // relative path would have found, or a colleague's version).
    let mut other = default_scenario().expect("default");
    other.meta.title = "Another plan".to_owned();
    std::fs::remove_file(&plan).expect("remove");
    other.save(&plan).expect("save");

    let mut h = harness(path);
    restore(&mut h);
    assert_eq!(h.state().scenario().start.disarmament_share, 0.6);
    save_with_ctrl_s(&mut h);
    h.get_by_label("The file changed on disk");
    h.get_by_label("Cancel").click();
    h.run();
    let on_disk = Scenario::load(&plan).expect("loads");
    assert_eq!(on_disk.meta.title, "Another plan", "nothing overwritten");
}

#[test]
fn restored_work_saves_over_its_own_unchanged_file_without_asking() {
    use gaza_zones::scenario::{Scenario, default_scenario};
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("plan.ron");
    default_scenario()
        .expect("default")
        .save(&plan)
        .expect("save");
    let path = dir.path().join("autosave.ron");
    let mut h = harness(path.clone());
    h.state_mut().open_file(&plan);
    h.run();
    edit(&mut h, 0.6);
    drop(h);
    let mut h = harness(path);
    restore(&mut h);
    save_with_ctrl_s(&mut h);
    assert!(
        h.state().pending_guard().is_none(),
        "same file: no question"
    );
    assert_eq!(
        Scenario::load(&plan)
            .expect("loads")
            .start
            .disarmament_share,
        0.6
    );
}

#[test]
fn the_autosave_and_recent_files_keep_absolute_paths_and_the_files_hash() {
    use sha2::Digest;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("autosave.ron");
    let relative = std::path::Path::new("tests/data/minimal.ron");
    let mut h = harness(path.clone());
    h.state_mut().open_file(relative);
    h.run();
    edit(&mut h, 0.6);
    let snapshot = gaza_zones::app::autosave::recover(&path).expect("written");
    let absolute = std::fs::canonicalize(relative).expect("exists");
    assert_eq!(snapshot.file.as_deref(), Some(absolute.as_path()));
    let digest: [u8; 32] = sha2::Sha256::digest(std::fs::read(relative).expect("reads")).into();
    assert_eq!(snapshot.file_digest(), Some(digest));
    assert_eq!(h.state().prefs.recent_files.first(), Some(&absolute));
}

#[test]
fn an_autosave_of_an_earlier_version_restores_and_asks_before_saving_over_its_file() {
    use gaza_zones::scenario::{Scenario, default_scenario};
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("plan.ron");
    default_scenario()
        .expect("default")
        .save(&plan)
        .expect("save");
    let mut edited = default_scenario().expect("default");
    edited.seed = 4242;
    // As the previous version wrote it: no hash, so nothing says whether the file is the same.
    let text = format!(
        "(file: Some({:?}), scenario: {})",
        plan.display().to_string(),
        edited.to_ron_string().expect("text")
    );
    let path = dir.path().join("autosave.ron");
    std::fs::write(&path, text).expect("write");
    let mut h = harness(path);
    restore(&mut h);
    assert_eq!(h.state().scenario().seed, 4242);
    save_with_ctrl_s(&mut h);
    h.get_by_label("The file changed on disk");
    h.get_by_label("Overwrite").click();
    h.run();
    assert_eq!(Scenario::load(&plan).expect("loads").seed, 4242);
}
