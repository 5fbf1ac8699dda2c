//! What the app tests share: the real app in a headless window of presenter size.

use eframe::egui;
use egui_kittest::Harness;
use gaza_zones::app::ZonesApp;

/// The real app, made by `make`, at 1600×1000 with the app's own text sizes.
pub fn app_harness(make: impl FnOnce() -> ZonesApp + 'static) -> Harness<'static, ZonesApp> {
    Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |cc| {
            gaza_zones::app::theme::apply_text_sizes(&cc.egui_ctx);
            make()
        })
}

/// Steps frames until a file read in the background has been taken in; bounded by a count of
/// frames (with a short pause between them), never by a deadline.
#[allow(dead_code)]
pub fn step_until_loaded(h: &mut Harness<'_, ZonesApp>) {
    for _ in 0..5_000 {
        if !h.state().is_loading() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
        h.step();
    }
    assert!(!h.state().is_loading(), "the file was read");
    h.run();
}
