//! CPU cost of one frame of the app's main view (map, timeline, panels) at 1920×1080, headless:
//! building the UI and tessellating it into triangles, which is all the CPU does per frame
//! before the GPU draws. Results go in docs/PERFORMANCE.md.

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use gaza_zones::app::ZonesApp;

fn input(width: f32, height: f32, time: f64) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(width, height),
        )),
        time: Some(time),
        ..Default::default()
    }
}

fn frames(c: &mut Criterion) {
    for (name, bundled, day) in [("default", 0, 0), ("full_phase_two", 1, 400)] {
        let ctx = egui::Context::default();
        gaza_zones::app::theme::apply_text_sizes(&ctx);
        let mut app = ZonesApp::with_default_scenario();
        app.open_bundled(bundled);
        app.set_day(day);
        let mut time = 0.0;
        // Let layout settle (panel sizes, fonts) before measuring.
        for _ in 0..5 {
            time += 1.0 / 60.0;
            let out = ctx.run_ui(input(1920.0, 1080.0, time), |ui| app.frame_ui(ui));
            let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
        }
        c.bench_function(&format!("frame/{name}/1920x1080"), |b| {
            b.iter(|| {
                time += 1.0 / 60.0;
                let out = ctx.run_ui(input(1920.0, 1080.0, time), |ui| app.frame_ui(ui));
                ctx.tessellate(out.shapes, out.pixels_per_point)
            });
        });
    }
}

/// The same frame with two scenarios compared: the Compare timeline with its table, and the
/// difference map.
fn comparison_frames(c: &mut Criterion) {
    for (name, difference_map) in [("compare_two", false), ("difference_map", true)] {
        let ctx = egui::Context::default();
        gaza_zones::app::theme::apply_text_sizes(&ctx);
        let mut app = ZonesApp::with_default_scenario();
        app.add_comparison_bundled(1);
        app.add_comparison_bundled(4);
        app.prefs.timeline = gaza_zones::app::views::timeline::TimelineMode::Compare;
        if difference_map {
            app.show_difference_map(Some(0));
        }
        app.set_day(400);
        let mut time = 0.0;
        for _ in 0..5 {
            time += 1.0 / 60.0;
            let out = ctx.run_ui(input(1920.0, 1080.0, time), |ui| app.frame_ui(ui));
            let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
        }
        c.bench_function(&format!("frame/{name}/1920x1080"), |b| {
            b.iter(|| {
                time += 1.0 / 60.0;
                let out = ctx.run_ui(input(1920.0, 1080.0, time), |ui| app.frame_ui(ui));
                ctx.tessellate(out.shapes, out.pixels_per_point)
            });
        });
    }
}

criterion_group!(benches, frames, comparison_frames);
criterion_main!(benches);
