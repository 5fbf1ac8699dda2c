//! Presentation mode as a presenter uses it: the Strip fills the room's screen on a 1080p and a
//! 720p projector with its patterns, zooming enlarges the map, Page Down walks through every
//! event of a crowded day, no card hangs over the map while it plays, and quitting in
//! presentation mode leaves the next start an ordinary window.
#![cfg(feature = "app")]

mod common;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gaza_zones::app::document::Document;
use gaza_zones::app::{Prefs, ZonesApp};

/// The day Full Phase II's stabilisation force starts in every governorate at once: several
/// events fire on it.
const CROWDED_DAY: u32 = 45;

/// Full Phase II presenting on `day`, on a screen of `screen_px` pixels. The harness is then
/// given the size in points the zoomed screen has, as a real window would be.
fn presenting(screen_px: egui::Vec2, day: u32) -> Harness<'static, ZonesApp> {
    let scenario = gaza_zones::scenario::BUNDLED[common::bundled_index("full_phase_two.ron")]
        .load()
        .expect("bundled");
    let mut h = Harness::builder()
        .with_size(screen_px)
        .build_eframe(move |cc| {
            gaza_zones::app::theme::apply_text_sizes(&cc.egui_ctx);
            let mut app = ZonesApp::new(Document::unsaved(scenario), Prefs::default());
            app.start_presenting();
            app
        });
    h.state_mut().set_day(day);
    h.run();
    let zoom = h.ctx.zoom_factor();
    assert!(zoom > 1.0, "presenting enlarges the type (zoom {zoom})");
    h.set_size(screen_px / zoom);
    h.run();
    assert!(h.state().is_presenting());
    h
}

/// The Strip as drawn: the union of its cells' boxes, in points.
fn strip_rect(h: &Harness<'_, ZonesApp>) -> egui::Rect {
    h.state()
        .map_view()
        .cell_screen_rects()
        .iter()
        .fold(egui::Rect::NOTHING, |a, c| a.union(*c))
}

/// The events Full Phase II has on `day`, by index.
fn events_on(h: &Harness<'_, ZonesApp>, day: u32) -> usize {
    h.state()
        .scenario()
        .events
        .iter()
        .filter(|e| e.when.is_none() && e.day == day)
        .count()
}

#[test]
fn on_1080p_and_720p_projectors_the_strip_fills_most_of_the_height_with_its_patterns() {
    for screen in [egui::vec2(1920.0, 1080.0), egui::vec2(1280.0, 720.0)] {
        let h = presenting(screen, CROWDED_DAY);
        let window = h.ctx.content_rect();
        let strip = strip_rect(&h);
        let share = strip.height() / window.height();
        assert!(
            share >= 0.6,
            "{screen:?}: the Strip spans {share:.2} of the screen's height"
        );
        let mark_px = h.state().map_view().pattern_mark_pt() * h.ctx.pixels_per_point();
        assert!(
            mark_px >= 3.0,
            "{screen:?}: red cells keep their crosses ({mark_px:.1} px)"
        );
    }
}

#[test]
fn zooming_while_presenting_enlarges_the_map_and_not_the_type() {
    let mut h = presenting(egui::vec2(1920.0, 1080.0), CROWDED_DAY);
    let before = strip_rect(&h);
    let zoom = h.ctx.zoom_factor();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    h.run();
    let after = strip_rect(&h);
    assert!(
        after.height() > 1.2 * before.height(),
        "Ctrl + enlarges the Strip: {before:?} to {after:?}"
    );
    assert!((h.ctx.zoom_factor() - zoom).abs() < 1e-6, "the type stays");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    h.run();
    let fitted = strip_rect(&h);
    assert!(
        (fitted.height() - before.height()).abs() < 1.0,
        "Ctrl 0 fits the whole Strip again: {fitted:?}"
    );
}

#[test]
fn page_down_steps_through_every_event_of_a_crowded_day_and_the_caption_names_them_all() {
    let mut h = presenting(egui::vec2(1920.0, 1080.0), CROWDED_DAY - 1);
    let crowd = events_on(&h, CROWDED_DAY);
    assert!(crowd >= 3, "day {CROWDED_DAY} has {crowd} events");
    let mut emphasised = Vec::new();
    for step in 0..crowd {
        h.key_press(egui::Key::PageDown);
        h.run();
        assert_eq!(
            h.state().day(),
            CROWDED_DAY,
            "step {step} stays on the crowded day"
        );
        let view = h.state().map_view();
        assert_eq!(
            view.captioned().len(),
            crowd,
            "the caption names every event of the day"
        );
        assert!(view.overlays().caption.is_some(), "and is drawn");
        emphasised.push(h.state().event_focus());
    }
    emphasised.dedup();
    assert_eq!(emphasised.len(), crowd, "each step shows another event");
    h.key_press(egui::Key::PageDown);
    h.run();
    assert!(
        h.state().day() > CROWDED_DAY,
        "after the last event of the day, Page Down goes on"
    );
    h.key_press(egui::Key::PageUp);
    h.run();
    assert_eq!(
        h.state().day(),
        CROWDED_DAY,
        "Page Up comes back to the day's last event"
    );
}

#[test]
fn no_cell_card_hangs_over_the_map_while_it_plays() {
    let mut h = presenting(egui::vec2(1920.0, 1080.0), 100);
    let cell = gz_core::geo::CellId::from_index(150).expect("a cell of the Strip");
    let at = h
        .state()
        .map_view()
        .screen_pos_of_cell(cell)
        .expect("the cell is drawn");
    h.hover_at(at);
    h.run();
    assert_eq!(h.state().map_view().hovered, Some(cell));
    assert!(
        h.query_by_label_contains(&cell.to_string()).is_some(),
        "paused, the card of the cell under the pointer shows"
    );
    h.key_press(egui::Key::Space);
    h.step();
    h.step();
    assert!(h.state().is_playing());
    assert!(
        h.query_by_label_contains(&cell.to_string()).is_none(),
        "playing, it does not"
    );
}

#[test]
fn quitting_while_presenting_leaves_an_ordinary_window_for_the_next_start() {
    let mut h = presenting(egui::vec2(1280.0, 720.0), 0);
    assert!(
        !eframe::App::persist_egui_memory(h.state()),
        "egui's memory, which holds the presentation zoom, is not saved while presenting"
    );
    // As eframe saves on quitting: its window entry first (full screen), then the app's.
    let mut store = common::MemoryStorage::default();
    eframe::Storage::set_string(&mut store, "window", "(fullscreen: true)".to_owned());
    eframe::App::save(h.state_mut(), &mut store);
    assert_eq!(
        eframe::Storage::get_string(&store, "window"),
        None,
        "the full-screen window is not what the next start restores"
    );
    assert!(
        eframe::get_value::<Prefs>(&store, eframe::APP_KEY).is_some(),
        "the preferences are saved as usual"
    );

    // Leaving presentation mode first, the window is kept as usual.
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!h.state().is_presenting());
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-6, "the zoom is back");
    assert!(eframe::App::persist_egui_memory(h.state()));
    eframe::Storage::set_string(&mut store, "window", "(normal)".to_owned());
    eframe::App::save(h.state_mut(), &mut store);
    assert_eq!(
        eframe::Storage::get_string(&store, "window").as_deref(),
        Some("(normal)")
    );
}
