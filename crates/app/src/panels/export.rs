//! The Export window: choose what (map, chart or table), the format, size and scale; it asks
//! for the export, and the app writes it (after a native save dialog) when it applies the
//! frame's actions.

use eframe::egui;

use super::super::actions::{Action, ExportRequest};
use super::super::export::{ExportSettings, ExportWhat};

/// Sizes a user most often needs, in layout pixels.
const PRESETS: [(u32, u32, &str); 5] = [
    (1920, 1080, "1920×1080 (projector, 16:9)"),
    (1280, 720, "1280×720 (slides, 16:9)"),
    (2400, 1600, "2400×1600 (paper, 3:2)"),
    (1600, 1600, "1600×1600 (square)"),
    (3840, 2160, "3840×2160 (4K)"),
];

/// The Export window's state: open or not, and the choices (kept between sessions).
#[derive(Default)]
pub struct ExportDialog {
    pub open: bool,
    /// A path typed instead of chosen: where there is no file dialog (a remote session, a
    /// desktop without a portal), or for speed.
    pub typed_path: String,
}

/// Which results exist to be exported, read from the app before the window is drawn.
// Four independent facts, not the states of one thing.
#[allow(clippy::struct_excessive_bools)]
#[derive(Clone, Copy, Debug, Default)]
pub struct Exportable {
    pub ensemble: bool,
    pub comparison: bool,
    pub tornado: bool,
    pub sweep: bool,
}

impl Exportable {
    fn allows(self, what: ExportWhat) -> bool {
        (self.ensemble || !what.needs_ensemble())
            && (self.comparison || !what.needs_comparison())
            && (self.tornado || !what.needs_tornado())
            && (self.sweep || !what.needs_sweep())
    }
}

/// Draws the window while it is open; returns the export asked for. It owns its dialog
/// state and the export choices (kept in the preferences), and edits only those.
pub fn export_window_ui(
    ctx: &egui::Context,
    dialog: &mut ExportDialog,
    settings: &mut ExportSettings,
    exportable: Exportable,
) -> Option<Action> {
    if !dialog.open {
        return None;
    }
    let in_browser = cfg!(target_arch = "wasm32");
    let mut open = true;
    let mut go = false;
    let mut go_typed = false;
    let available = |what: ExportWhat| exportable.allows(what);
    let typed_path = &mut dialog.typed_path;
    egui::Window::new("Export")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .default_width(460.0)
        .show(ctx, |ui| {
            ui.strong("What");
            for what in ExportWhat::ALL {
                let enabled = available(what);
                let why = if what.needs_comparison() {
                    "Add a scenario to compare first (Compare menu)"
                } else if what.needs_tornado() || what.needs_sweep() {
                    "Compute it first in the Sensitivity window (Analysis menu, Ctrl+T)"
                } else {
                    "Run an ensemble first (Uncertainty, in the left panel)"
                };
                ui.add_enabled_ui(enabled, |ui| {
                    ui.radio_value(&mut settings.what, what, what.label())
                        .on_disabled_hover_text(why);
                });
            }
            ui.separator();
            if settings.what.is_table() {
                ui.label(
                    "CSV, headed by the scenario's title, file, hash, seed and program version.",
                );
            } else {
                figure_options_ui(ui, settings);
            }
            ui.add_space(6.0);
            // A choice kept from an earlier session may need what this one has not computed,
            // and a size may be out of bounds: say so here, before the file dialog.
            let size_ok =
                settings.what.is_table() || settings.size().pixels(settings.format()).is_ok();
            let ready = available(settings.what) && size_ok;
            ui.horizontal(|ui| {
                let (button, hover) = if in_browser {
                    ("Download", "The browser saves it with your downloads")
                } else {
                    ("Export…", "Choose where to save it")
                };
                go = ui
                    .add_enabled(
                        ready,
                        egui::Button::new(egui::RichText::new(button).strong()),
                    )
                    .on_hover_text(hover)
                    .on_disabled_hover_text(if size_ok {
                        "Choose something that is available above"
                    } else {
                        "Choose a size within the limits above"
                    })
                    .clicked();
                ui.label(
                    egui::RichText::new(
                        "Title, day and program version go in the caption and the file.",
                    )
                    .small(),
                );
            });
            // A page cannot write to a path.
            if !in_browser {
                ui.horizontal(|ui| {
                    let label = ui.label("or save to");
                    ui.add(
                        egui::TextEdit::singleline(typed_path)
                            .hint_text("/path/to/figure.png")
                            .desired_width(260.0),
                    )
                    .labelled_by(label.id);
                    go_typed = ui
                        .add_enabled(
                            ready && !typed_path.trim().is_empty(),
                            egui::Button::new("Export here"),
                        )
                        .on_hover_text("Write to the path typed, without a file dialog")
                        .clicked();
                });
            }
        });
    dialog.open = open;
    if go_typed {
        let path = std::path::PathBuf::from(dialog.typed_path.trim());
        return Some(Action::Export(ExportRequest::ToPath(path)));
    }
    go.then_some(Action::Export(ExportRequest::WithDialog))
}

fn figure_options_ui(ui: &mut egui::Ui, settings: &mut ExportSettings) {
    ui.horizontal(|ui| {
        ui.strong("Format");
        ui.radio_value(&mut settings.svg, false, "PNG");
        ui.radio_value(&mut settings.svg, true, "SVG (vector, for papers)");
    });
    ui.horizontal(|ui| {
        let current = PRESETS
            .iter()
            .find(|(w, h, _)| (*w, *h) == (settings.width, settings.height))
            .map_or("custom", |(_, _, label)| label);
        egui::ComboBox::new("export_size", "size preset")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for (w, h, label) in PRESETS {
                    if ui
                        .selectable_label((w, h) == (settings.width, settings.height), label)
                        .clicked()
                    {
                        settings.width = w;
                        settings.height = h;
                    }
                }
            });
    });
    ui.horizontal(|ui| {
        ui.label("Width");
        ui.add(
            egui::DragValue::new(&mut settings.width)
                .range(gz_figure::MIN_SIZE.0..=8192)
                .suffix(" px"),
        );
        ui.label("Height");
        ui.add(
            egui::DragValue::new(&mut settings.height)
                .range(gz_figure::MIN_SIZE.1..=6144)
                .suffix(" px"),
        );
    });
    ui.add_enabled_ui(!settings.svg, |ui| {
        ui.horizontal(|ui| {
            ui.strong("Scale");
            for scale in [1.0, 2.0, 3.0] {
                ui.radio_value(&mut settings.scale, scale, format!("{scale:.0}×"));
            }
        });
    });
    let note = match settings.size().pixels(settings.format()) {
        Ok((w, h)) if settings.svg => format!("{w}×{h} SVG; scales without loss"),
        Ok((w, h)) => format!("{w}×{h} pixel PNG"),
        Err(e) => e.to_string(),
    };
    ui.label(egui::RichText::new(note).small());
}
