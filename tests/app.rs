//! The desktop app driven as a user would, headless (`egui_kittest)`: open, edit, scrub, undo,
//! save, and the unsaved-changes guard. Assertions are on the app's state and on what the UI
//! shows through its accessibility tree.
#![cfg(feature = "app")]

mod common;

use std::path::Path;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gaza_zones::app::{AfterGuard, Notice, ZonesApp};
use gaza_zones::model::Zone;

fn harness() -> Harness<'static, ZonesApp> {
    common::app_harness(ZonesApp::with_default_scenario)
}

fn slider<'h>(h: &'h Harness<'_, ZonesApp>, label: &'h str) -> egui_kittest::Node<'h> {
    h.get_by_role_and_label(egui::accesskit::Role::Slider, label)
}

fn data(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn red_at_end(h: &Harness<'_, ZonesApp>) -> f64 {
    h.state().output().days.last().expect("days").area_km2[Zone::Red.index()]
}

#[test]
fn opens_on_the_default_scenario_with_its_title_and_the_what_if_warning() {
    let h = harness();
    assert!(
        h.state()
            .scenario()
            .meta
            .title
            .starts_with("Where things stand")
    );
    h.get_by_label_contains("Where things stand");
    h.get_by_label_contains("a what-if model, not a forecast");
}

#[test]
fn a_bundled_scenario_opens_from_the_file_menu() {
    let mut h = harness();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Bundled scenarios").hover();
    h.run();
    h.get_by_label_contains("Full Phase II").click();
    h.run();
    assert!(h.state().scenario().meta.title.starts_with("Full Phase II"));
    assert!(
        !h.state().document().is_dirty(),
        "a bundled scenario opens clean"
    );
}

#[test]
fn dragging_a_driver_reruns_the_model_and_undo_brings_it_back() {
    let mut h = harness();
    let before = red_at_end(&h);
    slider(&h, "Disarmament progress").set_value_accesskit(0.8);
    h.run();
    assert_eq!(h.state().scenario().start.disarmament_share, 0.8);
    let after = red_at_end(&h);
    assert!(
        after < before - 10.0,
        "clearance follows disarmament: {before} -> {after}"
    );
    assert!(h.state().document().is_dirty());

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().scenario().start.disarmament_share, 0.0);
    assert_eq!(red_at_end(&h), before);
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    h.run();
    assert_eq!(h.state().scenario().start.disarmament_share, 0.8);
}

#[test]
fn keys_and_the_day_slider_scrub_through_time_and_the_map_follows() {
    let mut h = harness();
    h.state_mut()
        .open_bundled(common::bundled_index("full_phase_two.ron"));
    h.run();
    h.key_press(egui::Key::End);
    h.run();
    let last = h.state().scenario().horizon_days;
    assert_eq!(h.state().day(), last);
    h.get_by_label_contains("Day 774 · 31 Dec 2027");
    h.key_press(egui::Key::Home);
    h.run();
    assert_eq!(h.state().day(), 0);
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::ArrowRight);
    h.run();
    assert_eq!(h.state().day(), 1, "Shift+arrow is a day");
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert_eq!(h.state().day(), 8, "an arrow is a week");
    // The map colours cells by the day shown: far fewer cells are red at the end.
    let out = h.state().output();
    let red = |day: usize| {
        (0..out.cell_count)
            .filter(|&c| out.zone_of(day, c) == Some(Zone::Red))
            .count()
    };
    assert!(
        red(last as usize) * 4 < red(0),
        "{} -> {}",
        red(0),
        red(last as usize)
    );
}

#[test]
fn closing_with_unsaved_changes_asks_and_cancel_keeps_the_work() {
    let mut h = harness();
    slider(&h, "Disarmament progress").set_value_accesskit(0.5);
    h.run();
    assert!(!h.state().may_close());
    let close = |h: &mut Harness<'_, ZonesApp>| {
        h.input_mut()
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .events
            .push(egui::ViewportEvent::Close);
        h.run();
    };
    close(&mut h);
    assert_eq!(h.state().pending_guard(), Some(&AfterGuard::Close));
    h.get_by_label("Unsaved changes");
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(h.state().pending_guard(), None);
    assert_eq!(
        h.state().scenario().start.disarmament_share,
        0.5,
        "the edit is still there"
    );
    assert!(!h.state().may_close());

    close(&mut h);
    h.get_by_label("Discard changes").click();
    h.run();
    assert!(h.state().may_close());
}

