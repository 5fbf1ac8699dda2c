//! The status bar: notices (errors stay until dismissed), the run's cost, the file.

use eframe::egui;

use super::super::actions::Action;
use super::super::theme::Palette;
use super::super::{Notice, ZonesApp};

pub fn status_ui(ui: &mut egui::Ui, app: &ZonesApp, palette: &Palette) -> Option<Action> {
    let mut asked = None;
    ui.horizontal(|ui| {
        if let Some(job) = &app.jobs.loading {
            ui.spinner();
            let doing = match job.purpose {
                crate::loading::Purpose::Open => "Opening",
                crate::loading::Purpose::Compare => "Reading to compare",
            };
            ui.colored_label(palette.caption, format!("{doing} {}…", job.name()));
            ui.separator();
        }
        match &app.notice {
            Some(Notice::Error(text)) => {
                ui.colored_label(palette.error, format!("Error: {text}"));
                if ui.small_button("Dismiss").clicked() {
                    asked = Some(Action::DismissNotice);
                }
            }
            Some(Notice::Info(text)) => {
                ui.colored_label(palette.caption, text);
            }
            None => {
                let file = app.document().path().map_or_else(
                    || "not saved to a file yet".to_owned(),
                    |p| p.display().to_string(),
                );
                ui.colored_label(palette.caption, file);
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let mode = format!("{:?}", app.scenario().mode).to_lowercase();
            let model = app.scenario().model;
            ui.colored_label(
                palette.caption,
                format!(
                    "{model}, {mode} run, seed {}, computed in {:.1} ms",
                    app.scenario().seed,
                    app.open.run_ms
                ),
            )
            .on_hover_text(format!(
                "The file names the model version that makes its numbers: model {}. docs/MODEL.md §0 says what each version changed.",
                model.describe()
            ));
        });
    });
    asked
}
