//! The About window: what the program is, and every data source it is built from with its
//! licence, read from assets/ATTRIBUTION.md (the same notice that ships with the data).

use eframe::egui::{self, RichText};
use gz_i18n::{names, tr};

use super::super::theme::Palette;
use super::history::blocks_ui;
use gz_core::report::help::attribution;

/// Draws the window while `open`.
pub fn about_window_ui(ctx: &egui::Context, open: &mut bool, palette: &Palette) {
    let screen = ctx.content_rect();
    egui::Window::new(crate::bidi::plain(&tr!("about-title")))
        .id(egui::Id::unique("about_window"))
        .open(open)
        .default_pos(screen.center() - egui::vec2(320.0, 320.0))
        .default_size([640.0, 640.0])
        .vscroll(true)
        .show(ctx, |ui| {
            ui.set_max_width(620.0);
            ui.label(
                RichText::new(format!("gaza-zones {}", env!("CARGO_PKG_VERSION")))
                    .strong()
                    .size(18.0),
            );
            ui.label(crate::bidi::text(ui, tr!("about-intro")));
            let versions = gz_core::model::ModelVersion::ALL
                .map(|m| tr!("model-in-list", model = names::model_described(m)))
                .join("; ");
            ui.label(crate::bidi::text(
                ui,
                tr!(
                    "about-models",
                    latest = gz_core::model::ModelVersion::LATEST.number(),
                    versions = versions
                ),
            ));
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                tr!("about-licence"),
            ));
            ui.add_space(6.0);
            ui.label(crate::bidi::heading(ui, tr!("about-data-sources")));
            for (i, source) in attribution::sources().iter().enumerate() {
                ui.add_space(4.0);
                ui.label(RichText::new(&source.title).strong());
                blocks_ui(ui, &source.blocks, egui::Id::unique(("about", i)));
                ui.separator();
            }
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                tr!("about-full-notice"),
            ));
        });
}
