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
