//! The Export window: choose what (map, chart or table), the format, size and scale; it asks
//! for the export, and the app writes it (after a native save dialog) when it applies the
//! frame's actions.

use crate::bidi::HoverBidi as _;
use eframe::egui;
use gz_i18n::tr;

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
    /// A file the export would replace, waiting for the answer to "Replace it?".
    pub replacing: Option<ReplaceQuestion>,
    /// The Animation choices and the animation being made.
    pub animation: crate::export_animation::AnimationExport,
}

/// Asked before an export writes over a file that no file dialog has asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplaceQuestion {
    /// The file that exists, where the export would go.
    pub path: std::path::PathBuf,
    /// The name given, when the export's name was changed to end as its format does.
    pub renamed_from: Option<std::path::PathBuf>,
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
    /// The scenario's last day, for the Animation's days.
    pub last_day: u32,
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
    let mut cancel = false;
    egui::Window::new(crate::bidi::plain(&tr!("export-title")))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .default_width(460.0)
        .show(ctx, |ui| {
            ui.label(crate::bidi::strong(ui, tr!("export-what")));
            for what in ExportWhat::ALL {
                let enabled = available(what);
                let why = if what.needs_comparison() {
                    tr!("export-needs-comparison")
                } else if what.needs_tornado() || what.needs_sweep() {
                    tr!("export-needs-sensitivity")
                } else {
                    tr!("export-needs-ensemble")
                };
                ui.add_enabled_ui(enabled, |ui| {
                    let label = crate::bidi::text(ui, what.label());
                    ui.radio_value(&mut settings.what, what, label)
                        .on_disabled_hover_text(crate::bidi::plain(&why));
                });
            }
            ui.separator();
            let animation = settings.what == ExportWhat::Animation;
            if animation {
                let size = (settings.width, settings.height);
                cancel = crate::export_animation::options_ui(
                    ui,
                    &mut dialog.animation,
                    size,
                    exportable.last_day,
                );
            } else if settings.what.is_table() {
                ui.label(crate::bidi::text(ui, tr!("export-csv-note")));
            } else {
                figure_options_ui(ui, settings);
            }
            ui.add_space(6.0);
            // A choice kept from an earlier session may need what this one has not computed,
            // and a size may be out of bounds: say so here, before the file dialog.
            // An animation is drawn at 1×: checked as the SVG's size, which ignores the scale.
            let checked_as = if animation {
                gz_figure::Format::Svg
            } else {
                settings.format()
            };
            let size_ok = settings.what.is_table() || settings.size().pixels(checked_as).is_ok();
            let ready = available(settings.what)
                && size_ok
                && !(animation && dialog.animation.is_running());
            ui.horizontal(|ui| {
                let (button, hover) = if in_browser {
                    (tr!("export-download"), tr!("export-download-tip"))
                } else {
                    (tr!("export-export"), tr!("export-export-tip"))
                };
                let button = crate::bidi::strong(ui, button);
                go = ui
                    .add_enabled(ready, egui::Button::new(button))
                    .on_hover_bidi(hover)
                    .on_disabled_hover_text(crate::bidi::plain(&if size_ok {
                        tr!("export-choose-available")
                    } else {
                        tr!("export-choose-size")
                    }))
                    .clicked();
                ui.label(
                    egui::RichText::new(crate::bidi::plain(&tr!("export-caption-note"))).small(),
                );
            });
            // A page cannot write to a path.
            if !in_browser {
                ui.horizontal(|ui| {
                    let label = ui.label(crate::bidi::text(ui, tr!("export-or-save-to")));
                    ui.add(
                        egui::TextEdit::singleline(&mut dialog.typed_path)
                            .hint_text("/path/to/figure.png")
                            .desired_width(260.0),
                    )
                    .labelled_by(label.id);
                    go_typed = ui
                        .add_enabled(
                            ready && !dialog.typed_path.trim().is_empty(),
                            egui::Button::new(crate::bidi::text(ui, tr!("export-here"))),
                        )
                        .on_hover_bidi(tr!("export-here-tip"))
                        .clicked();
                });
            }
        });
    dialog.open = open;
    if let Some(action) = replace_question_ui(ctx, dialog) {
        return Some(action);
    }
    if cancel {
        return Some(Action::CancelAnimation);
    }
    if go_typed {
        let path = std::path::PathBuf::from(dialog.typed_path.trim());
        return Some(Action::Export(ExportRequest::ToPath(path)));
    }
    go.then_some(Action::Export(ExportRequest::WithDialog))
}