#[test]
fn new_with_unsaved_changes_asks_first() {
    let mut h = harness();
    slider(&h, "Disarmament progress").set_value_accesskit(0.5);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run();
    assert_eq!(h.state().pending_guard(), Some(&AfterGuard::New));
    h.get_by_label("Discard changes").click();
    h.run();
    assert_eq!(h.state().scenario().meta.title, "Untitled scenario");
    assert!(!h.state().document().is_dirty());
}

#[test]
fn a_broken_file_shows_where_it_is_wrong_and_keeps_the_scenario() {
    let mut h = harness();
    let before = h.state().scenario().clone();
    h.state_mut().open_file(&data("unknown_driver.ron"));
    h.run();
    assert_eq!(h.state().scenario(), &before);
    match h.state().notice() {
        Some(Notice::Error(text)) => assert!(text.contains("unknown_driver.ron:11:9"), "{text}"),
        other => panic!("expected an error notice, got {other:?}"),
    }
    h.get_by_label_contains("did you mean \"aid_trucks_per_day\"?");
}

#[test]
fn save_then_reopen_gives_the_same_scenario() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("edited.ron");
    let mut h = harness();
    slider(&h, "Aid entering").set_value_accesskit(450.0);
    h.run();
    h.state_mut().save_file(&path);
    h.run();
    assert!(!h.state().document().is_dirty());
    let saved = h.state().scenario().clone();
    h.state_mut()
        .open_bundled(common::bundled_index("aid_surge_without_disarmament.ron"));
    h.run();
    h.state_mut().open_file(&path);
    h.run();
    assert_eq!(h.state().scenario(), &saved);
    assert_eq!(h.state().document().path(), Some(path.as_path()));
}

#[test]
fn idle_means_idle_and_only_playing_keeps_repainting() {
    let mut h = harness();
    // `run` steps until the app stops asking for frames; it fails if the app never does.
    h.run();
    h.key_press(egui::Key::Space);
    assert!(h.try_run().is_err(), "playing animates");
    assert!(h.state().is_playing());
    h.key_press(egui::Key::Space);
    h.run();
    assert!(!h.state().is_playing());
}

#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_scenario_file_on_the_window_opens_it() {
    let mut h = harness();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/partition.ron");
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    h.run();
    assert!(h.state().scenario().meta.title.contains("partition"));
    assert_eq!(h.state().document().path(), Some(path.as_path()));
}

#[test]
fn the_timeline_switches_between_people_land_and_flows() {
    use gaza_zones::app::views::timeline::TimelineMode;
    let mut h = harness();
    h.get_by_label("Land").click();
    h.run();
    assert_eq!(h.state().prefs.timeline, TimelineMode::Area);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    h.run();
    assert_eq!(h.state().prefs.timeline, TimelineMode::Flows);
    h.get_by_label("People").click();
    h.run();
    assert_eq!(h.state().prefs.timeline, TimelineMode::People);
}

#[test]
fn preferences_and_recent_files_survive_a_restart() {
    use eframe::App;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mine.ron");
    let mut h = harness();
    h.state_mut().save_file(&path);
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::T,
    );
    h.run();
    let mut storage = common::MemoryStorage::default();
    h.state_mut().save(&mut storage);
    let prefs: gaza_zones::app::Prefs =
        eframe::get_value(&storage, eframe::APP_KEY).expect("preferences were stored");
    assert_eq!(prefs.recent_files, vec![path]);
    assert!(!prefs.dark, "the theme switched to light");
}

