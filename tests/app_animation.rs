//! Export ▸ Animation as a presenter uses it: chosen in the Export window, written in the
//! background to the path typed (with the format's extension added), the window staying usable;
//! the file is an animated GIF with a frame every step and the last day.
#![cfg(feature = "app")]

mod common;

use eframe::egui;
use eframe::egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

#[test]
fn an_animation_is_made_in_the_background_and_written_where_typed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = common::app_harness(common::on_stalled_baseline);
    let last_day = h.state().scenario().horizon_days;
    // A small frame keeps the test quick; the size is the figures' width and height.
    h.state_mut().prefs.export.width = 960;
    h.state_mut().prefs.export.height = 540;
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::E,
    );
    h.run();
    common::click(&mut h, "Animation of the map (GIF, APNG or WebP)");
    h.get_by_role_and_label(Role::SpinButton, "days per frame")
        .click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role(Role::TextInput).type_text("300");
    h.key_press(egui::Key::Enter);
    h.run();
    let frames = (0..=last_day).step_by(300).count() + usize::from(last_day % 300 != 0);
    // The window says how many frames before anything is made.
    let note = format!("{frames} frames, a loop of about");
    h.get_by_label_contains(&note);

    let target = dir.path().join("slides");
    h.get_by_label("or save to").click();
    h.run();
    h.get_by_role(Role::TextInput)
        .type_text(target.to_str().expect("utf-8"));
    h.run();
    h.get_by_label("Export here").click();
    h.run();
    h.state_mut().wait_for_jobs();
    h.step();
    h.run();

    let written = dir.path().join("slides.gif");
    let notice = format!("{:?}", h.state().notice());
    assert!(notice.contains("Exported"), "{notice}");
    let file = std::fs::File::open(&written).expect("written, with .gif added");
    let mut decoder = gif::DecodeOptions::new()
        .read_info(std::io::BufReader::new(file))
        .expect("a GIF");
    assert_eq!((decoder.width(), decoder.height()), (960, 540));
    let mut count = 0;
    while decoder.read_next_frame().expect("a frame").is_some() {
        count += 1;
    }
    assert_eq!(count, frames, "a frame every 300 days and the last day");
    assert!(
        !h.state().document().is_dirty(),
        "exporting changes nothing"
    );
}
