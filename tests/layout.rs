//! The main window at laptop sizes, measured: the map keeps half the window, and the legend,
//! the date, the subtitle and an event's caption are drawn where they hide no cell of the
//! Strip, in English and in Arabic.
#![cfg(feature = "app")]

mod common;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gaza_zones::app::document::Document;
use gaza_zones::app::{Prefs, ZonesApp};
use gz_i18n::Language;

/// The app on `file` (a bundled scenario) at `day`, in a window of `size` points.
fn app(size: egui::Vec2, file: &str, day: u32, language: Language) -> Harness<'static, ZonesApp> {
    let scenario = gaza_zones::scenario::BUNDLED[common::bundled_index(file)]
        .load()
        .expect("bundled");
    let mut h = Harness::builder().with_size(size).build_eframe(move |cc| {
        gaza_zones::app::theme::apply_text_sizes(&cc.egui_ctx);
        let prefs = Prefs {
            language: Some(language),
            ..Prefs::default()
        };
        ZonesApp::new(Document::unsaved(scenario), prefs)
    });
    h.state_mut().set_day(day);
    h.run();
    h
}

const LAPTOPS: [egui::Vec2; 2] = [egui::vec2(1280.0, 720.0), egui::vec2(1366.0, 768.0)];

/// Each case: a scenario and a day an event's caption shows on (day 12's exchange of fire;
/// day 60's haven and disarmament, among a crowd of events).
const CASES: [(&str, u32); 2] = [("where_things_stand.ron", 14), ("full_phase_two.ron", 64)];

#[test]
fn at_laptop_sizes_the_map_has_half_the_window_and_nothing_covers_the_strip() {
    for size in LAPTOPS {
        for (file, day) in CASES {
            for language in [Language::English, Language::Arabic] {
                let h = app(size, file, day, language);
                let view = h.state().map_view();
                let case = format!("{size:?} {file} day {day} {language:?}");
                let map = view.rect().expect("the map is drawn");
                let share = map.area() / (size.x * size.y);
                assert!(share >= 0.5, "{case}: the map has {share:.2} of the window");

                let cells = view.cell_screen_rects();
                assert!(cells.len() > 300, "{case}: the Strip is drawn");
                // The Strip is drawn as large as the map allows: it spans nearly the height
                // or the width of the map's panel.
                let strip = cells.iter().fold(egui::Rect::NOTHING, |a, c| a.union(*c));
                assert!(
                    strip.height() >= 0.85 * map.height() || strip.width() >= 0.85 * map.width(),
                    "{case}: the Strip is {strip:?} in {map:?}"
                );

                let o = view.overlays();
                let drawn = [
                    ("date", o.date),
                    ("subtitle", o.subtitle),
                    ("caption", o.caption),
                    ("legend", o.legend),
                    ("legend button", o.legend_button),
                ];
                for (what, rect) in drawn {
                    let Some(rect) = rect else { continue };
                    assert!(
                        map.contains_rect(rect),
                        "{case}: the {what} {rect:?} is inside the map {map:?}"
                    );
                    if let Some(cell) = cells.iter().find(|c| c.intersects(rect)) {
                        panic!("{case}: the {what} {rect:?} covers the cell at {cell:?}");
                    }
                }
                assert!(o.date.is_some() && o.subtitle.is_some(), "{case}");
                assert!(o.caption.is_some(), "{case}: the event's caption shows");
                assert!(
                    o.legend.is_some() || o.legend_button.is_some(),
                    "{case}: the legend or its button shows"
                );
            }
        }
    }
}

#[test]
fn with_the_strip_dragged_over_its_corner_the_legend_folds_into_a_button_that_opens_it() {
    let mut h = app(LAPTOPS[1], CASES[0].0, 0, Language::English);
    assert!(h.state().map_view().overlays().legend.is_some());
    // The Strip dragged into the bottom-right corner: no empty corner is left there.
    let map = h.state().map_view().rect().expect("drawn");
    let from = map.center();
    let to = map.right_bottom() - egui::vec2(20.0, 20.0);
    let press = |pos, pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    h.hover_at(from);
    h.event(press(from, true));
    h.step();
    for k in 1..=10 {
        h.event(egui::Event::PointerMoved(
            from + (to - from) * (k as f32 / 10.0),
        ));
        h.step();
    }
    h.event(press(to, false));
    h.step();
    // The pointer leaves the corner, where the button now is.
    let centre = egui::pos2(map.left() + 20.0, map.top() + 20.0);
    h.hover_at(centre);
    h.run_steps(5);
    let o = h.state().map_view().overlays().clone();
    let button = o.legend_button.expect("folded into its button");
    assert!(o.legend.is_none(), "folded, the legend is not drawn");
    // Where it must cover some of the Strip, it covers little.
    let share = button.area() / map.area();
    assert!(share < 0.01, "the button takes {share:.3} of the map");
    h.get_by_label("Legend").click();
    h.run_steps(5);
    // The pointer moves away: only the click keeps it open.
    h.hover_at(centre);
    h.run_steps(5);
    let open = h.state().map_view().overlays().legend.expect("opened");
    assert!(open.bottom() <= button.top(), "it opens above its button");
}

/// Whether the drivers' sliders are in the window.
fn drivers_shown(h: &Harness<'_, ZonesApp>) -> bool {
    h.query_all_by_label_contains("Disarmament progress")
        .next()
        .is_some()
}

#[test]
fn in_a_small_window_the_events_are_one_tab_away() {
    let mut h = app(LAPTOPS[0], CASES[0].0, 0, Language::English);
    assert!(
        h.query_by_label("+ Add").is_none(),
        "the scenario's tab shows first"
    );
    assert!(drivers_shown(&h), "the drivers show");
    h.get_by_label("Events (7)").click();
    h.run();
    h.get_by_label("+ Add");
    assert!(!drivers_shown(&h), "the events replace the drivers");
    h.get_by_label("Scenario and drivers").click();
    h.run();
    assert!(drivers_shown(&h), "the drivers show");
}
