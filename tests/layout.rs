//! The main window at laptop sizes, measured: the map keeps half the window, and the legend,
//! the date, the subtitle and an event's caption are drawn where they hide no cell of the
//! Strip, in English and in Arabic.
#![cfg(feature = "app")]

mod common;

use eframe::egui;
use egui_kittest::Harness;
use gaza_zones::app::document::Document;
use gaza_zones::app::{Prefs, ZonesApp};
use gz_i18n::Language;

/// The app on `file` (a bundled scenario) at `day`, in a window of `size` points.
fn app(size: egui::Vec2, file: &str, day: u32, language: Language) -> Harness<'static, ZonesApp> {
    let scenario = gaza_zones::scenario::BUNDLED[common::bundled_index(file)]
        .load()
        .expect("bundled");
    let mut h = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| {
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

/// Each case: a scenario, a day an event's caption shows on, and the caption's title.
const CASES: [(&str, u32, &str); 2] = [
    ("where_things_stand.ron", 14, "Exchange of fire"),
    ("full_phase_two.ron", 64, ""),
];

#[test]
fn at_laptop_sizes_the_map_has_half_the_window_and_nothing_covers_the_strip() {
    for size in LAPTOPS {
        for (file, day, _) in CASES {
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
fn the_caption_is_that_of_the_event_that_just_fired() {
    let (file, day, title) = CASES[0];
    let h = app(LAPTOPS[0], file, day, Language::English);
    let event = h
        .state()
        .scenario()
        .events
        .iter()
        .filter(|e| e.day <= day)
        .max_by_key(|e| e.day)
        .expect("an event before the day");
    assert!(event.title.starts_with(title), "{}", event.title);
    assert!(h.state().map_view().overlays().caption.is_some());
}

#[test]
fn the_folded_legend_opens_on_click_and_stays_clear_until_then() {
    // A narrow window: the map's panel is too small for the legend beside the Strip.
    let mut h = app(egui::vec2(1000.0, 640.0), CASES[0].0, 0, Language::English);
    let o = h.state().map_view().overlays().clone();
    let Some(button) = o.legend_button else {
        // The legend fitted after all; then it must be clear of the Strip.
        let legend = o.legend.expect("the legend shows");
        let cells = h.state().map_view().cell_screen_rects();
        assert!(cells.iter().all(|c| !c.intersects(legend)));
        return;
    };
    assert!(o.legend.is_none(), "folded, the legend is not drawn");
    h.get_by_label("Legend").click();
    h.run();
    // Move the pointer away so that only the click keeps it open.
    h.hover_at(egui::pos2(5.0, 5.0));
    h.run();
    let open = h.state().map_view().overlays().legend.expect("opened");
    assert!(open.bottom() <= button.top(), "it opens above its button");
}
