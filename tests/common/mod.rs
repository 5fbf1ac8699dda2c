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
