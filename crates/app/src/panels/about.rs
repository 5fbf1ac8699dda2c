//! The About window: what the program is, and every data source it is built from with its
//! licence, read from assets/ATTRIBUTION.md (the same notice that ships with the data).

use eframe::egui::{self, RichText};

use super::super::theme::Palette;
use super::history::blocks_ui;
use gz_core::report::help::attribution;

/// Draws the window while `open`.
pub fn about_window_ui(ctx: &egui::Context, open: &mut bool, palette: &Palette) {
    let screen = ctx.content_rect();
    egui::Window::new("About gaza-zones")
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
            ui.label(
                "A what-if model of the Gaza Strip after the October 2025 ceasefire, seen \
                 through Ross and Orion's four zones. It shows what follows from the \
                 assumptions put in; it is not a forecast.",
            );
            ui.label(format!(
                "Model versions: new scenarios run model {}. Each file names the model that \
                 makes its numbers and keeps them: {}",
                gz_core::model::ModelVersion::LATEST.number(),
                gz_core::model::ModelVersion::ALL
                    .map(|m| format!("model {}", m.describe()))
                    .join("; ")
            ));
            ui.colored_label(
                palette.caption,
                "Code: MIT or Apache-2.0. The data below keep their own licences. The figures \
                 the scenarios use are listed with their sources in docs/SOURCES.md.",
            );
            ui.add_space(6.0);
            ui.heading("Data sources");
            for (i, source) in attribution::sources().iter().enumerate() {
                ui.add_space(4.0);
                ui.label(RichText::new(&source.title).strong());
                blocks_ui(ui, &source.blocks, egui::Id::unique(("about", i)));
                ui.separator();
            }
            ui.colored_label(
                palette.caption,
                "The full notice is assets/ATTRIBUTION.md in the source tree.",
            );
        });
}