#[test]
fn saving_over_a_file_another_program_changed_asks_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("shared.ron");
    gaza_zones::scenario::default_scenario()
        .expect("default")
        .save(&path)
        .expect("save");
    let mut h = harness();
    h.state_mut().open_file(&path);
    h.run();
    slider(&h, "Aid entering").set_value_accesskit(300.0);
    h.run();
    // A sync tool brings in a colleague's version.
    let mut theirs = gaza_zones::scenario::Scenario::load(&path).expect("loads");
    theirs.meta.title = "Colleague's version".to_owned();
    theirs.save(&path).expect("their save");

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.get_by_label("The file changed on disk");
    h.get_by_label("Cancel").click();
    h.run();
    let on_disk = gaza_zones::scenario::Scenario::load(&path).expect("loads");
    assert_eq!(
        on_disk.meta.title, "Colleague's version",
        "nothing overwritten on Cancel"
    );
    assert!(h.state().document().is_dirty());

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.get_by_label("Overwrite").click();
    h.run();
    let on_disk = gaza_zones::scenario::Scenario::load(&path).expect("loads");
    assert_eq!(on_disk.start.aid_trucks_per_day, 300.0);
    assert!(!h.state().document().is_dirty());
}

#[test]
fn new_after_saving_over_a_changed_file_still_starts_the_new_scenario() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("shared.ron");
    gaza_zones::scenario::default_scenario()
        .expect("default")
        .save(&path)
        .expect("save");
    let mut h = harness();
    h.state_mut().open_file(&path);
    h.run();
    slider(&h, "Aid entering").set_value_accesskit(300.0);
    h.run();
    let mut theirs = gaza_zones::scenario::Scenario::load(&path).expect("loads");
    theirs.meta.title = "Colleague's version".to_owned();
    theirs.save(&path).expect("their save");

    // New asks about the unsaved edits; Save then meets the changed file and asks again.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run();
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("The file changed on disk");
    h.get_by_label("Overwrite").click();
    h.run();
    let on_disk = gaza_zones::scenario::Scenario::load(&path).expect("loads");
    assert_eq!(
        on_disk.start.aid_trucks_per_day, 300.0,
        "the edits were saved"
    );
    assert!(
        h.state().document().path().is_none(),
        "and the new scenario was started, as asked"
    );
    assert!(h.state().pending_guard().is_none());
}

#[test]
fn presentation_mode_hides_the_editing_panels_and_esc_leaves() {
    let mut h = harness();
    h.get_by_label("Drivers at the start");
    h.key_press(egui::Key::F5);
    h.run();
    assert!(h.state().is_presenting());
    assert!(
        h.query_by_label("Drivers at the start").is_none(),
        "editing panels hidden"
    );
    assert!(h.ctx.zoom_factor() > 1.4, "large type");
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!h.state().is_presenting());
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-6);
    h.get_by_label("Drivers at the start");
}

#[test]
fn page_keys_jump_between_events_and_arrows_step_weeks() {
    let mut h = harness();
    h.state_mut()
        .open_bundled(common::bundled_index("full_phase_two.ron"));
    h.run();
    let mut days: Vec<u32> = h.state().scenario().events.iter().map(|e| e.day).collect();
    days.sort_unstable();
    days.dedup();
    h.key_press(egui::Key::PageDown);
    h.run();
    assert_eq!(h.state().day(), days[0]);
    h.key_press(egui::Key::PageDown);
    h.run();
    assert_eq!(h.state().day(), days[1]);
    h.key_press(egui::Key::PageUp);
    h.run();
    assert_eq!(h.state().day(), days[0]);
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert_eq!(h.state().day(), days[0] + 7, "an arrow is a week");
}

#[test]
fn ctrl_plus_and_minus_zoom_everything_and_ctrl_0_resets() {
    let mut h = harness();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    h.run();
    assert!(h.ctx.zoom_factor() > 1.05);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    h.run();
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-6);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    h.run();
    assert!(h.ctx.zoom_factor() < 0.95);
}

#[test]
fn an_ensemble_in_the_app_gives_the_numbers_of_the_command_line() {
    let mut h = harness();
    h.state_mut().open_file(&data("minimal.ron"));
    h.run();
    h.state_mut().start_ensemble(24);
    common::finish_jobs(&mut h);
    let result = h
        .state()
        .ensemble()
        .expect("a result for this scenario")
        .clone();
    h.get_by_label_contains("24 runs. People in blue on the last day");

    let o = std::process::Command::new(env!("CARGO_BIN_EXE_gaza-zones"))
        .args([
            "run",
            &data("minimal.ron").display().to_string(),
            "--runs",
            "24",
            "--summary",
        ])
        .output()
        .expect("runs");
    let csv = String::from_utf8(o.stdout).expect("utf-8");
    let rows: Vec<&str> = csv
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .collect();
    assert_eq!(rows.len(), result.summary.people.len());
    for (day, line) in rows.iter().enumerate() {
        let mut expected = vec![day.to_string()];
        for b in result.summary.area_km2[day]
            .iter()
            .chain(&result.summary.people[day])
        {
            expected.extend([b.p10, b.p50, b.p90].map(|v| format!("{v}")));
        }
        assert_eq!(*line, expected.join(","), "day {day}");
    }
}