/// "PATH exists. Replace it?" while an export waits for the answer; Replace asks for the
/// export over it, Cancel (or Escape, or a click outside) forgets it and writes nothing.
fn replace_question_ui(ctx: &egui::Context, dialog: &mut ExportDialog) -> Option<Action> {
    let question = dialog.replacing.as_ref()?;
    let path = question.path.display().to_string();
    let mut replace = false;
    let mut cancel = false;
    let modal = egui::Modal::new(egui::Id::unique("export_replace")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.label(crate::bidi::heading(ui, tr!("export-replace-title")));
        ui.label(crate::bidi::text(
            ui,
            tr!("export-replace-question", path = path.as_str()),
        ));
        if let Some(typed) = &question.renamed_from {
            ui.label(
                egui::RichText::new(crate::bidi::plain(&tr!(
                    "export-replace-renamed",
                    typed = typed.display().to_string()
                )))
                .small(),
            );
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            replace = ui
                .button(crate::bidi::text(ui, tr!("export-replace")))
                .clicked();
            cancel = ui
                .button(crate::bidi::text(ui, tr!("guard-cancel")))
                .clicked();
        });
    });
    if replace {
        // The app takes the question when it writes: it says in its notice why the name
        // changed.
        return Some(Action::Export(ExportRequest::Replace(
            question.path.clone(),
        )));
    }
    if cancel || modal.should_close() {
        dialog.replacing = None;
    }
    None
}

fn figure_options_ui(ui: &mut egui::Ui, settings: &mut ExportSettings) {
    ui.horizontal(|ui| {
        ui.label(crate::bidi::strong(ui, tr!("export-format")));
        ui.radio_value(&mut settings.svg, false, "PNG");
        let svg = crate::bidi::text(ui, tr!("export-svg"));
        ui.radio_value(&mut settings.svg, true, svg);
    });
    ui.horizontal(|ui| {
        let current = PRESETS
            .iter()
            .find(|(w, h, _)| (*w, *h) == (settings.width, settings.height))
            .map_or_else(|| tr!("export-custom"), |(_, _, label)| (*label).to_owned());
        egui::ComboBox::new(
            "export_size",
            crate::bidi::plain(&tr!("export-size-preset")),
        )
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
        ui.label(crate::bidi::text(ui, tr!("export-width")));
        ui.add(
            egui::DragValue::new(&mut settings.width)
                .range(gz_figure::MIN_SIZE.0..=8192)
                .suffix(" px"),
        );
        ui.label(crate::bidi::text(ui, tr!("export-height")));
        ui.add(
            egui::DragValue::new(&mut settings.height)
                .range(gz_figure::MIN_SIZE.1..=6144)
                .suffix(" px"),
        );
    });
    ui.add_enabled_ui(!settings.svg, |ui| {
        ui.horizontal(|ui| {
            ui.label(crate::bidi::strong(ui, tr!("export-scale")));
            for scale in [1.0, 2.0, 3.0] {
                ui.radio_value(&mut settings.scale, scale, format!("{scale:.0}×"));
            }
        });
    });
    let note = match settings.size().pixels(settings.format()) {
        Ok((w, h)) if settings.svg => tr!("export-svg-size", width = w, height = h),
        Ok((w, h)) => tr!("export-png-size", width = w, height = h),
        Err(e) => e.to_string(),
    };
    ui.label(egui::RichText::new(crate::bidi::plain(&note)).small());
}
