//! What the app tests share: the real app in a headless window of presenter size.

use eframe::egui;
use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gaza_zones::app::ZonesApp;

/// The real app, made by `make`, at 1600×1000 with the app's own text sizes.
#[allow(dead_code)]
pub fn app_harness(make: impl FnOnce() -> ZonesApp + 'static) -> Harness<'static, ZonesApp> {
    Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |cc| {
            gaza_zones::app::theme::apply_text_sizes(&cc.egui_ctx);
            make()
        })
}

/// Waits for a file read in the background, then steps the frame that takes it in. Bounded by
/// the reading itself, never by a deadline or a count of frames that a slow machine could use up.
#[allow(dead_code)]
pub fn step_until_loaded(h: &mut Harness<'_, ZonesApp>) {
    h.state_mut().wait_for_jobs();
    h.step();
    assert!(!h.state().is_loading(), "the file was read");
    h.run();
}

/// Waits for the app's background jobs (the ensemble, the sensitivity analyses), then runs the
/// frames that take their results in; the same for a fast or a loaded machine.
#[allow(dead_code)]
pub fn finish_jobs(h: &mut Harness<'_, ZonesApp>) {
    h.state_mut().wait_for_jobs();
    h.step();
    assert!(!h.state().ensemble_running(), "the ensemble has ended");
    assert!(
        !h.state().sensitivity().is_running(),
        "the analyses have ended"
    );
    h.run();
}

/// The place in the bundled list of the scenario saved as `file_name`, for the app's
/// open-bundled and compare-bundled actions.
#[allow(dead_code)]
pub fn bundled_index(file_name: &str) -> usize {
    gaza_zones::scenario::BUNDLED
        .iter()
        .position(|b| b.file_name == file_name)
        .unwrap_or_else(|| panic!("{file_name} is bundled"))
}

/// The app opened on the historical baseline "Stalled Phase II" (November 2025), the default
/// before the 2026 scenarios: tests whose days and numbers were written against it keep it.
#[allow(dead_code)]
pub fn on_stalled_baseline() -> ZonesApp {
    let scenario = gaza_zones::scenario::BUNDLED[bundled_index("stalled_phase_two.ron")]
        .load()
        .expect("bundled");
    ZonesApp::new(
        gaza_zones::app::document::Document::unsaved(scenario),
        gaza_zones::app::Prefs::default(),
    )
}

/// Brings the widget named `label` into view (panels scroll), then clicks it.
#[allow(dead_code)]
pub fn click(h: &mut Harness<'_, ZonesApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

/// Picks `option` from the drop-down list named `list`. Options are buttons in the list's
/// pop-up; other panels use some of the same words for check boxes and lists.
#[allow(dead_code)]
pub fn choose(h: &mut Harness<'_, ZonesApp>, list: &str, option: &str) {
    click(h, list);
    h.get_by_role_and_label(Role::Button, option).scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::Button, option).click();
    h.run();
}

/// Replaces the text or number in the field named `label` with `text`, by typing.
#[allow(dead_code)]
pub fn type_into(h: &mut Harness<'_, ZonesApp>, label: &str, text: &str) {
    click(h, label);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// A click of the primary button at `pos` (the map is one widget: its cells have no names).
#[allow(dead_code)]
pub fn click_at(h: &mut Harness<'_, ZonesApp>, pos: egui::Pos2) {
    h.hover_at(pos);
    h.run();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    h.run();
}

/// Presses `key` `times` times, a frame each.
#[allow(dead_code)]
pub fn press(h: &mut Harness<'_, ZonesApp>, key: egui::Key, times: usize) {
    for _ in 0..times {
        h.key_press(key);
        h.run();
    }
}

/// The real app in `language`, on the default scenario.
#[allow(dead_code)]
pub fn app_in(language: gz_i18n::Language) -> Harness<'static, ZonesApp> {
    app_harness(move || {
        let prefs = gaza_zones::app::Prefs {
            language: Some(language),
            ..gaza_zones::app::Prefs::default()
        };
        let scenario = gz_core::scenario::default_scenario().unwrap_or_default();
        ZonesApp::new(
            gaza_zones::app::document::Document::unsaved(scenario),
            prefs,
        )
    })
}

/// A line as the screen (and a screen reader) gets it, left to right.
#[allow(dead_code)]
pub fn shown(line: &str) -> String {
    gaza_zones::app::bidi::display_pieces(line).concat()
}

/// Opens the Help window's first "In depth: formula" fold (clearance's, in the reference
/// order: drivers have no formulas to fold).
#[allow(dead_code)]
pub fn open_first_fold(h: &mut Harness<'_, ZonesApp>) {
    let fold = "In depth: formula";
    h.query_all_by_label(fold)
        .next()
        .expect("a fold")
        .scroll_to_me();
    h.run();
    h.query_all_by_label(fold).next().expect("a fold").click();
    h.run();
}

/// A stand-in for eframe's file store, to check what survives a restart.
#[allow(dead_code)]
#[derive(Default)]
pub struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}