#[test]
fn after_a_change_the_previous_run_stays_as_a_trace_until_cleared() {
    let mut h = harness();
    let before = h.state().output().days.clone();
    slider(&h, "Disarmament progress").set_value_accesskit(0.7);
    h.run();
    assert_eq!(
        h.state().trace(),
        Some(before.as_slice()),
        "the curves before the change"
    );
    slider(&h, "Disarmament progress").set_value_accesskit(0.9);
    h.run();
    assert_eq!(
        h.state().trace(),
        Some(before.as_slice()),
        "still the run before the first edit"
    );
    h.get_by_label("Clear the trace of the previous run")
        .click();
    h.run();
    assert!(h.state().trace().is_none());
}

#[test]
fn scenario_metadata_is_shown_and_editable() {
    let mut h = harness();
    h.get_by_label("Scenario").click();
    h.run();
    let title = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Title");
    title.focus();
    title.type_text(" (my copy)");
    h.run();
    assert!(h.state().scenario().meta.title.ends_with(" (my copy)"));
    assert!(h.state().document().is_dirty());
    let author = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Author");
    author.focus();
    author.type_text("A. Student");
    h.run();
    assert!(h.state().scenario().meta.author.ends_with("A. Student"));
    // Two fields typed in: two undo steps. Leave the text field first, so Ctrl+Z is the app's.
    h.get_by_label("People").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(!h.state().scenario().meta.author.ends_with("A. Student"));
    assert!(h.state().scenario().meta.title.ends_with(" (my copy)"));
}

#[test]
fn colour_blind_safe_colours_and_high_contrast_can_be_switched_on() {
    // The zone colours themselves are app-wide (other tests' apps run in parallel here), so
    // this checks the preferences and the widget look; theme.rs holds the two palettes.
    let mut h = harness();
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::C,
    );
    h.run();
    assert!(h.state().prefs.colour_blind_safe);
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::H,
    );
    h.run();
    assert!(h.state().prefs.high_contrast);
    assert_eq!(
        h.ctx.style_of(egui::Theme::Dark).visuals.panel_fill,
        egui::Color32::BLACK
    );
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::C,
    );
    h.run();
    assert!(!h.state().prefs.colour_blind_safe);
}

#[cfg(unix)]
#[test]
fn saving_a_scenario_that_is_a_link_says_which_file_it_wrote() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("shared").join("plan.ron");
    std::fs::create_dir(dir.path().join("shared")).expect("folder");
    gaza_zones::scenario::default_scenario()
        .expect("default")
        .save(&target)
        .expect("save");
    let link = dir.path().join("mine.ron");
    std::os::unix::fs::symlink(&target, &link).expect("link");
    let mut h = harness();
    h.state_mut().open_file(&link);
    h.run();
    slider(&h, "Aid entering").set_value_accesskit(300.0);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    let target = std::fs::canonicalize(&target).expect("exists");
    assert_eq!(
        h.state().notice(),
        Some(&Notice::Info(format!(
            "Saved to {} (mine.ron is a link to it)",
            target.display()
        )))
    );
    h.get_by_label_contains("mine.ron is a link to it");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink(),
        "the link stays a link"
    );
    let saved = gaza_zones::scenario::Scenario::load(&target).expect("target loads");
    assert_eq!(
        saved.start.aid_trucks_per_day, 300.0,
        "the edit went to the target"
    );
}

