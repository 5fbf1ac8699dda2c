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
