//! The Help window (F1): every driver and rule with its help from docs/MODEL.md, with a filter.

use eframe::egui::{self, RichText};
use gz_i18n::{names, tr};

use super::super::theme::Palette;
use super::history::blocks_ui;
use gz_core::model::{CategoricalDriver, Driver, Rule};
use gz_core::report::help::Help;
use gz_i18n::help;

/// Draws the window while `open`; the filter text lives with the app.
pub fn help_window_ui(
    ctx: &egui::Context,
    open: &mut bool,
    filter: &mut String,
    palette: &Palette,
) {
    let screen = ctx.content_rect();
    egui::Window::new(crate::bidi::plain(&tr!("help-title")))
        .id(egui::Id::unique("help_window"))
        .open(open)
        .default_pos(screen.center() - egui::vec2(330.0, 360.0))
        .default_size([660.0, 720.0])
        .vscroll(true)
        .show(ctx, |ui| {
            ui.set_max_width(640.0);
            ui.with_layout(crate::bidi::reading_layout(), |ui| {
                ui.label(crate::bidi::coloured(
                    ui,
                    palette.caption,
                    tr!("help-intro"),
                ));
            });
            ui.horizontal(|ui| {
                let label = ui.label(crate::bidi::text(ui, tr!("help-find")));
                ui.add(
                    egui::TextEdit::singleline(filter)
                        .hint_text(crate::bidi::plain(&tr!("help-find-hint")))
                        .desired_width(260.0),
                )
                .labelled_by(label.id);
                if !filter.is_empty()
                    && ui
                        .button(crate::bidi::text(ui, tr!("help-clear")))
                        .clicked()
                {
                    filter.clear();
                }
            });
            ui.add_space(6.0);
            let wanted = filter.trim().to_lowercase();
            let matches = |key: &str, label: &str, h: &Help| {
                wanted.is_empty()
                    || [key, label, &h.title, &h.plain_text()]
                        .iter()
                        .any(|t| t.to_lowercase().contains(&wanted))
            };
            let mut shown = 0;
            let mut section =
                |ui: &mut egui::Ui, heading: String, items: Vec<(String, &str, &Help)>| {
                    let items: Vec<_> = items
                        .into_iter()
                        .filter(|(label, key, h)| matches(key, label, h))
                        .collect();
                    if items.is_empty() {
                        return;
                    }
                    ui.with_layout(crate::bidi::reading_layout(), |ui| {
                        ui.label(crate::bidi::heading(ui, heading));
                    });
                    for (label, key, h) in items {
                        shown += 1;
                        ui.add_space(4.0);
                        ui.with_layout(crate::bidi::reading_layout(), |ui| {
                            ui.label(
                                RichText::new(crate::bidi::plain(&label))
                                    .strong()
                                    .size(18.0),
                            );
                        });
                        blocks_ui(ui, &h.blocks, egui::Id::unique(("help", key)));
                        ui.separator();
                    }
                };
            section(
                ui,
                tr!("help-drivers"),
                Driver::ALL
                    .iter()
                    .map(|d| {
                        let info = d.info();
                        (
                            format!("{} ({})", names::driver(*d), info.key),
                            info.key,
                            help::driver(*d),
                        )
                    })
                    .collect(),
            );
            section(
                ui,
                tr!("help-choices"),
                CategoricalDriver::ALL
                    .iter()
                    .map(|d| {
                        (
                            format!("{} ({})", names::categorical(*d), d.key()),
                            d.key(),
                            help::categorical(*d),
                        )
                    })
                    .collect(),
            );
            section(
                ui,
                tr!("help-rules"),
                Rule::ALL
                    .iter()
                    .map(|r| {
                        let h = help::rule(*r);
                        (h.title.clone(), r.key(), h)
                    })
                    .collect(),
            );
            let why = help::explanation();
            section(
                ui,
                tr!("help-cell-history"),
                vec![(why.title.clone(), "explanation", why)],
            );
            if shown == 0 {
                ui.label(crate::bidi::text(
                    ui,
                    tr!("help-nothing-matches", filter = filter.trim()),
                ));
            }
        });
}
