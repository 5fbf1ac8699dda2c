//! The uncertainty panel: run an ensemble, watch its progress, cancel it, and read its spread.

use crate::bidi::HoverBidi as _;
use eframe::egui;
use gz_i18n::tr;

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
    ui.label(crate::bidi::heading(ui, tr!("uncertainty-heading")));
    match job {
        Some(job) => {
            ui.horizontal(|ui| {
                let (done, total) = job.progress();
                ui.add(
                    egui::ProgressBar::new(done as f32 / total.max(1) as f32)
                        .text(crate::bidi::text(
                            ui,
                            tr!("uncertainty-progress", done = done, total = total),
                        ))
                        .desired_width(180.0),
                );
                if ui
                    .button(crate::bidi::text(ui, tr!("uncertainty-cancel")))
                    .clicked()
                {
                    action = Some(UncertaintyAction::Cancel);
                }
            });
        }
        None => {
            ui.horizontal(|ui| {
                let label = ui.label(crate::bidi::text(ui, tr!("uncertainty-runs")));
                ui.add(egui::DragValue::new(runs).range(10..=MAX_RUNS))
                    .labelled_by(label.id);
                if ui
                    .button(crate::bidi::text(ui, tr!("uncertainty-run-ensemble")))
                    .on_hover_bidi(tr!("uncertainty-run-ensemble-tip"))
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
                ui.label(crate::bidi::text(
                    ui,
                    tr!(
                        "uncertainty-result",
                        runs = r.runs,
                        median = format!("{:.0}", p50 / 1e3),
                        p10 = format!("{:.0}", p10 / 1e3),
                        p90 = format!("{:.0}", p90 / 1e3)
                    ),
                ));
            }
            for fired in &r.fired {
                let label = scenario
                    .events
                    .get(fired.index)
                    .map(gz_i18n::events::label)
                    .unwrap_or_default();
                ui.label(crate::bidi::text(
                    ui,
                    tr!(
                        "milestone-fired",
                        label = label,
                        fired = gz_i18n::events::fired(fired)
                    ),
                ));
            }
            let blue_chance = crate::bidi::text(ui, tr!("uncertainty-map-blue-chance"));
            ui.checkbox(map_shows_blue_chance, blue_chance);
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                tr!("uncertainty-spread-note"),
            ));
            if scenario.mode == gz_core::model::Mode::Expected {
                // A student comparing the two numbers will otherwise read the difference as
                // an error.
                ui.label(crate::bidi::coloured(
                    ui,
                    palette.caption,
                    tr!("uncertainty-expected-note"),
                ));
            }
        }
        None if job.is_none() => {
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                tr!("uncertainty-not-run"),
            ));
        }
        None => {}
    }
    action
}
