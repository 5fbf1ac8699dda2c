//! The status bar: notices (errors stay until dismissed), the run's cost, the file.

use crate::bidi::HoverBidi as _;
use eframe::egui;
use gz_i18n::{names, tr};

use super::super::actions::Action;
use super::super::theme::Palette;
use super::super::{Notice, ZonesApp};

pub fn status_ui(ui: &mut egui::Ui, app: &ZonesApp, palette: &Palette) -> Option<Action> {
    let mut asked = None;
    ui.horizontal(|ui| {
        if let Some(job) = &app.jobs.loading {
            ui.spinner();
            let name = job.name();
            let doing = match job.purpose {
                crate::loading::Purpose::Open => tr!("status-opening", name = name),
                crate::loading::Purpose::Compare => tr!("status-reading-to-compare", name = name),
            };
            ui.label(crate::bidi::coloured(ui, palette.caption, doing));
            ui.separator();
        }
        match &app.notice {
            Some(Notice::Error(text)) => {
                ui.label(crate::bidi::coloured(
                    ui,
                    palette.error,
                    tr!("status-error", text = text.as_str()),
                ));
                if ui
                    .small_button(crate::bidi::text(ui, tr!("status-dismiss")))
                    .clicked()
                {
                    asked = Some(Action::DismissNotice);
                }
            }
            Some(Notice::Info(text)) => {
                ui.label(crate::bidi::coloured(ui, palette.caption, text.clone()));
            }
            None => {
                let file = app
                    .document()
                    .path()
                    .map_or_else(|| tr!("status-not-saved"), |p| p.display().to_string());
                ui.colored_label(palette.caption, file);
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let mode = match app.scenario().mode {
                gz_core::model::Mode::Expected => tr!("mode-expected"),
                gz_core::model::Mode::Stochastic => tr!("mode-stochastic"),
            };
            let model = app.scenario().model;
            ui.colored_label(
                palette.caption,
                tr!(
                    "status-run",
                    model = names::model(model),
                    mode = mode,
                    seed = app.scenario().seed.to_string(),
                    ms = format!("{:.1}", app.open.run_ms)
                ),
            )
            .on_hover_bidi(tr!(
                "status-model-tip",
                model = names::model_described(model)
            ));
        });
    });
    asked
}