/// A valid scenario file larger than the app reads at once: the bundled full Phase II with
/// its events repeated.
fn large_scenario_file(dir: &Path, broken: bool) -> std::path::PathBuf {
    let mut scenario = gaza_zones::scenario::BUNDLED[common::bundled_index("full_phase_two.ron")]
        .load()
        .expect("bundled");
    let events = scenario.events.clone();
    for _ in 0..4 {
        scenario.events.extend(events.iter().cloned());
    }
    let mut text = scenario.to_ron_string().expect("text");
    assert!(text.len() as u64 > gaza_zones::app::loading::INLINE_MAX_BYTES);
    if broken {
        text = text.replacen("horizon_days: 774", "horizon_days: 10", 1);
    }
    let path = dir.join("large.ron");
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn a_large_file_opens_in_the_background_and_the_scenario_stays_until_it_is_ready() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = large_scenario_file(dir.path(), false);
    let mut h = harness();
    let before = h.state().scenario().clone();
    h.state_mut().open_file(&path);
    assert!(h.state().is_loading(), "read off the UI thread");
    assert_eq!(h.state().scenario(), &before, "untouched meanwhile");
    common::step_until_loaded(&mut h);
    assert!(h.state().scenario().meta.title.starts_with("Full Phase II"));
    assert!(h.state().scenario().events.len() > before.events.len());
    assert_eq!(h.state().document().path(), Some(path.as_path()));
    assert!(!h.state().document().is_dirty());
}

#[test]
fn a_large_broken_file_read_in_the_background_leaves_the_scenario_and_says_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = large_scenario_file(dir.path(), true);
    let mut h = harness();
    let before = h.state().scenario().clone();
    h.state_mut().open_file(&path);
    assert!(h.state().is_loading());
    common::step_until_loaded(&mut h);
    assert_eq!(h.state().scenario(), &before);
    match h.state().notice() {
        Some(Notice::Error(text)) => assert!(text.contains("large.ron:"), "{text}"),
        other => panic!("expected an error notice, got {other:?}"),
    }
}

#[test]
fn edits_made_while_a_file_is_read_are_not_lost() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = large_scenario_file(dir.path(), false);
    let mut h = harness();
    h.state_mut().open_file(&path);
    // The scenario on screen stays usable while the file is read.
    let mut edited = h.state().scenario().clone();
    edited.seed = 99;
    h.state_mut().edit(edited);
    common::step_until_loaded(&mut h);
    assert_eq!(
        h.state().scenario().seed,
        99,
        "not replaced behind the user's back"
    );
    assert_eq!(
        h.state().pending_guard(),
        Some(&AfterGuard::OpenPath(path.clone()))
    );
    h.get_by_label("Discard changes").click();
    // One frame applies the answer; the file is then read again in the background, so the
    // harness cannot wait for the window to settle (the spinner keeps repainting).
    h.step();
    common::step_until_loaded(&mut h);
    assert!(h.state().scenario().meta.title.starts_with("Full Phase II"));
}

#[test]
fn a_large_file_to_compare_is_read_in_the_background() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = large_scenario_file(dir.path(), false);
    let mut h = harness();
    h.state_mut().add_comparison_path(&path);
    assert!(h.state().is_loading());
    assert!(h.state().comparison().compared.is_empty());
    common::step_until_loaded(&mut h);
    assert_eq!(h.state().comparison().compared.len(), 1);
}

#[test]
fn the_summary_shows_the_held_land_as_its_own_row_apart_from_gray() {
    use gaza_zones::model::Category;
    let h = harness();
    let day = h.state().day() as usize;
    let today = h.state().output().days[day];
    let reported = today.reported();
    let held = reported.area(Category::Held);
    // The default scenario holds about half the Strip behind the line, all of it gray.
    assert!(held > 100.0, "{held}");
    assert!(reported.area(Category::Gray) < today.area_km2[Zone::Gray.index()] - 100.0);
    // The summary's row names (the Compare table, when open, has rows of its own).
    assert!(h.query_all_by_label("held").count() >= 1);
    assert!(h.query_all_by_label("gray").count() >= 1);
    let km2 = |v: f64| format!("{v:.0} km²");
    assert!(
        h.query_all_by_label(&km2(held)).count() >= 1,
        "no `{}` in the summary",
        km2(held)
    );
    assert!(
        h.query_all_by_label(&km2(reported.area(Category::Gray)))
            .count()
            >= 1
    );
}
