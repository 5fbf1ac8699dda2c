//! The uncertainty panel: run an ensemble, watch its progress, cancel it, and read its spread.

use eframe::egui;

use super::super::ensemble::{EnsembleResult, people_band};
use super::super::job::Job;
use super::super::theme::Palette;
use super::super::windows::UncertaintyChoices;
use gz_core::model::Category;
use gz_core::scenario::{MAX_RUNS, Scenario};

/// What the user asked for here.
pub enum UncertaintyAction {
    Start(u64),
    Cancel,
}

pub fn uncertainty_ui(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    job: Option<&Job<EnsembleResult>>,
    result: Option<&EnsembleResult>,
    choices: &mut UncertaintyChoices,
    palette: &Palette,
) -> Option<UncertaintyAction> {
    let UncertaintyChoices {
        runs,
        map_shows_blue_chance,
    } = choices;
    let mut action = None;
    ui.heading("Uncertainty");
    match job {
        Some(job) => {
            ui.horizontal(|ui| {
                let (done, total) = job.progress();
                ui.add(
                    egui::ProgressBar::new(done as f32 / total.max(1) as f32)
                        .text(format!("{done} of {total} runs"))
                        .desired_width(180.0),
                );
                if ui.button("Cancel").clicked() {
                    action = Some(UncertaintyAction::Cancel);
                }
            });
        }
        None => {
            ui.horizontal(|ui| {
                let label = ui.label("Runs");
                ui.add(egui::DragValue::new(runs).range(10..=MAX_RUNS)).labelled_by(label.id);
                if ui
                    .button("Run ensemble")
                    .on_hover_text("Stochastic runs with seeds derived from the scenario's, as `gaza-zones run --runs N --summary`")
                    .clicked()
                {
                    action = Some(UncertaintyAction::Start(*runs));
                }
            });
        }
    }
    match result {
        Some(r) => {
            let last = r.summary.people.len().saturating_sub(1);
            if let Some((p10, p50, p90)) = people_band(r, last, Category::Blue) {
                ui.label(format!(
                    "{} runs. People in blue on the last day: median {:.0} k (p10 {:.0} k – p90 {:.0} k)",
                    r.runs,
                    p50 / 1e3,
                    p10 / 1e3,
                    p90 / 1e3
                ));
            }
            for fired in &r.fired {
                let label = scenario
                    .events
                    .get(fired.index)
                    .map(gz_core::model::Event::label)
                    .unwrap_or_default();
                ui.label(format!("Milestone \"{label}\": {}", fired.describe()));
            }
            ui.checkbox(map_shows_blue_chance, "Map: chance each cell ends blue");
            ui.colored_label(
                palette.caption,
                "Timeline: Spread (Ctrl+4) shows the p10–p90 band of each zone and of the held land.",
            );
            if scenario.mode == gz_core::model::Mode::Expected {
                // A student comparing the two numbers will otherwise read the difference as
                // an error.
                ui.colored_label(
                    palette.caption,
                    "The expected-value run above is the model's average behaviour, not the \
                     ensemble's median; the two can differ (docs/MODEL.md, section 10.2).",
                );
            }
        }
        None if job.is_none() => {
            ui.colored_label(palette.caption, "Not yet run for this scenario.");
        }
        None => {}
    }
    action
}
